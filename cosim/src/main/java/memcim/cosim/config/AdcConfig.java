package memcim.cosim.config;

/**
 * The column ADC: a SAR converter of {@code bits} whose front end turns the bit-line current into a voltage,
 * either a transimpedance stage (V = I · V_ref / I_fullscale) or an integrator (V = I · t / C, with C chosen
 * so that the full-scale current reaches V_ref after {@code integrationSeconds}).
 */
public record AdcConfig(int bits, String frontEnd, double fullScaleAmps, double vRefVolts,
                        double comparatorGain, double integrationSeconds) {
    void validate(Check c) {
        c.range("adc.bits", bits, 2, 12);
        c.oneOf("adc.frontEnd", frontEnd, "transimpedance", "integrating");
        c.range("adc.fullScaleAmps", fullScaleAmps, 1e-9, 1e-1);
        c.range("adc.vRefVolts", vRefVolts, 0.1, 5);
        c.range("adc.comparatorGain", comparatorGain, 10, 1e7);
        c.range("adc.integrationSeconds", integrationSeconds, 1e-10, 1e-5);
    }

    /** Feedback resistance of the transimpedance front end. */
    public double transimpedanceOhms() { return vRefVolts / fullScaleAmps; }

    /** Integration capacitance of the integrating front end. */
    public double integrationFarads() { return fullScaleAmps * integrationSeconds / vRefVolts; }

    /** The ideal code of a current (what a perfect converter would give): floor(I / LSB), clamped. */
    public int idealCode(double amps) {
        int max = (1 << bits) - 1;
        double code = Math.floor(amps / fullScaleAmps * (1 << bits));
        return (int) Math.max(0, Math.min(max, code));
    }
}
