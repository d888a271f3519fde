package memcim.device;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import memcim.core.InputException;

/**
 * A finite set of feasible (μ, σ) points with fast exact nearest-point queries. Points are sorted by μ; a query
 * walks outwards from its μ and stops as soon as no farther point can beat the best found, using a lower bound of
 * the metric that grows with |Δμ| (see {@link #nearest}). Immutable and thread-safe.
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
    }

    /** All points, sorted by μ (then σ). */
    public List<FeasiblePoint> points() {
        return points;
    }

    /** KL(N(μ, σ) ‖ N(p.μ, p.σ)) in nats. */
    public static double kl(double muSiemens, double sigmaSiemens, FeasiblePoint p) {
        double d = muSiemens - p.muSiemens();
        double ps = p.sigmaSiemens();
        return Math.log(ps / sigmaSiemens) + (sigmaSiemens * sigmaSiemens + d * d) / (2 * ps * ps) - 0.5;
    }

    /**
     * The point minimising KL(N(μ, σ) ‖ N(p.μ, p.σ)). Exact (same minimum as {@link #nearestBruteForce}). σ may be 0
     * (a deterministic weight): the KL is then infinite for every point but its minimiser is still defined.
     */
    public FeasiblePoint nearest(double muSiemens, double sigmaSiemens) {
        check(muSiemens, sigmaSiemens);
        final double a0 = sigmaSiemens * sigmaSiemens;
        final double logMin = Math.log(sigmaMin), logMax = Math.log(sigmaMax);
        return search(muSiemens, (i, d) -> logSigma[i] + (a0 + d * d) * halfInvVar[i], best -> {
            // The cost of any point at distance |Δμ| = d is at least min over σp in [σmin, σmax] of
            // ln σp + A/(2σp²), A = σ² + d², which grows with A (minimiser σp = √A, clamped). Inverting that bound
            // at the best cost so far gives the largest A, hence d², where a point could still win.
            double a = Math.exp(2 * best - 1);
            if (a < sigmaMin * sigmaMin) a = 2 * sigmaMin * sigmaMin * (best - logMin);
            else if (a > sigmaMax * sigmaMax) a = 2 * sigmaMax * sigmaMax * (best - logMax);
            return (a - a0) + 1e-12 * a; // margin: the subtraction may cancel
        });
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
        int right = lowerBound(m);
        int left = right - 1;
        int best = -1;
        double bestCost = Double.POSITIVE_INFINITY;
        double reach = Double.POSITIVE_INFINITY;
        while (left >= 0 || right < mu.length) {
            double dl = left >= 0 ? m - mu[left] : Double.POSITIVE_INFINITY;
            double dr = right < mu.length ? mu[right] - m : Double.POSITIVE_INFINITY;
            int i;
            double d;
            if (dl <= dr) { i = left--; d = dl; } else { i = right++; d = dr; }
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

    private int lowerBound(double m) {
        int lo = 0, hi = mu.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (mu[mid] < m) lo = mid + 1; else hi = mid;
        }
        return lo;
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
