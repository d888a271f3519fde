package memcim.transfer.mcmc;

/**
 * An unnormalised log probability density over R^d, the target of a Markov chain: a posterior up to its evidence.
 * Implementations may keep scratch space; {@link #forChain()} gives each chain its own, so chains run in parallel.
 */
public interface LogDensity {
    int dimension();

    /**
     * log p(q) + const; when {@code gradient} is not null it receives ∇ log p(q). Returns −∞ outside the support.
     */
    double logDensity(double[] q, double[] gradient);

    /** An instance one chain may use while others use theirs (this one, if it keeps no scratch space). */
    default LogDensity forChain() { return this; }
}
