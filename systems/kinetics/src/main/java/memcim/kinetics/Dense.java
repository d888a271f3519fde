package memcim.kinetics;

/**
 * A dense layer inside a flat parameter vector: weights [nIn][nOut] row after row from {@code w}, biases from
 * {@code b}. The one forward and backward pass the kinetic head and the CNN baseline share.
 */
final class Dense {
    private Dense() {}

    /** out = b + inᵀ·W. */
    static void forward(double[] p, double[] in, int w, int b, int nIn, int nOut, double[] out) {
        System.arraycopy(p, b, out, 0, nOut);
        for (int i = 0; i < nIn; i++) {
            double x = in[i];
            if (x == 0) continue;
            int o = w + i * nOut;
            for (int j = 0; j < nOut; j++) out[j] += p[o + j] * x;
        }
    }

    /** Adds the layer's weight and bias gradients to {@code grad} and, when {@code dIn} is not null, W·dOut to {@code dIn}. */
    static void backward(double[] p, double[] in, double[] dOut, int w, int b, int nIn, int nOut, double[] dIn, double[] grad) {
        for (int j = 0; j < nOut; j++) grad[b + j] += dOut[j];
        for (int i = 0; i < nIn; i++) {
            int o = w + i * nOut;
            double x = in[i], s = 0;
            for (int j = 0; j < nOut; j++) {
                grad[o + j] += x * dOut[j];
                s += p[o + j] * dOut[j];
            }
            if (dIn != null) dIn[i] += s;
        }
    }
}
