package memcim.hdl.spec;

/**
 * The column ADC: a transimpedance front end (an op-amp of gain {@code opAmpGain} holding the bit line at virtual
 * ground, feedback R = V_ref / I_fullscale, so V = −I·R), then a SAR converter of {@code bits}: a binary-weighted
 * capacitive DAC (unit {@code dacUnitFarads}, switches of {@code switchOhms}) and a comparator of gain
 * {@code comparatorGain}. Its timing (one bit decided per clock cycle) is the hdl SAR logic's, published in
 * {@link memcim.hdl.periphery.Timing}.
 */
public record AdcSpec(int bits, FrontEnd frontEnd, double fullScaleAmps, double vRefVolts, double opAmpGain,
                      double comparatorGain, double dacUnitFarads, double switchOhms) {
    void validate(Check c) {
        c.range("adc.bits", bits, 2, 12);
        c.present("adc.frontEnd", frontEnd);
        c.range("adc.fullScaleAmps", fullScaleAmps, 1e-9, 1e-1);
        c.range("adc.vRefVolts", vRefVolts, 0.1, 5);
        c.range("adc.opAmpGain", opAmpGain, 10, 1e7);
        c.range("adc.comparatorGain", comparatorGain, 10, 1e7);
        c.range("adc.dacUnitFarads", dacUnitFarads, 1e-17, 1e-12);
        c.range("adc.switchOhms", switchOhms, 1, 1e6);
    }

    /** Feedback resistance of the transimpedance front end. */
    public double transimpedanceOhms() { return vRefVolts / fullScaleAmps; }

    /** The DAC voltage of a code: V_ref · code / 2^bits. */
    public double dacVolts(int code) { return vRefVolts * code / (1 << bits); }

    public AdcSpec withBits(int n) {
        return new AdcSpec(n, frontEnd, fullScaleAmps, vRefVolts, opAmpGain, comparatorGain, dacUnitFarads, switchOhms);
    }

    public AdcSpec withFullScaleAmps(double amps) {
        return new AdcSpec(bits, frontEnd, amps, vRefVolts, opAmpGain, comparatorGain, dacUnitFarads, switchOhms);
    }

    public AdcSpec withOpAmpGain(double gain) {
        return new AdcSpec(bits, frontEnd, fullScaleAmps, vRefVolts, gain, comparatorGain, dacUnitFarads, switchOhms);
    }
}
