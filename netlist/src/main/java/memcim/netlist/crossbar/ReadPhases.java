package memcim.netlist.crossbar;

import memcim.core.InputException;

/**
 * Bit-serial inputs: each row's input is a {@code bits}-bit level, applied as {@code bits} binary phases (least
 * significant first); in phase p a row whose bit p is 1 gets the read voltage, the others 0 V. The column
 * currents of phase p are weighted by 2^p when recombined (I = W·X0 + 2·W·X1 + 4·W·X2 for 3 bits).
 */
public final class ReadPhases {
    private ReadPhases() {}

    /** Row voltages per phase: {@code [bits][rows]}. */
    public static double[][] bitSerial(int[] levels, int bits, double readVolts) {
        if (bits < 1 || bits > 16) throw new InputException("bits", "1 to 16", String.valueOf(bits));
        double[][] phases = new double[bits][levels.length];
        for (int i = 0; i < levels.length; i++) {
            if (levels[i] < 0 || levels[i] >= 1 << bits) {
                throw new InputException("input level of row " + i, "0 to " + ((1 << bits) - 1), String.valueOf(levels[i]));
            }
            for (int p = 0; p < bits; p++) phases[p][i] = ((levels[i] >> p) & 1) == 1 ? readVolts : 0;
        }
        return phases;
    }
}
