package memcim.networks;

/**
 * Whatever gives network samples in network units: a variational posterior (Bayes by Backprop's Gaussians), the
 * draws of a Markov chain, one conventional network. The evaluation and the mapping onto devices take samples
 * from here, whichever way they were obtained.
 */
public interface WeightSampler {
    NetworkShape shape();

    /** {@code m} network samples, by seed (the same seed, the same samples). */
    WeightSamples draw(int m, long seed);
}
