package memcim.transfer.mcmc;

import java.util.SplittableRandom;

/**
 * One transition of a Markov chain that leaves its target invariant (a Metropolis–Hastings correction), with a
 * step size and a diagonal metric tuned in warm-up by {@link Adaptation}. One kernel per chain: it holds that
 * chain's tuning.
 */
public interface Kernel {
    /** Moves {@code s} (or leaves it, if the proposal is rejected); returns the proposal's acceptance probability. */
    double step(LogDensity density, ChainState s, SplittableRandom rng);

    /** The step size in units of the metric's scales. */
    double stepSize();

    void setStepSize(double epsilon);

    /** Per-coordinate scales (standard deviations the target is expected to have): the diagonal metric. */
    void setScales(double[] scales);

    /** The acceptance probability warm-up aims at (0.8 for HMC, 0.234 for random-walk Metropolis). */
    double targetAcceptance();

    /** Gradient or density evaluations one step costs (for effective samples per evaluation). */
    int evaluationsPerStep();

    /** Proposals rejected because the energy error exploded (HMC); 0 for kernels without. */
    default long divergences() { return 0; }

    String describe();
}
