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

    /**
     * ECG windows as one sequence each (a 700 ms window, 252 samples, one pulse per sample), scaled to [0, 1] by
     * {@code low} and {@code high} (fitted on the training windows: {@link #range}) and clipped; only the beats whose
     * label is below {@code classes} (the trained classes).
     */
    public static Sequences ofWindows(double[][] windows, int[] labels, int classes, double low, double high, String source) {
        int n = 0;
        for (int y : labels) if (y < classes) n++;
        int w = windows.length == 0 ? 1 : windows[0].length;
        float[] v = new float[n * w];
        int[] out = new int[n];
        for (int i = 0, k = 0; i < windows.length; i++) {
            if (labels[i] >= classes) continue;
            for (int j = 0; j < w; j++) v[k * w + j] = (float) Math.max(0, Math.min(1, (windows[i][j] - low) / (high - low)));
            out[k++] = labels[i];
        }
        return new Sequences(v, out, 1, w, source + " (" + n + " beats)");
    }

    /** The 0.5 % and 99.5 % points of every sample of the windows: the scale {@link #ofWindows} maps to [0, 1]. */
    public static double[] range(double[][] windows) {
        int total = 0;
        for (double[] w : windows) total += w.length;
        double[] all = new double[total];
        int k = 0;
        for (double[] w : windows) for (double x : w) all[k++] = x;
        java.util.Arrays.sort(all);
        return new double[]{all[(int) (0.005 * (total - 1))], all[(int) (0.995 * (total - 1))]};
    }

    /** Coded features (e.g. the reference chip's 32 FFT features, 3-bit codes) as one sequence each, code / top code. */
    public static Sequences ofCodes(memcim.data.CodedSamples set, int classes, int topCode, String source) {
        int n = 0;
        for (int y : set.labels()) if (y < classes) n++;
        int w = set.width();
        float[] v = new float[n * w];
        int[] out = new int[n];
        for (int i = 0, k = 0; i < set.size(); i++) {
            if (set.labels()[i] >= classes) continue;
            for (int j = 0; j < w; j++) v[k * w + j] = (float) set.codes()[i * w + j] / topCode;
            out[k++] = set.labels()[i];
        }
        return new Sequences(v, out, 1, w, source + " (" + n + " beats)");
    }
}
