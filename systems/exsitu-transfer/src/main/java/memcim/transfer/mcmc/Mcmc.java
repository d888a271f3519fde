package memcim.transfer.mcmc;

import java.util.SplittableRandom;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/** Runs several independent chains of one kernel on one target, in parallel, reproducibly by seed. */
public final class Mcmc {
    private Mcmc() {}

    /** Told once per iteration of any chain (for a progress line); may be called from several threads. */
    public interface Listener {
        void iteration();
    }

    /**
     * @param kernels a fresh kernel for each chain (dimension given)
     * @param starts  each chain's starting point (overdispersed starts make R̂ meaningful)
     */
    public static McmcRun run(LogDensity target, IntFunction<Kernel> kernels, double[][] starts, McmcSettings s,
                              Listener listener) {
        if (starts.length != s.chains()) throw new IllegalArgumentException(starts.length + " starts for " + s.chains() + " chains");
        int d = target.dimension();
        SplittableRandom root = new SplittableRandom(s.seed());
        SplittableRandom[] rngs = new SplittableRandom[s.chains()];
        for (int c = 0; c < rngs.length; c++) rngs[c] = root.split();
        double[][][] draws = new double[s.chains()][s.draws()][];
        double[] acceptance = new double[s.chains()];
        double[] steps = new double[s.chains()];
        long[] divergences = new long[s.chains()];
        long[] evaluations = new long[s.chains()];
        String[] description = new String[1];
        long t0 = System.nanoTime();
        IntStream.range(0, s.chains()).parallel().forEach(c -> {
            LogDensity density = target.forChain();
            Kernel kernel = kernels.apply(d);
            SplittableRandom rng = rngs[c];
            ChainState state = new ChainState(density, starts[c]);
            if (!Double.isFinite(state.logDensity)) {
                throw new IllegalArgumentException("chain " + c + " starts where the density is " + state.logDensity);
            }
            Adaptation adaptation = new Adaptation(kernel, s.warmup(), d);
            adaptation.start(density, state, rng);
            for (int it = 0; it < s.warmup(); it++) {
                double a = kernel.step(density, state, rng);
                adaptation.after(it, a, density, state, rng);
                if (listener != null) listener.iteration();
            }
            long warmupDivergences = kernel.divergences();
            double acceptSum = 0;
            int kept = 0;
            for (int it = 0; kept < s.draws(); it++) {
                acceptSum += kernel.step(density, state, rng);
                if ((it + 1) % s.thin() == 0) draws[c][kept++] = state.q.clone();
                if (listener != null) listener.iteration();
            }
            acceptance[c] = acceptSum / ((long) s.draws() * s.thin());
            steps[c] = kernel.stepSize();
            divergences[c] = kernel.divergences() - warmupDivergences;
            evaluations[c] = (long) (s.warmup() + (long) s.draws() * s.thin()) * kernel.evaluationsPerStep();
            if (c == 0) description[0] = kernel.describe();
        });
        long evals = 0;
        for (long e : evaluations) evals += e;
        return new McmcRun(description[0], draws, acceptance, steps, divergences, evals, (System.nanoTime() - t0) / 1e9);
    }
}
