package memcim.transfer.posterior;

import java.util.Locale;
import memcim.core.InputException;
import memcim.transfer.mcmc.HamiltonianMonteCarlo;
import memcim.transfer.mcmc.Kernel;
import memcim.transfer.mcmc.McmcSettings;
import memcim.transfer.mcmc.RandomWalkMetropolis;

/**
 * How the weights' posterior is sampled: the prior's σ (network units), the kernel, HMC's leapfrog steps per
 * trajectory (ignored by the random walk), and the chains' lengths and seed. Every check names the CLI option it
 * guards, so a bad value from the command line reads as the option it came from.
 */
public record PosteriorSettings(double priorSigma, KernelKind kernel, int leapfrogSteps, McmcSettings mcmc) {
    /** The transition kernel of every chain. */
    public enum KernelKind { HMC, RANDOM_WALK }

    /** Above this a prior no longer says anything at the scale of crossbar weights (hidden step 8, 6-bit codes). */
    public static final double MAX_PRIOR_SIGMA = 10;
    public static final int MAX_LEAPFROG_STEPS = 1000;

    public PosteriorSettings {
        if (!(priorSigma > 0) || priorSigma > MAX_PRIOR_SIGMA)
            throw new InputException("--prior-sigma", "a number above 0, at most " + (int) MAX_PRIOR_SIGMA, String.valueOf(priorSigma));
        if (kernel == null) throw new InputException("--kernel", "HMC or RANDOM_WALK", "none");
        if (leapfrogSteps < 1 || leapfrogSteps > MAX_LEAPFROG_STEPS)
            throw new InputException("--leapfrog-steps", "1 to " + MAX_LEAPFROG_STEPS, String.valueOf(leapfrogSteps));
        if (mcmc == null) throw new InputException("--samples", "chain settings", "none");
    }

    /**
     * The defaults, measured on the moons task (MoonsPosteriorTest; docs/exsitu-transfer.md has the figures
     * and the settings tried): 4 chains of HMC with L = 20 leapfrog steps, prior σ 0.5, 1,000 warm-up iterations
     * and 1,500 draws per chain. σ 0.3 cannot fit the moons (test accuracy 0.91); σ 1.0 fits them (0.997) but its
     * chains do not mix in this budget (R̂ of the log density 1.10, divergences); 400 draws a chain left the
     * largest grid R̂ at 1.05–1.18 depending on the seed; 1,500 bring it to 1.02–1.04.
     */
    public static PosteriorSettings defaults() {
        return new PosteriorSettings(0.5, KernelKind.HMC, 20, new McmcSettings(4, 1000, 1500, 1, 1));
    }

    public PosteriorSettings withSeed(long seed) {
        return withMcmc(new McmcSettings(mcmc.chains(), mcmc.warmup(), mcmc.draws(), mcmc.thin(), seed));
    }

    public PosteriorSettings withMcmc(McmcSettings m) { return new PosteriorSettings(priorSigma, kernel, leapfrogSteps, m); }

    public PosteriorSettings withKernel(KernelKind k) { return new PosteriorSettings(priorSigma, k, leapfrogSteps, mcmc); }

    public PosteriorSettings withPriorSigma(double s) { return new PosteriorSettings(s, kernel, leapfrogSteps, mcmc); }

    public PosteriorSettings withLeapfrogSteps(int l) { return new PosteriorSettings(priorSigma, kernel, l, mcmc); }

    /**
     * A fresh kernel for one chain. The first step size is only a start: warm-up finds it ({@code Adaptation}).
     */
    public Kernel newKernel(int dimension) {
        return switch (kernel) {
            case HMC -> new HamiltonianMonteCarlo(dimension, leapfrogSteps, 0.1);
            case RANDOM_WALK -> new RandomWalkMetropolis(dimension, 0.1);
        };
    }

    /** "HMC (20 leapfrog steps), prior sigma 0.5, 4 chains x (1000 warm-up + 1500 draws), seed 1". */
    public String describe() {
        String k = kernel == KernelKind.HMC ? "HMC (" + leapfrogSteps + " leapfrog steps)" : "random-walk Metropolis";
        String thin = mcmc.thin() > 1 ? ", thinned by " + mcmc.thin() : "";
        return String.format(Locale.ROOT, "%s, prior sigma %s, %d chains x (%d warm-up + %d draws%s), seed %d", k,
                priorSigma, mcmc.chains(), mcmc.warmup(), mcmc.draws(), thin, mcmc.seed());
    }
}
