package memcim.device;

import java.io.Serializable;

/**
 * The identical pulses a pulse response holds for, as a 1T1R cell sees them: a SET drives the bit line with the gate at
 * a compliance voltage and the source line at 0 V; a RESET drives the source line with the gate fully on and the bit
 * line at 0 V. A calibration in SPICE applies exactly these.
 *
 * @param setBitLineVolts      bit-line amplitude of a SET
 * @param setGateVolts         word-line (gate) voltage during a SET: the compliance
 * @param setSeconds           SET plateau width
 * @param resetSourceLineVolts source-line amplitude of a RESET
 * @param resetGateVolts       word-line voltage during a RESET
 * @param resetSeconds         RESET plateau width
 */
public record PulseConditions(double setBitLineVolts, double setGateVolts, double setSeconds, double resetSourceLineVolts,
                              double resetGateVolts, double resetSeconds) implements Serializable {

    /** Throws an {@link memcim.core.InputException} naming {@code where.field} when a value is out of range. */
    public void check(String where) {
        Checks.within(where + ".setBitLineVolts", setBitLineVolts, 0.01, 10, "V");
        Checks.within(where + ".setGateVolts", setGateVolts, 0.01, 10, "V");
        Checks.within(where + ".setSeconds", setSeconds, 1e-12, 1e-3, "s");
        Checks.within(where + ".resetSourceLineVolts", resetSourceLineVolts, 0.01, 10, "V");
        Checks.within(where + ".resetGateVolts", resetGateVolts, 0.01, 10, "V");
        Checks.within(where + ".resetSeconds", resetSeconds, 1e-12, 1e-3, "s");
    }
}
