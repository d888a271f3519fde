package memcim.transfer.mixture;

import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A one-dimensional Gaussian mixture Σ π_k N(μ_k, σ_k²): one weight's marginal posterior, whose components a
 * single-SET transfer programs (a component's mean as the median of a SET's conductance, its σ as the SET's
 * cycle-to-cycle spread). Components are kept sorted by mean, so the same data give the same mixture whatever
 * order EM found them in.
 */
public record GaussianMixture(double[] weights, double[] means, double[] sigmas, double logLikelihood, int samples) {

    public int components() { return weights.length; }

    /** Free parameters: K means, K σ, K − 1 weights. */
    public int parameters() { return 3 * components() - 1; }

    /** Bayesian information criterion, −2 log L + p·ln n (lower is better). */
    public double bic() { return -2 * logLikelihood + parameters() * Math.log(samples); }

    public double density(double x) {
        double p = 0;
        for (int k = 0; k < components(); k++) p += weights[k] * normal(x, means[k], sigmas[k]);
        return p;
    }

    /** Mixture mean Σ π_k μ_k. */
    public double mean() {
        double m = 0;
        for (int k = 0; k < components(); k++) m += weights[k] * means[k];
        return m;
    }

    /** Mixture variance Σ π_k (σ_k² + μ_k²) − mean². */
    public double variance() {
        double m = mean(), s = 0;
        for (int k = 0; k < components(); k++) s += weights[k] * (sigmas[k] * sigmas[k] + means[k] * means[k]);
        return s - m * m;
    }

    /** A component index drawn with probabilities π. */
    public int drawComponent(SplittableRandom rng) {
        double u = rng.nextDouble(), c = 0;
        for (int k = 0; k < components() - 1; k++) {
            c += weights[k];
            if (u < c) return k;
        }
        return components() - 1;
    }

    /** The component most responsible for {@code x}: the largest π_k N(x; μ_k, σ_k) (EM's E-step, hard). */
    public int likeliestComponent(double x) {
        int best = 0;
        double bestP = -1;
        for (int k = 0; k < components(); k++) {
            double p = weights[k] * normal(x, means[k], sigmas[k]);
            if (p > bestP) {
                bestP = p;
                best = k;
            }
        }
        return best;
    }

    static double normal(double x, double mu, double sigma) {
        double z = (x - mu) / sigma;
        return Math.exp(-0.5 * z * z) / (sigma * Math.sqrt(2 * Math.PI));
    }

    public String describe() {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < components(); k++) {
            if (k > 0) b.append(" + ");
            b.append(String.format(Locale.ROOT, "%.3f N(%.4g, %.3g^2)", weights[k], means[k], sigmas[k]));
        }
        return b.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GaussianMixture g && Arrays.equals(weights, g.weights) && Arrays.equals(means, g.means)
                && Arrays.equals(sigmas, g.sigmas) && logLikelihood == g.logLikelihood && samples == g.samples;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(weights) * 31 + Arrays.hashCode(means) * 17 + Arrays.hashCode(sigmas);
    }
}
