package memcim.transfer.plan;

import memcim.device.FeasibleDomain;
import memcim.device.FeasiblePoint;
import memcim.mapping.DifferentialPair;
import memcim.mapping.GammaSearch;
import memcim.transfer.mixture.GaussianMixture;

/**
 * How mixture components become one SET per cell of a differential pair: at scale γ, component N(μ, σ) goes to the
 * feasible pair point nearest N(γμ, γσ) under KL — the two compliance currents whose medians differ by γμ as
 * closely as the device allows, choosing among such pairs the one whose cycle-to-cycle spread √(σ⁺² + σ⁻²) best
 * gives γσ. γ is chosen as the reference chip chooses it ({@link GammaSearch}), each component's KL weighted by its
 * π: a larger γ makes the device's spread smaller in network units but pushes means past what the pair can reach.
 */
public record ComponentMapping(double scaleSiemens, FeasibleDomain domain) {

    /** γ by {@link GammaSearch} over all components of all weights. */
    public static ComponentMapping best(WeightMixtures m, FeasibleDomain domain) {
        Components c = Components.of(m);
        return new ComponentMapping(GammaSearch.best(c.mu, c.sigma, c.pi, domain), domain);
    }

    /** The pair point that programs a component N(μ, σ), network units. */
    public FeasiblePoint point(double mu, double sigma) {
        return domain.nearest(mu * scaleSiemens, Math.max(sigma * scaleSiemens, 1e-300));
    }

    /** Mean of the weight one SET per cell gives at this point, network units. */
    public double realisedMean(FeasiblePoint p) { return p.muSiemens() / scaleSiemens; }

    /** Its spread, network units. */
    public double realisedSigma(FeasiblePoint p) { return p.sigmaSiemens() / scaleSiemens; }

    /** Decodes read conductances, W = (G⁺ − G⁻)/γ. */
    public DifferentialPair converter() { return DifferentialPair.of(scaleSiemens); }

    /** Σ π-weighted KL (nats) of all components at this γ: what the choice of γ minimised. */
    public double divergence(WeightMixtures m) {
        Components c = Components.of(m);
        return GammaSearch.totalKl(c.mu, c.sigma, c.pi, scaleSiemens, domain);
    }

    /** All components of all weights, flat. */
    private record Components(double[] mu, double[] sigma, double[] pi) {
        static Components of(WeightMixtures m) {
            int n = 0;
            for (GaussianMixture g : m.mixtures()) n += g.components();
            double[] mu = new double[n], sigma = new double[n], pi = new double[n];
            int i = 0;
            for (GaussianMixture g : m.mixtures()) {
                for (int k = 0; k < g.components(); k++, i++) {
                    mu[i] = g.means()[k];
                    sigma[i] = g.sigmas()[k];
                    pi[i] = g.weights()[k];
                }
            }
            return new Components(mu, sigma, pi);
        }
    }
}
