package memcim.spice;

import java.util.List;

/** An analysis or command that failed (no circuit, singular matrix, timestep too small, ...). */
public class SpiceRunException extends SpiceException {
    public SpiceRunException(String message, List<String> ngspiceMessages) { super(message, ngspiceMessages); }

    public SpiceRunException(String message, List<String> ngspiceMessages, Throwable cause) {
        super(message, ngspiceMessages, cause);
    }
}
