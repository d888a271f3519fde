package memcim.spice;

import java.util.List;

/**
 * ngspice called its exit routine (ControlledExit) during a command: after {@code quit} or a fatal
 * error. The JVM keeps running; the engine reinitialises ngspice before the next call.
 */
public class SpiceExitException extends SpiceRunException {
    private final int status;
    private final boolean onQuit;

    public SpiceExitException(String message, int status, List<String> ngspiceMessages) {
        this(message, status, false, ngspiceMessages);
    }

    public SpiceExitException(String message, int status, boolean onQuit, List<String> ngspiceMessages) {
        super(message, ngspiceMessages);
        this.status = status;
        this.onQuit = onQuit;
    }

    public int status() { return status; }

    /** True after a {@code quit}/{@code exit} command, false after a fatal error. */
    public boolean onQuit() { return onQuit; }
}
