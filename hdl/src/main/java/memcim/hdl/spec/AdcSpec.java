package memcim.cosim.config;

/**
 * The column ADC: a transimpedance front end (an op-amp of gain {@code opAmpGain} holding the bit line at virtual
 * ground, feedback R = V_ref / I_fullscale, so V = −I·R), then a SAR converter of {@code bits}: a binary-weighted
 * capacitive DAC (unit {@code dacUnitFarads}, switches of {@code switchOhms}) and a comparator of gain
 * {@code comparatorGain}. The front end settles for {@code settleCycles} clock cycles, then one bit is decided per
 * cycle.
 */
public record AdcConfig(int bits, String frontEnd, double fullScaleAmps, double vRefVolts, double opAmpGain,
                        double comparatorGain, double dacUnitFarads, double switchOhms, int settleCycles) {
    void validate(Check c) {
        c.range("adc.bits", bits, 2, 12);
        c.oneOf("adc.frontEnd", frontEnd, "transimpedance");
        c.range("adc.fullScaleAmps", fullScaleAmps, 1e-9, 1e-1);
        c.range("adc.vRefVolts", vRefVolts, 0.1, 5);
        c.range("adc.opAmpGain", opAmpGain, 10, 1e7);
        c.range("adc.comparatorGain", comparatorGain, 10, 1e7);
        c.range("adc.dacUnitFarads", dacUnitFarads, 1e-17, 1e-12);
        c.range("adc.switchOhms", switchOhms, 1, 1e6);
        c.range("adc.settleCycles", settleCycles, 1, 100);
    }

    /** Feedback resistance of the transimpedance front end. */
    public double transimpedanceOhms() { return vRefVolts / fullScaleAmps; }

    /** The DAC voltage of a code: V_ref · code / 2^bits. */
    public double dacVolts(int code) { return vRefVolts * code / (1 << bits); }
}
