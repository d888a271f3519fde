package memcim.hdl.periphery;

import memcim.hdl.Params;

/**
 * The parameters of the reference chip's digital periphery. Defaults follow bayesian-chip.md: 32 → 16 → 9,
 * 3-bit inputs applied bit-serially, M = 50 samples; the ADC resolution and the fixed-point scalings are
 * memcim design choices (the cosim sets them from the trained network and the array's current range).
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
public record ChipConfig(int inputs, int hidden, int classes, int samples, int bits, int adcBits, int reluShift,
                         int expShift, int stepMilli) {

    public static ChipConfig reference() { return new ChipConfig(32, 16, 9, 50, 3, 8, 6, 4, 250); }

    public ChipConfig withSamples(int m) {
        return new ChipConfig(inputs, hidden, classes, m, bits, adcBits, reluShift, expShift, stepMilli);
    }

    public ChipConfig withAdcBits(int n) {
        return new ChipConfig(inputs, hidden, classes, samples, bits, n, reluShift, expShift, stepMilli);
    }

    /** Width of a signed shift-add sum: the code difference (adcBits+1) times up to 2^bits − 1, plus margin. */
    public int accWidth() { return adcBits + 1 + bits + 1; }

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
