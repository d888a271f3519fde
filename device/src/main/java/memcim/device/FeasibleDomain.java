package memcim.device;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import memcim.core.InputException;

/**
 * A finite set of feasible (μ, σ) points with fast exact nearest-point queries: under the KL metric through a
 * σ-binned index ({@link KlIndex}); in the Euclidean plane by walking outwards from the query's μ over the points
 * sorted by μ, stopping once |Δμ| alone loses. Immutable and thread-safe.
 */
public class FeasibleDomain {
    private final List<FeasiblePoint> points;
    private final double[] mu;
    private final double[] sigma;
    /** ln σ and 1/(2σ²) per point, so a query evaluates the KL without a logarithm or a division. */
    private final double[] logSigma;
    private final double[] halfInvVar;
    private final double sigmaMin;
    private final double sigmaMax;
    private final KlIndex klIndex;

    FeasibleDomain(List<FeasiblePoint> unsorted) {
        if (unsorted.isEmpty()) throw new IllegalArgumentException("empty domain");
        FeasiblePoint[] sorted = unsorted.toArray(new FeasiblePoint[0]);
        Arrays.sort(sorted, Comparator.comparingDouble(FeasiblePoint::muSiemens)
                .thenComparingDouble(FeasiblePoint::sigmaSiemens)
                .thenComparingDouble(FeasiblePoint::complianceAmpsPlus)
                .thenComparingDouble(FeasiblePoint::complianceAmpsMinus));
        points = List.of(sorted);
        mu = new double[sorted.length];
        sigma = new double[sorted.length];
        logSigma = new double[sorted.length];
        halfInvVar = new double[sorted.length];
        double lo = Double.POSITIVE_INFINITY, hi = 0;
        for (int i = 0; i < sorted.length; i++) {
            mu[i] = sorted[i].muSiemens();
            sigma[i] = sorted[i].sigmaSiemens();
            logSigma[i] = Math.log(sigma[i]);
            halfInvVar[i] = 1 / (2 * sigma[i] * sigma[i]);
            lo = Math.min(lo, sigma[i]);
            hi = Math.max(hi, sigma[i]);
        }
        sigmaMin = lo;
        sigmaMax = hi;
        klIndex = new KlIndex(mu, sigma);
    }

    /** All points, sorted by μ (then σ). */
    public List<FeasiblePoint> points() {
        return points;
    }

    /** KL(N(μ, σ) ‖ N(p.μ, p.σ)) in nats. */
    public static double kl(double muSiemens, double sigmaSiemens, FeasiblePoint p) {
        return kl(muSiemens, sigmaSiemens, p.muSiemens(), p.sigmaSiemens());
    }

    /** KL(N(μ1, σ1) ‖ N(μ2, σ2)) in nats, closed form: the metric every mapping onto a device minimises. */
    public static double kl(double mu1, double sigma1, double mu2, double sigma2) {
        double d = mu1 - mu2;
        return Math.log(sigma2 / sigma1) + (sigma1 * sigma1 + d * d) / (2 * sigma2 * sigma2) - 0.5;
    }

    /**
     * The point minimising KL(N(μ, σ) ‖ N(p.μ, p.σ)). Exact (same minimum as {@link #nearestBruteForce}). σ may be 0
     * (a deterministic weight): the KL is then infinite for every point but its minimiser is still defined.
     */
    public FeasiblePoint nearest(double muSiemens, double sigmaSiemens) {
        check(muSiemens, sigmaSiemens);
        return points.get(klIndex.nearest(muSiemens, sigmaSiemens));
    }

    /** The point nearest in the plain Euclidean sense, ‖(μ, σ) − (p.μ, p.σ)‖ (for the technological loss). */
    public FeasiblePoint nearestEuclidean(double muSiemens, double sigmaSiemens) {
        check(muSiemens, sigmaSiemens);
        double e = sigmaSiemens < sigmaMin ? sigmaMin - sigmaSiemens : sigmaSiemens > sigmaMax ? sigmaSiemens - sigmaMax : 0;
        return search(muSiemens, (i, d) -> {
            double es = sigmaSiemens - sigma[i];
            return d * d + es * es;
        }, best -> (best - e * e) + 1e-12 * best);
    }

    /** Reference implementation of {@link #nearest}: every point tried (for tests and benchmarks). */
    public FeasiblePoint nearestBruteForce(double muSiemens, double sigmaSiemens) {
        check(muSiemens, sigmaSiemens);
        FeasiblePoint best = null;
        double bestCost = Double.POSITIVE_INFINITY;
        for (int i = 0; i < mu.length; i++) {
            double d = muSiemens - mu[i];
            double c = logSigma[i] + (sigmaSiemens * sigmaSiemens + d * d) * halfInvVar[i];
            if (c < bestCost) {
                bestCost = c;
                best = points.get(i);
            }
        }
        return best;
    }

    private interface Cost {
        double at(int index, double deltaMu);
    }

    /** The largest Δμ² at which a point could still cost less than {@code bestCost}. */
    private interface Bound {
        double reachSquared(double bestCost);
    }

    /** Walks outwards from μ in order of growing |Δμ|; stops at the first |Δμ| beyond the bound's reach. */
    private FeasiblePoint search(double m, Cost cost, Bound bound) {
        int best = -1;
        double bestCost = Double.POSITIVE_INFINITY;
        double reach = Double.POSITIVE_INFINITY;
        OutwardWalk walk = new OutwardWalk(mu, m);
        while (walk.hasNext()) {
            int i = walk.next();
            double d = walk.distance();
            if (d * d > reach) break;
            double c = cost.at(i, d);
            if (c < bestCost) {
                bestCost = c;
                best = i;
                reach = bound.reachSquared(c);
            }
        }
        return points.get(best);
    }

    private static void check(double m, double s) {
        if (!Double.isFinite(m)) throw new InputException("muSiemens", "a finite number", String.valueOf(m));
        if (!(s >= 0) || Double.isInfinite(s)) throw new InputException("sigmaSiemens", "a finite number >= 0", String.valueOf(s));
    }

    /** n compliance currents from the card's lowest to its highest, evenly spaced in log(Icc). */
    static double[] conditions(DeviceModel dev, int n) {
        if (n < 2) throw new InputException("conditionsPerCell", ">= 2", String.valueOf(n));
        double lo = Math.log(dev.minComplianceAmps()), hi = Math.log(dev.maxComplianceAmps());
        double[] out = new double[n];
        for (int k = 0; k < n; k++) out[k] = k == n - 1 ? dev.maxComplianceAmps() : k == 0 ? dev.minComplianceAmps()
                : Math.exp(lo + (hi - lo) * k / (n - 1));
        return out;
    }
}
