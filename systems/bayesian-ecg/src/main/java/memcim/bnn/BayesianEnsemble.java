package memcim.bnn;

import java.util.List;
import memcim.networks.NetworkShape;
import memcim.networks.WeightSampler;
import memcim.networks.WeightSamples;

/**
 * K Bayesian networks of one shape trained from different seeds (and bootstrap resamples of the training set): a
 * mixture posterior with equal weights, of which network sample s is a draw of member s mod K. One mean-field Gaussian
 * around one solution gives an epistemic uncertainty that barely depends on how far a beat lies from the training
 * data; members that converged to different solutions disagree exactly there (docs/bnn.md, "Epistemic uncertainty on
 * real data"). With K = 1 it is the single network, drawn as {@link BayesianNetwork#draw} draws it.
 */
public record BayesianEnsemble(List<BayesianNetwork> members) implements WeightSampler {
    public BayesianEnsemble {
        members = List.copyOf(members);
        if (members.isEmpty()) throw new IllegalArgumentException("an ensemble needs a member");
        for (BayesianNetwork m : members)
            if (!m.shape().widths().equals(members.get(0).shape().widths()))
                throw new IllegalArgumentException("members of different shapes: " + m.shape().describe());
    }

    public static BayesianEnsemble of(BayesianNetwork single) {
        return new BayesianEnsemble(List.of(single));
    }

    public int size() { return members.size(); }

    public BayesianNetwork member(int k) { return members.get(k); }

    /** The member sample {@code s} of a chip is drawn from. */
    public BayesianNetwork memberOfSample(int s) { return members.get(s % members.size()); }

    @Override
    public NetworkShape shape() { return members.get(0).shape(); }

    /** {@code m} draws, sample s from member s mod K, all from one generator seeded by {@code seed}. */
    @Override
    public WeightSamples draw(int m, long seed) {
        java.util.SplittableRandom rng = new java.util.SplittableRandom(seed);
        double[][] w = new double[m][shape().weights()];
        for (int s = 0; s < m; s++) memberOfSample(s).sample(rng, w[s]);
        return new WeightSamples(shape(), w);
    }

    /** Every member's μ one after the other (for one γ over the whole ensemble). */
    public double[] pooledMu() { return pooled(true); }

    public double[] pooledSigma() { return pooled(false); }

    private double[] pooled(boolean mu) {
        int n = shape().weights();
        double[] out = new double[n * members.size()];
        for (int k = 0; k < members.size(); k++) System.arraycopy(mu ? members.get(k).mu() : members.get(k).sigma(), 0, out, k * n, n);
        return out;
    }
}
