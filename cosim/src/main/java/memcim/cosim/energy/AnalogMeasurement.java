package memcim.cosim.energy;

/**
 * Energy measured in lock-step transients (integrated source power in ngspice) over a number of conversions:
 * the row sources (conduction and line charging), their DC conduction alone over the same read times (from the
 * sensed currents), the word-line driver, and the C-DAC switches.
 */
public record AnalogMeasurement(long conversions, double rowJoules, double rowDcJoules, double wordLineJoules,
                                double dacJoules) {
    public double chargingJoulesPerConversion() { return Math.max(0, rowJoules - rowDcJoules) / conversions; }

    public double wordLineJoulesPerConversion() { return wordLineJoules / conversions; }

    public double dacJoulesPerConversion() { return dacJoules / conversions; }
}
