package memcim.networks;

import java.util.SplittableRandom;
import memcim.data.CodedSamples;

/**
 * The conventional network: one set of weights, cross-entropy plus the Gaussian prior N(0, σp²) as an L2 penalty
 * (the MAP estimate), the same shape and quantisation as the Bayesian network.
 */
public final class MaximumAPosteriori implements Objective {
    private final NetworkShape shape;
    private final double priorPrecision;
    private final int trainingBeats;
    private final Forward forward;
    private final double[] w;

    public MaximumAPosteriori(NetworkShape shape, double priorSigma, SplittableRandom rng, int trainingBeats) {
        this.shape = shape;
        this.priorPrecision = 1 / (priorSigma * priorSigma);
        this.trainingBeats = trainingBeats;
        this.forward = new Forward(shape, true);
        this.w = Objective.initialWeights(shape, rng);
    }

    @Override
    public double[][] parameters() { return new double[][] {w}; }

    @Override
    public Terms batch(CodedSamples train, int[] order, int b0, int b1, double[][] grads) {
        double[] g = grads[0];
        int n = trainingBeats;
        double ce = Objective.crossEntropy(forward, w, train, order, b0, b1, g);
        return new Terms(ce, Objective.l2(w, priorPrecision, n, g), 0);
    }

    @Override
    public SampledClassifier validation(int epoch) {
        return WeightSamples.single(shape, w.clone());
    }

    public double[] weights() { return w.clone(); }
}
