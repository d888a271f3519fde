package memcim.networks;

import memcim.data.CodedSamples;

/**
 * What a training run minimises and the parameter vectors it moves: Bayes by Backprop (with or without the
 * technological loss) or the conventional MAP network. {@link TrainingLoop} owns epochs, shuffling, batches,
 * validation, history and progress; an objective owns only its cost and gradients.
 */
public interface Objective {
    /** The parameter vectors, each stepped by its own optimiser; gradients come in arrays of the same shapes. */
    double[][] parameters();

    /** Called before each epoch's shuffle (the technological loss refreshes γ here). */
    default void beginEpoch(int epoch) {}

    /** Cost terms of mini-batch {@code order[b0, b1)}; their gradient into {@code grads} (overwritten). */
    Terms batch(CodedSamples train, int[] order, int b0, int b1, double[][] grads);

    /** What validation measures after an epoch. */
    SampledClassifier validation(int epoch);

    /** γ the objective used in its last epoch (NaN when it uses none). */
    default double gamma() { return Double.NaN; }

    /**
     * One mini-batch's cost: the mean cross-entropy, the regulariser (KL or L2) and the technological loss, each
     * already divided by the training beats as the cost adds them.
     */
    record Terms(double crossEntropy, double regulariser, double tech) {}

    /** Mean cross-entropy of beats order[b0..b1) for weights w; its gradient (mean over the batch) into g. */
    static double crossEntropy(Forward f, double[] w, CodedSamples train, int[] order, int b0, int b1, double[] g) {
        java.util.Arrays.fill(g, 0);
        double scale = 1.0 / (b1 - b0), ce = 0;
        for (int k = b0; k < b1; k++) {
            int row = order[k];
            f.run(w, train.codes(), row);
            ce += f.backward(w, train.codes(), row, train.labels()[row], g, scale) * scale;
        }
        return ce;
    }

    /**
     * The Gaussian prior N(0, 1/precision) on every weight as an L2 penalty, divided by the training samples as the
     * cost adds it; its gradient added to {@code g}.
     */
    static double l2(double[] w, double precision, int trainingSamples, double[] g) {
        double l2 = 0;
        for (int i = 0; i < w.length; i++) {
            l2 += 0.5 * precision * w[i] * w[i] / trainingSamples;
            g[i] += precision * w[i] / trainingSamples;
        }
        return l2;
    }

    /**
     * He-like initial means: every hidden layer's pre-activations a few hidden steps for typical codes (3.5 for
     * 3-bit inputs), the logits of order one.
     */
    static double[] initialWeights(NetworkShape shape, java.util.SplittableRandom rng) {
        double[] w = new double[shape.weights()];
        int last = shape.layers() - 1;
        for (int l = 0, i = 0; l <= last; l++) {
            double std = l < last ? 2 * shape.hiddenStep() / (3.5 * Math.sqrt(shape.rows(l)))
                    : 2.0 / (3.0 * Math.sqrt(shape.rows(l)));
            for (int end = shape.offset(l + 1); i < end; i++) w[i] = rng.nextGaussian() * std;
        }
        return w;
    }
}
