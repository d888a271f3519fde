package memcim.device;

import java.io.Serializable;

/**
 * The pulses that program a cell, as a card states them: a SET of {@code setVolts} for {@code setSeconds} (the cell's
 * current limited to the compliance by its access transistor), a RESET of {@code resetVolts} for
 * {@code resetSeconds}. They price programming: pulses per device and energy per pulse, for one SET against
 * program-and-verify's RESET + SET tries. The energies are upper bounds, since the current reaches its limit only
 * once the cell has switched:
 * a SET costs at most V_set·Icc·t_set, a RESET at most V_reset²·G·t_reset (the cell's conductance before it, ohmic).
 *
 * @param setVolts     bit-line voltage of a SET pulse
 * @param setSeconds   SET pulse width
 * @param resetVolts   source-line voltage of a RESET pulse
 * @param resetSeconds RESET pulse width
 */
public record ProgrammingConditions(double setVolts, double setSeconds, double resetVolts, double resetSeconds)
        implements Serializable {

    /** Energy bound of one SET at this compliance, joules. */
    public double setJoules(double complianceAmps) {
        return setVolts * complianceAmps * setSeconds;
    }

    /** Energy bound of one RESET of a cell of this conductance, joules. */
    public double resetJoules(double siemens) {
        return resetVolts * resetVolts * siemens * resetSeconds;
    }
}
