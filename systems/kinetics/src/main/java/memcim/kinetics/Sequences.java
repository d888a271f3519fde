package memcim.kinetics;

import memcim.data.mnist.MnistSet;

/**
 * Labelled inputs as pulse trains read them: {@code rows} sequences of {@code steps} values in [0, 1] per sample, flat
 * (an image's rows, pixel / 255), with a class each.
 */
public record Sequences(float[] values, int[] labels, int rows, int steps, String source) {
    public int size() { return labels.length; }

    public int label(int i) { return labels[i]; }

    /** Sample i's rows × steps values. */
    public double[] input(int i) {
        int w = rows * steps;
        double[] x = new double[w];
        for (int k = 0; k < w; k++) x[k] = values[i * w + k];
        return x;
    }

    /** The first {@code limit} images of a set, each row a sequence (28 of 28 for MNIST). */
    public static Sequences of(MnistSet set, int limit) {
        int n = Math.min(limit, set.size()), rows = set.images().rows(), cols = set.images().columns(), w = rows * cols;
        float[] v = new float[n * w];
        int[] y = new int[n];
        byte[] px = set.images().pixels();
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < w; k++) v[i * w + k] = (px[i * w + k] & 0xFF) / 255f;
            y[i] = set.labels().label(i);
        }
        return new Sequences(v, y, rows, cols, set.source() + " (" + n + " images)");
    }
}
