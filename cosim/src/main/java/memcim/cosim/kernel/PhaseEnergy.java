package memcim.cosim.kernel;

/**
 * Analog energy of one read phase of one array: delivered by the read-row sources (cell conduction and line
 * charging: the MAC), by the word-line driver (gate charging), by the DAC switch sources (C-DAC switching), and
 * the charge the front ends' outputs carried (their supply delivers it at V_DD).
 */
public record PhaseEnergy(double macJoules, double wordLineJoules, double dacJoules, double frontEndCoulombs) {
    public static final PhaseEnergy ZERO = new PhaseEnergy(0, 0, 0, 0);

    public PhaseEnergy plus(PhaseEnergy o) {
        return new PhaseEnergy(macJoules + o.macJoules, wordLineJoules + o.wordLineJoules, dacJoules + o.dacJoules,
                frontEndCoulombs + o.frontEndCoulombs);
    }

    public PhaseEnergy times(double f) {
        return new PhaseEnergy(macJoules * f, wordLineJoules * f, dacJoules * f, frontEndCoulombs * f);
    }
}
