package memcim.bnn;

/**
 * One network sample's forward and backward pass on one beat, into caller-owned scratch arrays so the
 * training loop allocates nothing per beat. Inputs are 3-bit codes (0–7) used as integers: that is what
 * bit-serial application computes, I = W·X0 + 2·W·X1 + 4·W·X2 = W·x.
 */
final class Forward {
    final NetworkShape shape;
    final boolean quantise;
    final double[] pre;      // hidden pre-activations
    final double[] hidden;   // hidden codes
    final double[] logits;
    final double[] probs;
    final double[] dHidden;

    Forward(NetworkShape shape, boolean quantise) {
        this.shape = shape;
        this.quantise = quantise;
        pre = new double[shape.hidden()];
        hidden = new double[shape.hidden()];
        logits = new double[shape.outputs()];
        probs = new double[shape.outputs()];
        dHidden = new double[shape.hidden()];
    }

    /** Softmax probabilities of beat {@code row} of {@code codes} (into {@link #probs}). */
    void run(double[] w, byte[] codes, int row) {
        int in = shape.inputs(), h = shape.hidden(), out = shape.outputs();
        java.util.Arrays.fill(pre, 0);
        int base = row * in;
        for (int i = 0; i < in; i++) {
            int x = codes[base + i];
            if (x == 0) continue;
            int o = i * h;
            for (int j = 0; j < h; j++) pre[j] += w[o + j] * x;
        }
        for (int j = 0; j < h; j++) hidden[j] = shape.hiddenCode(pre[j], quantise);
        java.util.Arrays.fill(logits, 0);
        for (int j = 0; j < h; j++) {
            double v = hidden[j];
            if (v == 0) continue;
            int o = shape.weights1() + j * out;
            for (int k = 0; k < out; k++) logits[k] += w[o + k] * v;
        }
        softmax(logits, probs);
    }

    /**
     * Adds d(−log p_label)/dw of the last {@link #run} to {@code g} (same layout as the weights), scaled by
     * {@code scale}; returns −log p_label.
     */
    double backward(double[] w, byte[] codes, int row, int label, double[] g, double scale) {
        int in = shape.inputs(), h = shape.hidden(), out = shape.outputs();
        java.util.Arrays.fill(dHidden, 0);
        for (int j = 0; j < h; j++) {
            int o = shape.weights1() + j * out;
            double v = hidden[j];
            double dh = 0;
            for (int k = 0; k < out; k++) {
                double dz = (probs[k] - (k == label ? 1 : 0)) * scale;
                g[o + k] += v * dz;
                dh += w[o + k] * dz;
            }
            dHidden[j] = dh * shape.hiddenSlope(pre[j]);
        }
        int base = row * in;
        for (int i = 0; i < in; i++) {
            int x = codes[base + i];
            if (x == 0) continue;
            int o = i * h;
            for (int j = 0; j < h; j++) g[o + j] += dHidden[j] * x;
        }
        return -Math.log(Math.max(probs[label], 1e-300));
    }

    static void softmax(double[] z, double[] p) {
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
