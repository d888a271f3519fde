package memcim.netlist.crossbar;

/**
 * The column multiplexer and the shared SAR ADC's analog half (binary-weighted C-DAC with its switches, comparator)
 * that {@link CrossbarOptions#sarAdc} adds behind transimpedance front ends; the digital SAR logic drives it through
 * EXTERNAL sources (column select, DAC word, reset).
 *
 * @param supplyVolts the comparator swings 0 to V_dd, and the reset switch's threshold is V_dd/2
 */
public record SarAdc(int bits, double vRefVolts, double unitFarads, double switchOhms, double comparatorGain,
                     double supplyVolts) {
    public SarAdc {
        if (bits < 1 || bits > 16) throw new IllegalArgumentException("ADC bits 1 to 16, got " + bits);
        for (double v : new double[] {vRefVolts, unitFarads, switchOhms, comparatorGain, supplyVolts}) {
            if (!(v > 0) || Double.isInfinite(v)) throw new IllegalArgumentException("SAR ADC values must be finite and > 0");
        }
    }
}
