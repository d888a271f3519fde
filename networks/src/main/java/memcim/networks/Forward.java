package memcim.networks;

import java.util.Arrays;

/**
 * One network sample's forward and backward pass on one sample, into caller-owned scratch arrays so the
 * training loop allocates nothing per sample; the arrays are public so hot loops read them without copies. Inputs are codes used as integers: that is what bit-serial
 * application computes, I = W·X0 + 2·W·X1 + 4·W·X2 = W·x. Every layer but the last requantises to hidden
 * codes; the last gives the logits.
 */
public final class Forward {
    public final NetworkShape shape;
    public final boolean quantise;
    public final double[][] pre;     // [hidden layer][neuron] pre-activations
    public final double[][] hidden;  // [hidden layer][neuron] hidden codes
    public final double[] logits;
    public final double[] probs;
    private final double[][] delta; // [layer][neuron] d(cost)/d(pre-activation of that layer's outputs)

    public Forward(NetworkShape shape, boolean quantise) {
        this.shape = shape;
        this.quantise = quantise;
        int hiddenLayers = shape.layers() - 1;
        pre = new double[hiddenLayers][];
        hidden = new double[hiddenLayers][];
        for (int l = 0; l < hiddenLayers; l++) {
            pre[l] = new double[shape.cols(l)];
            hidden[l] = new double[shape.cols(l)];
        }
        logits = new double[shape.outputs()];
        probs = new double[shape.outputs()];
        delta = new double[shape.layers()][];
        for (int l = 0; l < shape.layers(); l++) delta[l] = new double[shape.cols(l)];
    }

    /** Softmax probabilities of beat {@code row} of {@code codes} (into {@link #probs}). */
    public void run(double[] w, byte[] codes, int row) {
        int last = shape.layers() - 1;
        double[] first = last == 0 ? logits : pre[0];
        Arrays.fill(first, 0);
        int in = shape.inputs(), h = shape.cols(0);
        int base = row * in;
        for (int i = 0; i < in; i++) {
            int x = codes[base + i];
            if (x == 0) continue;
            int o = i * h;
            for (int j = 0; j < h; j++) first[j] += w[o + j] * x;
        }
        for (int l = 1; l <= last; l++) {
            double[] below = pre[l - 1], act = hidden[l - 1];
            for (int j = 0; j < below.length; j++) act[j] = shape.hiddenCode(below[j], quantise);
            double[] out = l == last ? logits : pre[l];
            Arrays.fill(out, 0);
            int cols = out.length, off = shape.offset(l);
            for (int j = 0; j < act.length; j++) {
                double v = act[j];
                if (v == 0) continue;
                int o = off + j * cols;
                for (int k = 0; k < cols; k++) out[k] += w[o + k] * v;
            }
        }
        softmax(logits, probs);
    }

    /**
     * Adds d(−log p_label)/dw of the last {@link #run} to {@code g} (same layout as the weights), scaled by
     * {@code scale}; returns −log p_label.
     */
    public double backward(double[] w, byte[] codes, int row, int label, double[] g, double scale) {
        int last = shape.layers() - 1;
        double[] top = delta[last];
        for (int k = 0; k < top.length; k++) top[k] = (probs[k] - (k == label ? 1 : 0)) * scale;
        for (int l = last; l >= 1; l--) {
            double[] act = hidden[l - 1], d = delta[l], below = delta[l - 1], p = pre[l - 1];
            int cols = d.length, off = shape.offset(l);
            for (int j = 0; j < act.length; j++) {
                int o = off + j * cols;
                double v = act[j];
                double dh = 0;
                for (int k = 0; k < cols; k++) {
                    g[o + k] += v * d[k];
                    dh += w[o + k] * d[k];
                }
                below[j] = dh * shape.hiddenSlope(p[j]);
            }
        }
        double[] d0 = delta[0];
        int in = shape.inputs(), h = d0.length;
        int base = row * in;
        for (int i = 0; i < in; i++) {
            int x = codes[base + i];
            if (x == 0) continue;
            int o = i * h;
            for (int j = 0; j < h; j++) g[o + j] += d0[j] * x;
        }
        return -Math.log(Math.max(probs[label], 1e-300));
    }

    public static void softmax(double[] z, double[] p) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) max = Math.max(max, v);
        double sum = 0;
        for (int k = 0; k < z.length; k++) {
            p[k] = Math.exp(z[k] - max);
            sum += p[k];
        }
        for (int k = 0; k < z.length; k++) p[k] /= sum;
    }
}
