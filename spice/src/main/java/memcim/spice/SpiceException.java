package memcim.spice;

import java.util.List;

/**
 * Base of every error from the ngspice binding. Carries the lines ngspice itself printed on stderr
 * for the failing load, command or run, so the user sees ngspice's own words.
 */
public class SpiceException extends RuntimeException {
    private final List<String> ngspiceMessages;

    public SpiceException(String message) {
        this(message, List.of(), null);
    }

    public SpiceException(String message, List<String> ngspiceMessages) {
        this(message, ngspiceMessages, null);
    }

    public SpiceException(String message, List<String> ngspiceMessages, Throwable cause) {
        super(message, cause);
        this.ngspiceMessages = List.copyOf(ngspiceMessages);
    }

    /** ngspice's stderr lines for the failed operation (may be empty). */
    public List<String> ngspiceMessages() { return ngspiceMessages; }
}
