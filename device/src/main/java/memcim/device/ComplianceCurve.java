package memcim.device;

import java.util.List;
import memcim.core.InputException;

/**
 * The programming stage of a compliance-limited cell, as measured: one SET at compliance current Icc gives a
 * Gaussian conductance N(median(Icc), σ(Icc)), both interpolated linearly in log(Icc) between a card's
 * {@code programmingPoints} (today's HfOx 1T1R law). Outside the measured range is an error rather than an
 * extrapolation: nothing was measured there. Immutable.
 */
public final class ComplianceCurve {
    private final double[] logIcc;
    private final double[] median;
    private final double[] sigma;
    private final double minComplianceAmps;
    private final double maxComplianceAmps;

    /** @param points at least two, compliance and median strictly increasing (as a validated card has them) */
    public ComplianceCurve(List<ProgrammingPoint> points) {
        int n = points.size();
        if (n < 2) throw new InputException("programmingPoints", "at least 2 points", n + " point(s)");
        logIcc = new double[n];
        median = new double[n];
        sigma = new double[n];
        for (int i = 0; i < n; i++) {
            logIcc[i] = Math.log(points.get(i).complianceAmps());
            median[i] = points.get(i).medianSiemens();
            sigma[i] = points.get(i).sigmaSiemens();
        }
        minComplianceAmps = points.get(0).complianceAmps();
        maxComplianceAmps = points.get(n - 1).complianceAmps();
    }

    public double minComplianceAmps() { return minComplianceAmps; }

    public double maxComplianceAmps() { return maxComplianceAmps; }

    /** Median conductance after one SET at this compliance. */
    public double medianSiemens(double complianceAmps) {
        return interpolate(median, complianceAmps);
    }

    /** Cycle-to-cycle standard deviation of the conductance after one SET at this compliance. */
    public double sigmaSiemens(double complianceAmps) {
        return interpolate(sigma, complianceAmps);
    }

    /** The compliance whose median is {@code medianSiemens} (inverse of {@link #medianSiemens}; medians increase). */
    public double complianceForMedian(double medianSiemens) {
        int n = median.length;
        if (!(medianSiemens >= median[0] && medianSiemens <= median[n - 1])) {
            throw new InputException("medianSiemens", "within the card's measured medians [" + median[0] + ", "
                    + median[n - 1] + "] S", String.valueOf(medianSiemens));
        }
        int k = segment(median, medianSiemens);
        double t = (medianSiemens - median[k]) / (median[k + 1] - median[k]);
        return Math.exp(logIcc[k] + t * (logIcc[k + 1] - logIcc[k]));
    }

    private double interpolate(double[] values, double complianceAmps) {
        double x = Math.log(complianceAmps);
        int n = logIcc.length;
        if (!(x >= logIcc[0] - 1e-12 && x <= logIcc[n - 1] + 1e-12)) {
            throw new InputException("complianceAmps", "within the card's measured range [" + minComplianceAmps()
                    + ", " + maxComplianceAmps() + "] A", String.valueOf(complianceAmps));
        }
        x = Math.min(logIcc[n - 1], Math.max(logIcc[0], x));
        int k = segment(logIcc, x);
        double t = (x - logIcc[k]) / (logIcc[k + 1] - logIcc[k]);
        return values[k] + t * (values[k + 1] - values[k]);
    }

    /** Index k of the segment [xs[k], xs[k+1]] holding x (xs increasing, x within range). */
    private static int segment(double[] xs, double x) {
        int lo = 0, hi = xs.length - 2;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (xs[mid] <= x) lo = mid; else hi = mid - 1;
        }
        return lo;
    }
}
