package memcim.bnn;

import memcim.device.FeasibleDomain;
import memcim.device.FeasiblePoint;

/**
 * The technological loss of Bonnet et al. (2023): −log U_Γ(θ) with U_Γ(θ) = tanh(β·f(θ)),
 * f(θ) = 1/(δ√(2π))·exp(−‖θ − θ_exp‖²/(2δ²)), where θ = (μ, σ) of one weight in network units and
 * θ_exp is the nearest point of the device's feasible domain Γ scaled by 1/γ. Summed over weights it
 * is zero (to double precision) on feasible points and grows like ‖θ − θ_exp‖²/(2δ²) far from them.
 * θ_exp is held constant when differentiating (it moves only when another point becomes the nearest).
 *
 * <p>The unit of ‖θ − θ_exp‖ decides what δ means. The loss is flat (≈ 0) up to about 2.3δ from θ_exp, so in
 * network units, whose scale is arbitrary (set by the hidden step and γ), δ = 0.1 can be as wide as the
 * device's whole σ range: trained σ then sat up to 0.23 units below the device's σ floor (0.37 units) and the
 * device-drawn network was far noisier than the trained one. {@link #inDeviceSigmaUnits} measures the distance
 * in units of the smallest σ the domain realises (σ_floor/γ in network units), so δ = 0.1 means a tenth of the
 * device's σ floor on any card, at any γ and hidden step.
 */
public final class TechnologicalLoss {
    private final FeasibleDomain domain;
    private final double delta;
    private final double beta;
    private final double logPeak;   // log(β/(δ√(2π)))
    /** Unit of ‖θ − θ_exp‖ in siemens; 0 = network units. */
    private final double unitSiemens;

    /** Distances in network units. */
    public TechnologicalLoss(FeasibleDomain domain, double delta, double beta) {
        this(domain, delta, beta, 0);
    }

    /** Distances in units of {@code unitSiemens} (0 = network units). */
    public TechnologicalLoss(FeasibleDomain domain, double delta, double beta, double unitSiemens) {
        if (!(unitSiemens >= 0) || Double.isInfinite(unitSiemens))
            throw new IllegalArgumentException("unitSiemens must be finite and >= 0: " + unitSiemens);
        this.unitSiemens = unitSiemens;
        this.domain = domain;
        this.delta = delta;
        this.beta = beta;
        this.logPeak = Math.log(beta / (delta * Math.sqrt(2 * Math.PI)));
    }

    /** Distances in units of the smallest σ of the domain (the default of training, see the class comment). */
    public static TechnologicalLoss inDeviceSigmaUnits(FeasibleDomain domain, double delta, double beta) {
        return new TechnologicalLoss(domain, delta, beta, smallestSigmaSiemens(domain));
    }

    public static double smallestSigmaSiemens(FeasibleDomain domain) {
        double min = Double.POSITIVE_INFINITY;
        for (FeasiblePoint p : domain.points()) min = Math.min(min, p.sigmaSiemens());
        return min;
    }

    /** Unit of ‖θ − θ_exp‖ in siemens; 0 = network units. */
    public double unitSiemens() { return unitSiemens; }

    public double delta() { return delta; }
    public double beta() { return beta; }
    public FeasibleDomain domain() { return domain; }

    /** −log tanh(β f) for a squared distance ‖θ − θ_exp‖² (in the loss's unit). */
    public double ofSquaredDistance(double d2) {
        double logX = logPeak - d2 / (2 * delta * delta);
        if (logX < -20) return -logX;             // tanh x = x to double precision
        double t = Math.tanh(Math.exp(logX));
        return t >= 1 ? 0 : -Math.log(t);
    }

    /** d(−log tanh(β f))/d(‖θ − θ_exp‖²). */
    double slope(double d2) {
        double logX = logPeak - d2 / (2 * delta * delta);
        if (logX < -20) return 1 / (2 * delta * delta);
        double x = Math.exp(logX), t = Math.tanh(x);
        return (1 - t * t) * x / (t * 2 * delta * delta);
    }

    /** The nearest feasible point of Γ/γ to (μ, σ), in network units: {μ_exp, σ_exp}. */
    public double[] target(double mu, double sigma, double gamma) {
        FeasiblePoint p = domain.nearestEuclidean(mu * gamma, sigma * gamma);
        return new double[] {p.muSiemens() / gamma, p.sigmaSiemens() / gamma};
    }

    /**
     * Sum of the loss over all weights; adds {@code scale}·∂/∂μ and {@code scale}·∂/∂σ to {@code gMu}, {@code gSigma}
     * (either may be null to get the value only).
     */
    public double accumulate(double[] mu, double[] sigma, double gamma, double[] gMu, double[] gSigma, double scale) {
        double[] values = new double[mu.length];
        double unit = unitSiemens > 0 ? unitSiemens / gamma : 1, inv = 1 / (unit * unit);   // in network units
        // the nearest-point searches dominate a training step: weights are independent, so they are split
        // over the cores; each writes only its own slots and the sum is taken in order (same bits every run)
        java.util.stream.IntStream.range(0, (mu.length + CHUNK - 1) / CHUNK).parallel().forEach(c -> {
            for (int i = c * CHUNK; i < Math.min(mu.length, (c + 1) * CHUNK); i++) {
                FeasiblePoint p = domain.nearestEuclidean(mu[i] * gamma, sigma[i] * gamma);
                double dm = mu[i] - p.muSiemens() / gamma, ds = sigma[i] - p.sigmaSiemens() / gamma;
                double d2 = (dm * dm + ds * ds) * inv;
                values[i] = ofSquaredDistance(d2);
                if (gMu != null) {
                    double s = 2 * slope(d2) * inv * scale;
                    gMu[i] += s * dm;
                    gSigma[i] += s * ds;
                }
            }
        });
        double total = 0;
        for (double v : values) total += v;
        return total;
    }

    private static final int CHUNK = 128;
}
