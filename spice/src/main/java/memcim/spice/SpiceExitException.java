package memcim.spice;

import java.util.List;

/**
 * ngspice called its exit routine (ControlledExit) during a command: after {@code quit} or a fatal
 * error. The JVM keeps running; the engine reinitialises ngspice before the next call.
 */
public class SpiceExitException extends SpiceRunException {
    private final int status;

    public SpiceExitException(String message, int status, List<String> ngspiceMessages) {
        super(message, ngspiceMessages);
        this.status = status;
    }

    public int status() { return status; }
}
