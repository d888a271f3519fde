package memcim.bnn;

import java.util.random.RandomGenerator;
import memcim.networks.NetworkShape;
import memcim.networks.WeightSampler;
import memcim.networks.WeightSamples;

/**
 * A trained Bayesian MLP: for every weight the mean μ and standard deviation σ of its Gaussian q(w|θ),
 * flat (layer 1 row-major by input, then layer 2). A network sample is w = μ + σ·ε, ε ~ N(0, 1).
 */
public record BayesianNetwork(NetworkShape shape, double[] mu, double[] sigma) implements WeightSampler {
    public BayesianNetwork {
        if (mu.length != shape.weights() || sigma.length != shape.weights())
            throw new IllegalArgumentException("expected " + shape.weights() + " weights");
    }

    /** {@code m} draws w = μ + σ·ε, by seed. */
    @Override
    public WeightSamples draw(int m, long seed) {
        java.util.SplittableRandom rng = new java.util.SplittableRandom(seed);
        double[][] w = new double[m][shape().weights()];
        for (double[] s : w) sample(rng, s);
        return new WeightSamples(shape(), w);
    }

    /** One network sample into {@code w}. */
    public void sample(RandomGenerator rng, double[] w) {
        for (int i = 0; i < mu.length; i++) w[i] = mu[i] + sigma[i] * rng.nextGaussian();
    }
}
