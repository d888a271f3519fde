package memcim.bnn;

/**
 * Sizes and the hidden activation of the 32→16→9 network. Weights are stored flat, row = input:
 * layer 1 {@code w1[i·hidden + j]}, layer 2 {@code w2[j·outputs + k]}. No biases: a crossbar column
 * sums only weighted inputs. The hidden activation is a clipped ReLU requantised to 3 bits,
 * code = clamp(round(a / hiddenStep), 0, 7), so hidden codes feed the second array bit-serially
 * exactly as input codes feed the first.
 */
public record NetworkShape(int inputs, int hidden, int outputs, double hiddenStep) {
    public static final int LEVELS = 8;

    public static NetworkShape reference(double hiddenStep) {
        return new NetworkShape(32, 16, 9, hiddenStep);
    }

    public int weights1() { return inputs * hidden; }
    public int weights2() { return hidden * outputs; }
    public int weights() { return weights1() + weights2(); }

    /** The 3-bit hidden code of pre-activation {@code a} (or the unrounded clipped value when {@code quantise} is off). */
    public double hiddenCode(double a, boolean quantise) {
        double v = a / hiddenStep;
        if (quantise) v = Math.rint(v);
        return Math.max(0, Math.min(LEVELS - 1, v));
    }

    /**
     * Straight-through derivative of {@link #hiddenCode}: that of the clipped ReLU a/step on (0, 7·step),
     * the rounding treated as identity (Bengio et al. 2013).
     */
    public double hiddenSlope(double a) {
        double v = a / hiddenStep;
        return v > 0 && v < LEVELS - 1 ? 1 / hiddenStep : 0;
    }
}
