package memcim.bnn;

import memcim.device.FeasibleDomain;
import memcim.device.FeasiblePoint;

/**
 * Where each trained weight goes on the device: one scale γ (siemens per network unit) for the whole
 * network, chosen by {@link GammaSearch}, and per weight the feasible two-cell point nearest (in KL) to
 * N(γμ, γσ). The point carries the programming conditions of both cells (compliance of G⁺ and G⁻).
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
        for (int i = 0; i < points.length; i++) {
            mu[i] = points[i].muSiemens() / gammaSiemens;
            sigma[i] = points[i].sigmaSiemens() / gammaSiemens;
        }
        return new BayesianNetwork(shape, mu, sigma);
    }
}
