package memcim.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import memcim.transfer.flow.PlaneTasks;
import memcim.transfer.flow.TaskData;
import memcim.transfer.mcmc.McmcSettings;
import memcim.transfer.posterior.PosteriorDiagnostics;
import memcim.transfer.posterior.PosteriorDraws;
import memcim.transfer.posterior.PosteriorSampler;
import memcim.transfer.posterior.PosteriorSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code memcim bench mcmc}: HMC against random-walk Metropolis on the moons posterior (issue 11), with the same
 * seed and the same number of density evaluations per chain. Effective samples are counted on the predicted
 * probabilities at the map's grid points, which the hidden units' permutations leave alone (a weight's ESS is low
 * for both kernels only because chains sit in relabelled modes).
 */
@Command(name = "mcmc", mixinStandardHelpOptions = true,
        description = "Posterior sampling of the two-moons network (200 points, 3->12->2): HMC vs random-walk Metropolis, "
                + "same seed and same density evaluations per chain; draws/s and ESS/s of each, ratio HMC/MH last.")
public final class BenchMcmcCommand implements Callable<Integer> {
    // the limits live here rather than in Bounds: a chain's draws are 62 doubles each, 16 x 20,000 of them 160 MB a
    // kernel; the random walk warms up 20 x longer (McmcSettings allows 10^6 iterations); the grid check runs 4,096
    // forward passes per draw
    static final long CHAINS_MIN = 2, CHAINS_MAX = 16, SAMPLES_MIN = 10, SAMPLES_MAX = 20_000, WARMUP_MIN = 20, WARMUP_MAX = 50_000;

    @Bounds.Count(min = CHAINS_MIN, max = CHAINS_MAX)
    @Option(names = "--chains", defaultValue = "4", description = "chains per kernel, " + CHAINS_MIN + " to " + CHAINS_MAX + " (default ${DEFAULT-VALUE})")
    int chains;
    @Bounds.Count(min = SAMPLES_MIN, max = SAMPLES_MAX)
    @Option(names = "--samples", defaultValue = "1500",
            description = "kept draws per chain (both kernels), " + SAMPLES_MIN + " to " + SAMPLES_MAX + " (default ${DEFAULT-VALUE})")
    int samples;
    @Bounds.Count(min = WARMUP_MIN, max = WARMUP_MAX)
    @Option(names = "--warmup", defaultValue = "1000",
            description = "HMC warm-up iterations per chain (the random walk gets as many density evaluations), "
                    + WARMUP_MIN + " to " + WARMUP_MAX + " (default ${DEFAULT-VALUE})")
    int warmup;
    @Option(names = "--seed", defaultValue = "1", description = "seed of the data and the chains (default ${DEFAULT-VALUE})") long seed;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        TaskData task = PlaneTasks.moons(seed);
        PosteriorSettings base = PosteriorSettings.defaults().withSeed(seed);
        int l = base.leapfrogSteps();
        // equal budgets: an HMC iteration costs L gradient evaluations, so the random walk takes L steps per kept
        // draw (thinned by L) and L times the warm-up iterations
        PosteriorSettings hmc = base.withMcmc(new McmcSettings(chains, warmup, samples, 1, seed));
        PosteriorSettings rw = base.withKernel(PosteriorSettings.KernelKind.RANDOM_WALK)
                .withMcmc(new McmcSettings(chains, warmup * l, samples, l, seed));
        var out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "moons posterior: %d training points, network %s, prior sigma %s, %d chains, seed %d, %d cores%n",
                task.train().size(), task.shape().describe(), base.priorSigma(), chains, seed, Runtime.getRuntime().availableProcessors());
        out.printf(Locale.ROOT, "same budget: %d density evaluations per chain each, warm-up included (HMC: %d gradient evaluations "
                + "per iteration; random walk: %d density evaluations per kept draw, thinned by %d)%n", (long) (warmup + samples) * l, l, l, l);
        out.printf(Locale.ROOT, "ESS: of the predicted probabilities at the %d grid points (rounded hidden codes; permutation-invariant), "
                + "min and median over the grid, per second of the chains' wall time%n", task.plane().grid().size());
        out.flush();
        // a short run of each first, so neither kernel pays for the JIT in its timed run
        for (PosteriorSettings s : new PosteriorSettings[] {hmc, rw}) {
            PosteriorSampler.sample(task.shape(), task.train(), task.plane().grid(),
                    s.withMcmc(new McmcSettings(chains, 20, 10, s.mcmc().thin(), seed)), null);
        }
        PosteriorDiagnostics h = line(out, "HMC", task, hmc);
        PosteriorDiagnostics m = line(out, "random-walk MH", task, rw);
        out.printf(Locale.ROOT, "ratio HMC/MH of effective samples per second (median over the grid): %.1fx (min over the grid: %.1fx, "
                + "log density: %.1fx)%n", ratio(h.gridEssMedian(), h, m.gridEssMedian(), m), ratio(h.gridEssMin(), h, m.gridEssMin(), m),
                ratio(h.essLogDensity(), h, m.essLogDensity(), m));
        return 0;
    }

    private static double ratio(double essA, PosteriorDiagnostics a, double essB, PosteriorDiagnostics b) {
        return (essA / a.seconds()) / (essB / b.seconds());
    }

    private static PosteriorDiagnostics line(java.io.PrintWriter out, String name, TaskData task, PosteriorSettings s) {
        PosteriorDraws d = PosteriorSampler.sample(task.shape(), task.train(), task.plane().grid(), s, null);
        PosteriorDiagnostics g = d.diagnostics();
        double draws = (double) g.chains() * g.drawsPerChain();
        out.printf(Locale.ROOT, "%-15s %7.2f s, %8.1f draws/s, ESS/s min %7.2f, median %8.2f (log density %7.2f); "
                        + "acceptance %.2f, grid R-hat max %.3f%n", name + ":", g.seconds(), draws / g.seconds(),
                g.gridEssMin() / g.seconds(), g.gridEssMedian() / g.seconds(), g.essLogDensity() / g.seconds(),
                g.meanAcceptance(), g.gridRhatMax());
        out.flush();
        return g;
    }
}
