package memcim.device;

import java.util.List;
import java.util.random.RandomGenerator;
import memcim.core.InputException;

/**
 * The statistics of one card: median and spread of a SET at any compliance current (interpolated linearly in
 * log(Icc) between measured points), programming draws, program-and-verify, drift and read noise. Every draw takes
 * the caller's generator, so the same seed gives the same conductances. Thread-safe (immutable).
 */
public final class DeviceModel {
    private final DeviceCard card;
    private final double[] logIcc;
    private final double[] median;
    private final double[] sigma;

    public DeviceModel(DeviceCard card) {
        CardValidator.check(card, card.name());
        this.card = card;
        List<ProgrammingPoint> pts = card.programmingPoints();
        int n = pts.size();
        logIcc = new double[n];
        median = new double[n];
        sigma = new double[n];
        for (int i = 0; i < n; i++) {
            logIcc[i] = Math.log(pts.get(i).complianceAmps());
            median[i] = pts.get(i).medianSiemens();
            sigma[i] = pts.get(i).sigmaSiemens();
        }
    }

    public DeviceCard card() { return card; }

    public double minComplianceAmps() { return card.minComplianceAmps(); }

    public double maxComplianceAmps() { return card.maxComplianceAmps(); }

    /** Median conductance after one SET at this compliance (measured at the card's measurement time). */
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

    /** One SET at this compliance: a Gaussian draw, held within the card's [off, on] conductance range. */
    public double programSet(double complianceAmps, RandomGenerator rng) {
        double g = medianSiemens(complianceAmps) + sigmaSiemens(complianceAmps) * rng.nextGaussian();
        return clamp(g);
    }

    /**
     * Program-and-verify: RESET + SET at this compliance, repeated until the verify read lies in
     * [lowSiemens, highSiemens] or {@code maxTries} tries are spent (then the last draw stays); the accepted value then
     * relaxes until the measurement time by a Gaussian step of the card's fraction of σ(Icc).
     */
    public double programAndVerify(double lowSiemens, double highSiemens, double complianceAmps, int maxTries,
                                   RandomGenerator rng) {
        if (!(highSiemens > lowSiemens)) {
            throw new InputException("programAndVerify window", "highSiemens > lowSiemens", lowSiemens + " .. " + highSiemens);
        }
        if (maxTries < 1) throw new InputException("programAndVerify maxTries", ">= 1", String.valueOf(maxTries));
        double g = 0;
        for (int t = 0; t < maxTries; t++) {
            g = programSet(complianceAmps, rng);
            if (g >= lowSiemens && g <= highSiemens) break;
        }
        double relax = card.programVerify().relaxationSigmaFraction() * sigmaSiemens(complianceAmps);
        return clamp(g + relax * rng.nextGaussian());
    }

    /** Program-and-verify with the card's default number of tries. */
    public double programAndVerify(double lowSiemens, double highSiemens, double complianceAmps, RandomGenerator rng) {
        return programAndVerify(lowSiemens, highSiemens, complianceAmps, card.programVerify().maxTries(), rng);
    }

    /**
     * The conductance {@code seconds} after programming of a cell that read {@code g0} at the card's measurement
     * time, following the card's drift law with an exponent drawn for this cell. Never below 0.
     */
    public double drift(double g0, double seconds, RandomGenerator rng) {
        if (!(seconds > 0) || Double.isInfinite(seconds)) {
            throw new InputException("drift seconds", "a finite time > 0 s after programming", String.valueOf(seconds));
        }
        DriftSpec d = card.drift();
        double ratio = seconds / card.measurementSeconds();
        switch (d.law()) {
            case DriftSpec.POWER: {
                double nu = d.nuMean() + d.nuSigma() * rng.nextGaussian();
                return g0 * Math.pow(ratio, -nu);
            }
            case DriftSpec.DECADE: {
                double nu = d.nuMean() + d.nuSigma() * rng.nextGaussian();
                return Math.max(0, g0 * (1 - nu * Math.log10(ratio)));
            }
            default:
                return g0;
        }
    }

    /** One read of a cell of conductance g: relative and absolute Gaussian read noise. */
    public double read(double g, RandomGenerator rng) {
        ReadNoiseSpec r = card.readNoise();
        return g * (1 + r.relativeSigma() * rng.nextGaussian()) + r.absoluteSigmaSiemens() * rng.nextGaussian();
    }

    private double clamp(double g) {
        return Math.min(card.onSiemens(), Math.max(card.offSiemens(), g));
    }

    private double interpolate(double[] values, double complianceAmps) {
        double x = Math.log(complianceAmps);
        int n = logIcc.length;
        if (!(x >= logIcc[0] - 1e-12 && x <= logIcc[n - 1] + 1e-12)) {
            throw new InputException("complianceAmps", "within the card's measured range [" + card.minComplianceAmps()
                    + ", " + card.maxComplianceAmps() + "] A", String.valueOf(complianceAmps));
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
