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
 * cell of M samples is programmed to. An ensemble ({@link BayesianEnsemble}) maps every member at one γ (searched over
 * all members' weights: one ADC scale and one datapath serve every sample), {@code members[k]} the points of member k;
 * sample s of the chip is programmed from member s mod K.
 */
public record DeviceMapping(double gammaSiemens, FeasiblePoint[][] members) {
    public DeviceMapping {
        if (members.length == 0) throw new IllegalArgumentException("a mapping needs a member");
    }

    /** A single network's mapping. */
    public DeviceMapping(double gammaSiemens, FeasiblePoint[] points) {
        this(gammaSiemens, new FeasiblePoint[][] {points});
    }

    public static DeviceMapping map(BayesianNetwork net, FeasibleDomain domain) {
        return map(BayesianEnsemble.of(net), domain);
    }

    public static DeviceMapping map(BayesianEnsemble net, FeasibleDomain domain) {
        return map(net, domain, GammaSearch.best(net.pooledMu(), net.pooledSigma(), domain));
    }

    public static DeviceMapping map(BayesianNetwork net, FeasibleDomain domain, double gamma) {
        return map(BayesianEnsemble.of(net), domain, gamma);
    }

    public static DeviceMapping map(BayesianEnsemble net, FeasibleDomain domain, double gamma) {
        FeasiblePoint[][] m = new FeasiblePoint[net.size()][];
        for (int k = 0; k < m.length; k++) {
            BayesianNetwork member = net.member(k);
            FeasiblePoint[] p = new FeasiblePoint[member.mu().length];
            for (int i = 0; i < p.length; i++)
                p[i] = domain.nearest(member.mu()[i] * gamma, Math.max(member.sigma()[i] * gamma, 0));
            m[k] = p;
        }
        return new DeviceMapping(gamma, m);
    }

    /** The first member's points (the only member's for a single network). */
    public FeasiblePoint[] points() { return members[0]; }

    /** The reference chip's converter: W = (G⁺ − G⁻)/γ. */
    public DifferentialPair converter() {
        return DifferentialPair.of(gammaSiemens);
    }

    /**
     * The programming plan of {@code samples} network samples: every sample's cells one SET each at the compliances of
     * its weight's feasible point, G⁺ then G⁻ (the variability of the SET is the sampler).
     */
    public ProgrammingPlan plan(int samples) {
        if (members.length == 1) return ProgrammingPlan.sameEverySample(converter(), samples, compliances(members[0]));
        if (samples < 1) throw new memcim.core.InputException("programming plan samples", ">= 1", String.valueOf(samples));
        CellTarget[][] cells = new CellTarget[samples][];
        for (int s = 0; s < samples; s++) {
            CellTarget[][] perWeight = compliances(members[s % members.length]);
            int n = perWeight[0].length;
            cells[s] = new CellTarget[perWeight.length * n];
            for (int i = 0; i < perWeight.length; i++) System.arraycopy(perWeight[i], 0, cells[s], i * n, n);
        }
        return ProgrammingPlan.of(converter(), cells);
    }

    private static CellTarget[][] compliances(FeasiblePoint[] points) {
        CellTarget[][] perWeight = new CellTarget[points.length][];
        for (int i = 0; i < points.length; i++) perWeight[i] = DifferentialPair.compliances(points[i]);
        return perWeight;
    }

    /** Σ KL[N(γμ, γσ) ‖ N(p.μ, p.σ)] over weights (and members): how far the device is from the trained posterior. */
    public double totalKl(BayesianNetwork net) {
        return totalKl(BayesianEnsemble.of(net));
    }

    public double totalKl(BayesianEnsemble net) {
        double sum = 0;
        for (int k = 0; k < members.length; k++) {
            FeasiblePoint[] points = members[k];
            BayesianNetwork member = net.member(k);
            for (int i = 0; i < points.length; i++) {
                double m = member.mu()[i] * gammaSiemens, s = Math.max(member.sigma()[i] * gammaSiemens, 1e-300);
                sum += GaussianKl.between(m, s, points[i].muSiemens(), points[i].sigmaSiemens());
            }
        }
        return sum;
    }

    /** The Gaussians the device realises, in network units: a BNN whose samples the chip draws. */
    public BayesianNetwork asNetwork(NetworkShape shape) {
        FeasiblePoint[] points = members[0];
        double[] mu = new double[points.length], sigma = new double[points.length];
        DifferentialPair pair = converter();
        for (int i = 0; i < points.length; i++) {
            mu[i] = pair.decode(points[i].muSiemens(), 0);
            sigma[i] = points[i].sigmaSiemens() / gammaSiemens;
        }
        return new BayesianNetwork(shape, mu, sigma);
    }
}
