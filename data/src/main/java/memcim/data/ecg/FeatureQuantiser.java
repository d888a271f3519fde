package memcim.data.ecg;

import java.util.Arrays;

/**
 * Normalises each feature to its training range and quantises it to 3 bits: the range of feature j is
 * [lo_j, hi_j] = its 1st and 99th percentiles over the training beats, and the code is
 * clamp(⌊8·(f − lo)/(hi − lo)⌋, 0, 7). Percentiles rather than min/max keep a few outliers from
 * squeezing every other beat into two codes. {@code inverted} gives 7 − code instead: the rows of the chip are then
 * driven by how far a feature lies <em>below</em> its training range's top. A row with code 0 gets no read voltage and
 * adds no sample-to-sample variance, so with level codes a beat whose unusual features are missing energy (a flutter
 * wave without a sharp QRS) drives few rows and the sampled networks agree on it; inverted, it drives them hardest.
 * Chosen on validation patients of their own with proxy unseen classes (docs/bnn.md, "Epistemic uncertainty on real data").
 */
public record FeatureQuantiser(double[] lo, double[] hi, boolean inverted) {
    public static final int LEVELS = 8;

    public FeatureQuantiser(double[] lo, double[] hi) {
        this(lo, hi, false);
    }

    /** The same ranges, the codes inverted. */
    public FeatureQuantiser invertedCodes() {
        return new FeatureQuantiser(lo, hi, true);
    }

    public static FeatureQuantiser fit(double[] features, int rows, int width) {
        double[] lo = new double[width];
        double[] hi = new double[width];
        double[] column = new double[rows];
        for (int j = 0; j < width; j++) {
            for (int i = 0; i < rows; i++) column[i] = features[i * width + j];
            Arrays.sort(column);
            lo[j] = column[(int) Math.floor(0.01 * (rows - 1))];
            hi[j] = column[(int) Math.ceil(0.99 * (rows - 1))];
            if (hi[j] <= lo[j]) hi[j] = lo[j] + 1e-9;
        }
        return new FeatureQuantiser(lo, hi);
    }

    public int width() { return lo.length; }

    public byte code(int feature, double value) {
        double z = LEVELS * (value - lo[feature]) / (hi[feature] - lo[feature]);
        int c = Math.max(0, Math.min(LEVELS - 1, (int) Math.floor(z)));
        return (byte) (inverted ? LEVELS - 1 - c : c);
    }

    /** Codes of {@code rows} feature vectors stored row after row. */
    public byte[] quantise(double[] features, int rows) {
        int width = width();
        byte[] out = new byte[rows * width];
        for (int i = 0; i < rows; i++)
            for (int j = 0; j < width; j++) out[i * width + j] = code(j, features[i * width + j]);
        return out;
    }
}
