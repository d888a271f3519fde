package memcim.networks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import memcim.core.InputException;

/**
 * Layer widths, bit widths and the hidden activation of a crossbar MLP of any depth: {@code widths} from the
 * inputs to the outputs (32, 16, 9 for the reference chip). Weights are stored flat, layer after layer, each
 * row = input: layer l's weight (i, j) is {@code w[offset(l) + i·width(l+1) + j]}. No biases: a crossbar column
 * sums only weighted inputs. Inputs are {@code inputBits}-bit codes applied bit-serially; every hidden layer's
 * activation is a clipped ReLU requantised to {@code hiddenBits} bits, code = clamp(round(a / hiddenStep), 0,
 * 2^hiddenBits − 1), so hidden codes feed the next array bit-serially exactly as input codes feed the first.
 */
public record NetworkShape(List<Integer> widths, int inputBits, int hiddenBits, double hiddenStep) {
    /** Bit width of the reference chip's inputs and hidden codes. */
    public static final int REFERENCE_BITS = 3;
    public static final int MAX_WIDTH = 4096;
    public static final int MAX_BITS = 8;

    public NetworkShape {
        check(widths, inputBits, hiddenBits, hiddenStep, "network shape"); // before the copy: a null width is an error, not an NPE
        widths = List.copyOf(widths);
    }

    /** The reference chip's 32 → 16 → 9 network with 3-bit inputs and hidden codes. */
    public static NetworkShape reference(double hiddenStep) {
        return of(List.of(32, 16, 9), hiddenStep);
    }

    /** Any widths with the reference chip's 3-bit inputs and hidden codes. */
    public static NetworkShape of(List<Integer> widths, double hiddenStep) {
        return new NetworkShape(widths, REFERENCE_BITS, REFERENCE_BITS, hiddenStep);
    }

    /**
     * Layer widths as a user writes them, "32,24,16,9", checked with {@code where} (an option or file) in the
     * error: at least two widths, each 1…{@value #MAX_WIDTH}, at least 2 outputs.
     */
    public static List<Integer> parseWidths(String text, String where) {
        List<Integer> w = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            try {
                w.add(Integer.parseInt(part.trim()));
            } catch (NumberFormatException e) {
                throw new InputException(where, "comma-separated layer widths such as 32,24,16,9",
                        "'" + text + "'");
            }
        }
        checkWidths(w, where);
        return List.copyOf(w);
    }

    private static void check(List<Integer> widths, int inputBits, int hiddenBits, double hiddenStep, String where) {
        checkWidths(widths, where + ".widths");
        if (inputBits < 1 || inputBits > MAX_BITS)
            throw new InputException(where + ".inputBits", "1 to " + MAX_BITS, String.valueOf(inputBits));
        if (hiddenBits < 1 || hiddenBits > MAX_BITS)
            throw new InputException(where + ".hiddenBits", "1 to " + MAX_BITS, String.valueOf(hiddenBits));
        if (!(hiddenStep > 0) || Double.isInfinite(hiddenStep))
            throw new InputException(where + ".hiddenStep", "a finite value > 0", String.valueOf(hiddenStep));
    }

    private static void checkWidths(List<Integer> widths, String where) {
        if (widths == null || widths.size() < 2)
            throw new InputException(where, "at least two layer widths (inputs and outputs)",
                    widths == null ? "none" : widths.size() + " width");
        for (int i = 0; i < widths.size(); i++) {
            Integer v = widths.get(i);
            if (v == null || v < 1 || v > MAX_WIDTH)
                throw new InputException(where, "widths of 1 to " + MAX_WIDTH, "width " + v + " at position " + (i + 1));
        }
        if (widths.get(widths.size() - 1) < 2)
            throw new InputException(where, "at least 2 outputs (classes)", String.valueOf(widths.get(widths.size() - 1)));
    }

    /** Weight layers (one crossbar array each): widths − 1. */
    public int layers() { return widths.size() - 1; }

    public int width(int index) { return widths.get(index); }

    public int inputs() { return widths.get(0); }

    public int outputs() { return widths.get(widths.size() - 1); }

    /** Rows (word lines, inputs) of layer {@code l}. */
    public int rows(int layer) { return widths.get(layer); }

    /** Outputs (neurons) of layer {@code l}. */
    public int cols(int layer) { return widths.get(layer + 1); }

    public int weights(int layer) { return rows(layer) * cols(layer); }

    /** Index of layer {@code l}'s first weight in the flat layout. */
    public int offset(int layer) {
        int o = 0;
        for (int l = 0; l < layer; l++) o += weights(l);
        return o;
    }

    public int weights() { return offset(layers()); }

    /** The widest layer output, the most neurons any layer computes. */
    public int widestLayer() {
        int m = 0;
        for (int l = 0; l < layers(); l++) m = Math.max(m, cols(l));
        return m;
    }

    /** Levels of a hidden code, 2^hiddenBits. */
    public int hiddenLevels() { return 1 << hiddenBits; }

    /** Levels of an input code, 2^inputBits. */
    public int inputLevels() { return 1 << inputBits; }

    /**
     * Operations of one network sample's inference as the published count makes them: a multiply and an add per
     * cell, two cells per weight (2,624 for 32 → 16 → 9).
     */
    public long operations() { return 4L * weights(); }

    /** "32→16→9". */
    public String describe() {
        return widths.stream().map(String::valueOf).collect(Collectors.joining("→"));
    }

    /** "4·32·16 + 4·16·9": how {@link #operations} is counted. */
    public String operationsFormula() {
        List<String> terms = new ArrayList<>();
        for (int l = 0; l < layers(); l++) terms.add(String.format(Locale.ROOT, "4*%d*%d", rows(l), cols(l)));
        return String.join(" + ", terms);
    }

    /** The hidden code of pre-activation {@code a} (or the unrounded clipped value when {@code quantise} is off). */
    public double hiddenCode(double a, boolean quantise) {
        double v = a / hiddenStep;
        if (quantise) v = Math.rint(v);
        return Math.max(0, Math.min(hiddenLevels() - 1, v));
    }

    /**
     * Straight-through derivative of {@link #hiddenCode}: that of the clipped ReLU a/step on (0, (levels−1)·step),
     * the rounding treated as identity (Bengio et al. 2013).
     */
    public double hiddenSlope(double a) {
        double v = a / hiddenStep;
        return v > 0 && v < hiddenLevels() - 1 ? 1 / hiddenStep : 0;
    }
}
