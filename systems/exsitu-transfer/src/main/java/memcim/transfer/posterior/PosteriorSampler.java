package memcim.transfer.posterior;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
import memcim.core.InputException;
import memcim.data.CodedSamples;
import memcim.networks.NetworkShape;
import memcim.transfer.mcmc.Diagnostics;
import memcim.transfer.mcmc.LogDensity;
import memcim.transfer.mcmc.Mcmc;
import memcim.transfer.mcmc.McmcRun;

/** Samples a crossbar network's weights' posterior with several chains and says how well they converged. */
public final class PosteriorSampler {
    private PosteriorSampler() {}

    /**
     * @param train    labelled samples the posterior is conditioned on
     * @param grid     points whose predicted probabilities are the permutation-invariant convergence check (a map's grid)
     * @param listener told once per iteration of any chain, or null
     */
    public static PosteriorDraws sample(NetworkShape shape, CodedSamples train, CodedSamples grid, PosteriorSettings s,
                                        Mcmc.Listener listener) {
        check(shape, train, "training samples", true);
        check(shape, grid, "grid", false);
        NetworkPosterior target = new NetworkPosterior(shape, train, s.priorSigma());
        McmcRun run = Mcmc.run(target, s::newKernel, starts(shape.weights(), s), s.mcmc(), listener);
        double[][] logDensity = logDensities(target, run.draws());
        PredictiveConvergence.Result predictive = PredictiveConvergence.of(shape, run.draws(), grid);
        return new PosteriorDraws(shape, s, run, run.pooled(), logDensity, diagnose(run, logDensity, predictive));
    }

    /**
     * Each chain starts at its own draw from the prior, N(0, σp²) per weight: wider than the posterior, so chains
     * that agree at the end have come together rather than started together, and R̂ means something. The starts'
     * generator is seeded apart from the chains' own (which {@code Mcmc} splits from the seed itself).
     */
    static double[][] starts(int dimension, PosteriorSettings s) {
        SplittableRandom rng = new SplittableRandom(s.mcmc().seed() * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L);
        double[][] out = new double[s.mcmc().chains()][dimension];
        for (double[] start : out) for (int i = 0; i < dimension; i++) start[i] = s.priorSigma() * rng.nextGaussian();
        return out;
    }

    /** The log density of every kept draw, {@code [chain][draw]} (Mcmc keeps positions only). */
    private static double[][] logDensities(LogDensity target, double[][][] draws) {
        double[][] out = new double[draws.length][draws[0].length];
        IntStream.range(0, draws.length).parallel().forEach(c -> {
            LogDensity d = target.forChain();
            for (int k = 0; k < draws[c].length; k++) out[c][k] = d.logDensity(draws[c][k], null);
        });
        return out;
    }

    private static PosteriorDiagnostics diagnose(McmcRun run, double[][] logDensity, PredictiveConvergence.Result p) {
        int q = run.dimension();
        double[] rhat = new double[q], ess = new double[q];
        for (int k = 0; k < q; k++) {
            double[][] x = run.coordinate(k);
            rhat[k] = Diagnostics.splitRhat(x);
            ess[k] = Diagnostics.effectiveSampleSize(x);
        }
        return new PosteriorDiagnostics(run.kernel(), run.chains(), run.drawsPerChain(), run.meanAcceptance(),
                run.acceptance().clone(), run.stepSize().clone(), run.totalDivergences(), run.seconds(), run.evaluations(),
                Diagnostics.splitRhat(logDensity), Diagnostics.effectiveSampleSize(logDensity),
                PosteriorDiagnostics.CHIP_READOUT, p.rhat().length, Summary.max(p.rhat()), Summary.quantile(p.rhat(), 0.99),
                Summary.min(p.ess()), Summary.median(p.ess()), p.rhat(),
                Summary.min(rhat), Summary.median(rhat), Summary.max(rhat), Summary.min(ess), Summary.median(ess),
                Summary.max(ess), rhat, ess);
    }

    private static void check(NetworkShape shape, CodedSamples d, String what, boolean labelled) {
        if (d.width() != shape.inputs())
            throw new InputException(what, shape.inputs() + " input codes per sample (network " + shape.describe() + ")",
                    String.valueOf(d.width()));
        if (d.size() == 0) throw new InputException(what, "at least one sample", "none");
        int top = shape.inputLevels() - 1;
        byte[] codes = d.codes();
        for (int i = 0; i < codes.length; i++) {
            if (codes[i] < 0 || codes[i] > top)
                throw new InputException(what, "input codes 0 to " + top, "code " + codes[i] + " of sample " + i / d.width());
        }
        if (!labelled) return;
        for (int i = 0; i < d.size(); i++) {
            int l = d.labels()[i];
            if (l < 0 || l >= shape.outputs())
                throw new InputException(what, "labels 0 to " + (shape.outputs() - 1), "label " + l + " of sample " + i);
        }
    }
}
