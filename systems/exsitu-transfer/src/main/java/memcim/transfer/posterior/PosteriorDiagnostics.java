package memcim.transfer.posterior;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How well the chains sampled the weights' posterior, as plain fields for the run's JSON.
 *
 * <p>The convergence check is the split-R̂ of <em>permutation-invariant</em> quantities: the log density, and the
 * predicted class probabilities at every point of the map's grid ({@code gridRhatMax}, {@code gridRhatP99}),
 * predicted as the chip reads ({@link #predictionReadout}). The per-weight R̂ is reported but expected to be high:
 * swapping two hidden units (their input columns and output rows together) leaves the network's function and the
 * posterior unchanged, so independent chains settle in relabelled copies of the same mode, and a weight's value
 * differs between chains while everything the network computes agrees. A per-weight R̂ near 1 would need every
 * chain in the same labelling, which says nothing about whether the function's posterior was explored.
 *
 * @param kernel             the kernel as tuned (chain 0's final step size)
 * @param stepSizes          each chain's step size after warm-up (units of the adapted metric)
 * @param divergences        divergent HMC trajectories after warm-up, all chains
 * @param seconds            wall time of the chains (warm-up included; not the diagnostics)
 * @param densityEvaluations density (HMC: density and gradient) evaluations, all chains, warm-up included
 * @param essLogDensity      effective sample size of the log density, all chains
 * @param gridRhat           per grid point, the largest split-R̂ over the classes (x fastest, as {@code PlaneCoding.grid})
 * @param gridEssMin         smallest ESS over the grid's predicted probabilities
 * @param weightRhat         split-R̂ of every weight (flat layout of {@code NetworkShape})
 */
public record PosteriorDiagnostics(String kernel, int chains, int drawsPerChain, double meanAcceptance,
                                   double[] acceptance, double[] stepSizes, long divergences, double seconds,
                                   long densityEvaluations, double rhatLogDensity, double essLogDensity,
                                   String predictionReadout, int gridPoints, double gridRhatMax, double gridRhatP99,
                                   double gridEssMin, double gridEssMedian, double[] gridRhat,
                                   double weightRhatMin, double weightRhatMedian, double weightRhatMax,
                                   double weightEssMin, double weightEssMedian, double weightEssMax,
                                   double[] weightRhat, double[] weightEss) {

    /** What the grid's predictions are computed with. */
    public static final String CHIP_READOUT =
            "networks.Forward with quantise=true: hidden codes rounded, as the chip computes them";

    /** The largest R̂ the chains may show on the invariant quantities and still count as converged (Vehtari et al. 2021 ask 1.01; the issue 1.05). */
    public static final double RHAT_LIMIT = 1.05;

    /** Whether the invariant R̂s (log density, every grid point) are below {@link #RHAT_LIMIT}. */
    public boolean converged() {
        return rhatLogDensity < RHAT_LIMIT && gridRhatMax < RHAT_LIMIT;
    }

    /** A few lines for the console. */
    public List<String> summaryLines() {
        List<String> l = new ArrayList<>();
        l.add(String.format(Locale.ROOT, "%s: %d chains x %d draws, acceptance %.3f, %d divergences, %.1f s, %d density evaluations",
                kernel, chains, drawsPerChain, meanAcceptance, divergences, seconds, densityEvaluations));
        l.add(String.format(Locale.ROOT, "split R-hat, log density: %.4f (ESS %.0f)", rhatLogDensity, essLogDensity));
        l.add(String.format(Locale.ROOT, "split R-hat, predicted probabilities at %d points of the map's grid (the test inputs off the plane; rounded hidden codes, as the chip): "
                + "max %.4f, 99th percentile %.4f (ESS min %.0f, median %.0f)", gridPoints, gridRhatMax, gridRhatP99,
                gridEssMin, gridEssMedian));
        l.add(String.format(Locale.ROOT, "split R-hat per weight: min %.3f, median %.3f, max %.3f; ESS min %.0f, median %.0f, max %.0f "
                + "(high R-hat expected: hidden-unit permutations)", weightRhatMin, weightRhatMedian, weightRhatMax,
                weightEssMin, weightEssMedian, weightEssMax));
        l.add(converged() ? String.format(Locale.ROOT, "converged: invariant R-hats below %.2f", RHAT_LIMIT)
                : String.format(Locale.ROOT, "NOT converged: an invariant R-hat is %.2f or more; run longer chains", RHAT_LIMIT));
        return l;
    }
}
