package memcim.spice;

import java.util.List;

/** The simulation did not converge: singular matrix, timestep too small, gmin/source stepping failed. */
public class SpiceConvergenceException extends SpiceRunException {
    public SpiceConvergenceException(String message, List<String> ngspiceMessages) { super(message, ngspiceMessages); }
}
