package memcim.hdl.periphery;

import memcim.hdl.Params;

/**
 * The parameters the digital periphery's modules are built from: a view of the chip spec
 * ({@code memcim.hdl.spec.ChipSpec.periphery()}), which holds the defaults and checks the limits with each
 * parameter's JSON path; the modules' own checks guard their direct use.
 *
 * @param inputs    network inputs (word lines of layer 1)
 * @param hidden    hidden neurons (layer-1 outputs, layer-2 word lines)
 * @param classes   output classes
 * @param samples   weight samples M (array sets read in turn)
 * @param bits      input/activation bits (bit-serial phases)
 * @param adcBits   SAR ADC resolution
 * @param reluShift right shift of the layer-1 sum before clipping to {@code bits} bits
 * @param expShift  right shift of the logit distance before the exponential table
 * @param stepMilli exponential table step (thousandths of a nat per table index)
 */
public record PeripheryConfig(int inputs, int hidden, int classes, int samples, int bits, int adcBits, int reluShift,
                         int expShift, int stepMilli) {

    public PeripheryConfig withSamples(int m) {
        return new PeripheryConfig(inputs, hidden, classes, m, bits, adcBits, reluShift, expShift, stepMilli);
    }

    public PeripheryConfig withAdcBits(int n) {
        return new PeripheryConfig(inputs, hidden, classes, samples, bits, n, reluShift, expShift, stepMilli);
    }

    /** Width of a signed shift-add sum: the code difference (adcBits+1) times up to 2^bits − 1, plus margin. */
    public int accWidth() { return accWidth(adcBits, bits); }

    public static int accWidth(int adcBits, int bits) { return adcBits + 1 + bits + 1; }

    /** Columns addressed by the column decoder: two per output neuron of the wider layer. */
    public int columns() { return 2 * Math.max(hidden, classes); }

    /** Width of the per-class and entropy sums over the samples: never overflows (entropy ≤ 4095 per sample). */
    public int sumWidth() { return Math.max(FixedPoint.H_BITS + 1, Bits.forValue(samples * ((1L << FixedPoint.H_BITS) - 1))); }

    /** The controller's timing for this configuration. */
    public Timing timing() { return InferenceController.timing(hidden, classes, samples, bits, adcBits); }

    Params params() {
        return Params.of("N", inputs, "H", hidden, "C", classes, "M", samples, "B", bits, "ADC", adcBits,
                "RS", reluShift, "ES", expShift, "STEPM", stepMilli);
    }
}
