package memcim.cosim.kernel;

import memcim.cosim.config.ChipConfig;

/**
 * The clock schedule of bit-serial read phases, shared by lock-step and transaction mode so both see the same
 * timing: an idle first cycle, then per phase {@code settle + bits + 1} cycles: lines on at step 0, MSB trial at
 * step {@code settle}, one decision per step up to the last, where the lines are released.
 */
public record ReadPhases(double periodSeconds, int settleCycles, int bits) {
    public static ReadPhases of(ChipConfig chip) {
        return new ReadPhases(chip.clockPeriodSeconds(), chip.adc().settleCycles(), chip.adc().bits());
    }

    public int cyclesPerPhase() { return settleCycles + bits + 1; }

    public double phaseSeconds() { return cyclesPerPhase() * periodSeconds; }

    public double phaseStart(int phase) { return periodSeconds * (1 + (long) phase * cyclesPerPhase()); }

    /** How long the read lines are on in a phase (from step 0 to the last decision). */
    public double linesOnSeconds() { return (cyclesPerPhase() - 1) * periodSeconds; }

    /** Every clock edge of {@code phases} phases, then one more to close the last. */
    public double[] edges(int phases) {
        int n = phases * cyclesPerPhase() + 1;
        double[] t = new double[n];
        for (int e = 0; e < n; e++) t[e] = periodSeconds * (1 + e);
        return t;
    }

    public double stopSeconds(int phases) { return phaseStart(phases) + periodSeconds; }
}
