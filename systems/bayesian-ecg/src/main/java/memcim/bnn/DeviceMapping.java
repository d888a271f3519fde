package memcim.bnn;

import memcim.device.CellTarget;
import memcim.device.FeasibleDomain;
import memcim.device.FeasiblePoint;
import memcim.mapping.DifferentialPair;
import memcim.mapping.GammaSearch;
import memcim.mapping.ProgrammingPlan;
import memcim.networks.NetworkShape;

/**
 * Where each trained weight goes on the device: one scale γ (siemens per network unit) for the whole
 * network, chosen by {@link GammaSearch}, and per weight the feasible two-cell point nearest (in KL) to
 * N(γμ, γσ). The point carries the programming conditions of both cells (compliance of G⁺ and G⁻). The cells of a
 * weight read back through {@link #converter()}, a {@link DifferentialPair} of scale γ; {@link #plan} is what every
 * cell of M samples is programmed to.
 */
public record DeviceMapping(double gammaSiemens, FeasiblePoint[] points) {
    public static DeviceMapping map(BayesianNetwork net, FeasibleDomain domain) {
        double gamma = GammaSearch.best(net.mu(), net.sigma(), domain);
        return map(net, domain, gamma);
    }

    public static DeviceMapping map(BayesianNetwork net, FeasibleDomain domain, double gamma) {
        FeasiblePoint[] p = new FeasiblePoint[net.mu().length];
        for (int i = 0; i < p.length; i++)
            p[i] = domain.nearest(net.mu()[i] * gamma, Math.max(net.sigma()[i] * gamma, 0));
        return new DeviceMapping(gamma, p);
    }

    /** The reference chip's converter: W = (G⁺ − G⁻)/γ. */
    public DifferentialPair converter() {
        return DifferentialPair.of(gammaSiemens);
    }

    /**
     * The programming plan of {@code samples} network samples: every sample's cells one SET each at the compliances of
     * its weight's feasible point, G⁺ then G⁻ (the variability of the SET is the sampler).
     */
    public ProgrammingPlan plan(int samples) {
        CellTarget[][] perWeight = new CellTarget[points.length][];
        for (int i = 0; i < points.length; i++) perWeight[i] = DifferentialPair.compliances(points[i]);
        return ProgrammingPlan.sameEverySample(converter(), samples, perWeight);
    }

    /** Σ KL[N(γμ, γσ) ‖ N(p.μ, p.σ)] over weights: how far the device is from the trained posterior. */
    public double totalKl(BayesianNetwork net) {
        double sum = 0;
        for (int i = 0; i < points.length; i++) {
            double m = net.mu()[i] * gammaSiemens, s = Math.max(net.sigma()[i] * gammaSiemens, 1e-300);
            sum += GaussianKl.between(m, s, points[i].muSiemens(), points[i].sigmaSiemens());
        }
        return sum;
    }

    /** The Gaussians the device realises, in network units: a BNN whose samples the chip draws. */
    public BayesianNetwork asNetwork(NetworkShape shape) {
        double[] mu = new double[points.length], sigma = new double[points.length];
        DifferentialPair pair = converter();
        for (int i = 0; i < points.length; i++) {
            mu[i] = pair.decode(points[i].muSiemens(), 0);
            sigma[i] = points[i].sigmaSiemens() / gammaSiemens;
        }
        return new BayesianNetwork(shape, mu, sigma);
    }
}
