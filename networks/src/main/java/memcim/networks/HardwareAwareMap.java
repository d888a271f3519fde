package memcim.networks;

import java.util.SplittableRandom;
import memcim.core.InputException;
import memcim.data.CodedSamples;

/**
 * The conventional (MAP) network trained hardware-aware: each mini-batch's cross-entropy and its gradient are taken at
 * the weights plus Gaussian noise, σ = {@code relativeNoise} × the layer's largest |w| drawn afresh per batch (the
 * noise injection of aihwkit's hardware-aware training), and the gradient is applied to the clean weights; the L2
 * prior acts on the clean weights. A network so trained sits where small weight errors cost little accuracy, which
 * is what programming error and drift inflict.
 */
public final class HardwareAwareMap implements Objective {
    private final NetworkShape shape;
    private final double priorPrecision;
    private final int trainingSamples;
    private final double relativeNoise;
    private final SplittableRandom noise;
    private final Forward forward;
    private final double[] w;
    private final double[] noisy;

    /**
     * @param relativeNoise the noise σ as a share of each layer's largest |w| (0: plain MAP training, the same bits as
     *                      {@link MaximumAPosteriori} on the same generator)
     * @param rng           the initial weights, drawn as {@link MaximumAPosteriori} draws them
     * @param noiseSeed     the noise draws' own seed, so they leave the training loop's shuffles as they were
     */
    public HardwareAwareMap(NetworkShape shape, double priorSigma, double relativeNoise, SplittableRandom rng, long noiseSeed,
                            int trainingSamples) {
        if (!(relativeNoise >= 0 && relativeNoise < 1))
            throw new InputException("training weight noise", "a share of the largest weight in [0, 1)", String.valueOf(relativeNoise));
        this.shape = shape;
        this.priorPrecision = 1 / (priorSigma * priorSigma);
        this.trainingSamples = trainingSamples;
        this.relativeNoise = relativeNoise;
        this.forward = new Forward(shape, true);
        this.w = Objective.initialWeights(shape, rng);
        this.noise = new SplittableRandom(noiseSeed);
        this.noisy = new double[w.length];
    }

    @Override
    public double[][] parameters() { return new double[][] {w}; }

    @Override
    public Terms batch(CodedSamples train, int[] order, int b0, int b1, double[][] grads) {
        for (int l = 0; l < shape.layers(); l++) {
            int from = shape.offset(l), to = shape.offset(l + 1);
            double max = 0;
            for (int i = from; i < to; i++) max = Math.max(max, Math.abs(w[i]));
            double sigma = relativeNoise * max;
            for (int i = from; i < to; i++) noisy[i] = w[i] + sigma * noise.nextGaussian();
        }
        double[] g = grads[0];
        double ce = Objective.crossEntropy(forward, noisy, train, order, b0, b1, g);
        return new Terms(ce, Objective.l2(w, priorPrecision, trainingSamples, g), 0);
    }

    @Override
    public SampledClassifier validation(int epoch) {
        return WeightSamples.single(shape, w.clone());
    }

    public double[] weights() { return w.clone(); }
}
