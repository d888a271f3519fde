package memcim.mapping;

import memcim.device.FeasibleDomain;
import memcim.device.FeasiblePoint;

/**
 * Chooses the scale γ (siemens per network unit) that maps trained Gaussians onto the device: a grid
 * search over γ minimising Σ_i π_i KL[N(γμ_i, γσ_i) ‖ N(p.μ, p.σ)], p the KL-nearest feasible point (π_i = 1 for
 * the reference chip's one Gaussian per weight; a mixture component's weight for a transfer of mixtures).
 * The grid is log-spaced around γ₀ = (largest feasible |μ|) / (largest |μ| of the network).
 */
public final class GammaSearch {
    public static final int GRID_POINTS = 81;
    public static final double DECADES_BELOW = 1.5;
    public static final double DECADES_ABOVE = 0.5;

    private GammaSearch() {}

    /** Σ KL of all weights at scale γ. */
    public static double totalKl(double[] mu, double[] sigma, double gamma, FeasibleDomain domain) {
        return totalKl(mu, sigma, null, gamma, domain);
    }

    /** Σ π_i KL of all Gaussians at scale γ ({@code weights} null: all 1). */
    public static double totalKl(double[] mu, double[] sigma, double[] weights, double gamma, FeasibleDomain domain) {
        double sum = 0;
        for (int i = 0; i < mu.length; i++) {
            double m = mu[i] * gamma, s = Math.max(sigma[i] * gamma, 1e-300);
            FeasiblePoint p = domain.nearest(m, s);
            sum += (weights == null ? 1 : weights[i]) * FeasibleDomain.kl(m, s, p);
        }
        return sum;
    }

    public static double best(double[] mu, double[] sigma, FeasibleDomain domain) {
        return best(mu, sigma, null, domain);
    }

    /** The best γ on the default grid around γ₀, each Gaussian's KL weighted by {@code weights} (null: all 1). */
    public static double best(double[] mu, double[] sigma, double[] weights, FeasibleDomain domain) {
        double maxFeasible = 0;
        for (FeasiblePoint p : domain.points()) maxFeasible = Math.max(maxFeasible, Math.abs(p.muSiemens()));
        double maxMu = 0;
        for (double m : mu) maxMu = Math.max(maxMu, Math.abs(m));
        double gamma0 = maxFeasible / Math.max(maxMu, 1e-12);
        return best(mu, sigma, weights, domain, gamma0, -DECADES_BELOW, DECADES_ABOVE, GRID_POINTS);
    }

    /**
     * The best γ on a grid of {@code points} values log-spaced from γ₀·10^{@code fromDecades} to γ₀·10^{@code toDecades}
     * (training refines γ each epoch on a narrow grid around the previous one).
     */
    public static double best(double[] mu, double[] sigma, FeasibleDomain domain, double gamma0, double fromDecades,
                              double toDecades, int points) {
        return best(mu, sigma, null, domain, gamma0, fromDecades, toDecades, points);
    }

    public static double best(double[] mu, double[] sigma, double[] weights, FeasibleDomain domain, double gamma0,
                              double fromDecades, double toDecades, int points) {
        double best = gamma0, bestKl = Double.POSITIVE_INFINITY;
        for (int k = 0; k < points; k++) {
            double exponent = fromDecades + (toDecades - fromDecades) * k / (points - 1);
            double gamma = gamma0 * Math.pow(10, exponent);
            double kl = totalKl(mu, sigma, weights, gamma, domain);
            if (kl < bestKl) {
                bestKl = kl;
                best = gamma;
            }
        }
        return best;
    }
}
