package memcim.bnn;

/** KL[N(μ, σ²) ‖ N(0, σp²)] in closed form, and its derivatives (Blundell et al. 2015, Gaussian prior). */
public final class GaussianKl {
    private GaussianKl() {}

    public static double value(double mu, double sigma, double priorSigma) {
        return Math.log(priorSigma / sigma) + (sigma * sigma + mu * mu) / (2 * priorSigma * priorSigma) - 0.5;
    }

    public static double dMu(double mu, double priorSigma) {
        return mu / (priorSigma * priorSigma);
    }

    public static double dSigma(double sigma, double priorSigma) {
        return -1 / sigma + sigma / (priorSigma * priorSigma);
    }

    /** KL[N(μ1, σ1²) ‖ N(μ2, σ2²)], the metric of the mapping onto feasible device points. */
    public static double between(double mu1, double sigma1, double mu2, double sigma2) {
        return memcim.device.FeasibleDomain.kl(mu1, sigma1, mu2, sigma2);
    }
}
