package memcim.transfer.plan;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import memcim.core.InputException;
import memcim.transfer.mixture.GaussianMixture;
import memcim.transfer.mixture.MixtureFit;

/**
 * Every weight's marginal posterior as a Gaussian mixture fitted to its draws (EM, K chosen by BIC up to a maximum):
 * what the single-SET transfer programs, and what the model file keeps. Weights are fitted in parallel, each from its
 * own seed split in weight order, so the fit does not depend on the number of cores.
 */
public record WeightMixtures(List<GaussianMixture> mixtures, int maxComponents) {
    /** The most components a weight may take (EM of 128 components on 6,000 draws takes about 25 s for the moons network's 60 weights, 2 cores). */
    public static final int MAX_COMPONENTS = 256;

    public WeightMixtures {
        mixtures = List.copyOf(mixtures);
    }

    /**
     * @param draws S × Q posterior draws (chains aligned and pooled)
     * @param byBic true: K from 1 to {@code maxComponents} by BIC; false: exactly {@code maxComponents} for every
     *              weight (narrow components, so that a row's components follow its posterior draw closely)
     */
    public static WeightMixtures fit(double[][] draws, int maxComponents, boolean byBic, MixtureFit em, long seed) {
        return fit(draws, maxComponents, byBic, em, seed, null);
    }

    /** As above, {@code weightDone} told once per weight fitted (from the worker threads), or null. */
    public static WeightMixtures fit(double[][] draws, int maxComponents, boolean byBic, MixtureFit em, long seed, Runnable weightDone) {
        if (maxComponents < 1 || maxComponents > MAX_COMPONENTS)
            throw new InputException("--components", "1 to " + MAX_COMPONENTS, String.valueOf(maxComponents));
        int q = draws[0].length;
        if (draws.length < 2 * maxComponents)
            throw new InputException("posterior draws", "at least " + 2 * maxComponents + " for " + maxComponents + " components", String.valueOf(draws.length));
        SplittableRandom root = new SplittableRandom(seed);
        long[] seeds = new long[q];
        for (int k = 0; k < q; k++) seeds[k] = root.nextLong();
        GaussianMixture[] fitted = new GaussianMixture[q];
        IntStream.range(0, q).parallel().forEach(k -> {
            double[] x = new double[draws.length];
            for (int s = 0; s < x.length; s++) x[s] = draws[s][k];
            fitted[k] = byBic ? em.select(x, maxComponents, seeds[k]) : em.fit(x, maxComponents, seeds[k]);
            if (weightDone != null) weightDone.run();
        });
        return new WeightMixtures(List.of(fitted), maxComponents);
    }

    public int weights() { return mixtures.size(); }

    public GaussianMixture weight(int q) { return mixtures.get(q); }
}
