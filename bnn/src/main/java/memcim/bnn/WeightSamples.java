package memcim.bnn;

import java.util.SplittableRandom;

/** Networks given by their weights in network units: draws of a BNN, or the one conventional network. */
public record WeightSamples(NetworkShape shape, double[][] weights) implements SampledClassifier {
    /** {@code m} draws w = μ + σ·ε of a Bayesian network, by seed. */
    public static WeightSamples draw(BayesianNetwork net, int m, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] w = new double[m][net.shape().weights()];
        for (double[] s : w) net.sample(rng, s);
        return new WeightSamples(net.shape(), w);
    }

    public static WeightSamples single(NetworkShape shape, double[] weights) {
        return new WeightSamples(shape, new double[][] {weights});
    }

    @Override
    public int samples() { return weights.length; }

    @Override
    public Worker worker() {
        Forward f = new Forward(shape, true);
        return (sample, codes, row, out) -> {
            f.run(weights[sample], codes, row);
            System.arraycopy(f.probs, 0, out, 0, out.length);
        };
    }
}
