package memcim.wpo;

import java.util.List;
import java.util.SplittableRandom;
import memcim.core.InputException;
import memcim.device.DeviceModel;
import memcim.device.ProgrammedCell;
import memcim.mapping.DriftCompensation;
import memcim.mapping.WeightConverter;

/**
 * The cost of a way of programming weights, with no inference in the loop (Mackin et al. 2022): the target weights are
 * programmed through a converter onto the device (programming error and drift coefficients drawn at programming),
 * read at every time t after the settling read at the card's t₀ (drifted to t₀ + t, read noise at that time), drift
 * compensated from a calibration read at t₀, and compared with the targets: per time the mean squared error normalised
 * by the largest |target|², and the cost their mean over the times.
 *
 * <p>Times count from the card's reference read t₀ (its {@code measurementSeconds}, where its programming statistics
 * hold), as aihwkit's {@code t_inference} does; the conductances are read at t₀ + t. The draws are common random
 * numbers: cell k of repetition r always takes the same generators, whatever the converter, so the cost is a
 * deterministic function of the converter and two converters are compared on the same noise.
 */
public final class WeightErrorCost {
    private final DeviceModel device;
    private final double[][] targets;
    private final double[] times;
    private final int repetitions;
    private final DriftCompensation compensation;
    private final long seed;
    private final double maxAbs;

    /**
     * @param targets      target weights of one layer, [rows][columns], network units (compensation is per column)
     * @param timesSeconds times after t₀, each &gt; 0
     * @param repetitions  programmings averaged, each with fresh programming, drift and read draws
     */
    public WeightErrorCost(DeviceModel device, double[][] targets, double[] timesSeconds, int repetitions,
                           DriftCompensation compensation, long seed) {
        if (targets.length == 0 || targets[0].length == 0) throw new InputException("target weights", "at least one", "none");
        if (timesSeconds.length == 0) throw new InputException("times", "at least one time", "none");
        for (double t : timesSeconds)
            if (!(t > 0) || Double.isInfinite(t)) throw new InputException("times", "finite times > 0 s", String.valueOf(t));
        if (repetitions < 1) throw new InputException("repetitions", ">= 1", String.valueOf(repetitions));
        double m = 0;
        for (double[] row : targets) {
            if (row.length != targets[0].length) throw new InputException("target weights", "rows of equal length", "ragged rows");
            for (double w : row) m = Math.max(m, Math.abs(w));
        }
        if (!(m > 0) || Double.isInfinite(m)) throw new InputException("target weights", "finite, not all zero", String.valueOf(m));
        this.device = device;
        this.targets = targets;
        this.times = timesSeconds.clone();
        this.repetitions = repetitions;
        this.compensation = compensation;
        this.seed = seed;
        this.maxAbs = m;
    }

    /** The largest |target|: what the errors are normalised by. */
    public double maxAbsWeight() { return maxAbs; }

    public double[] timesSeconds() { return times.clone(); }

    /** The normalised mean squared error at every time, averaged over the repetitions. */
    public double[] errorPerTime(WeightConverter converter) {
        int rows = targets.length, cols = targets[0].length, n = converter.cellsPerWeight();
        double t0 = device.card().measurementSeconds();
        double[] error = new double[times.length];
        double[][] reference = new double[rows][cols], read = new double[rows][cols];
        ProgrammedCell[] cells = new ProgrammedCell[rows * cols * n];
        double[] g = new double[n];
        for (int r = 0; r < repetitions; r++) {
            SplittableRandom base = new SplittableRandom(seed * 1_000_003L + r);
            SplittableRandom programming = base.split(), coefficients = base.split(), reads = base.split();
            for (int i = 0, k = 0; i < rows; i++) {
                for (int j = 0; j < cols; j++) {
                    double[] target = converter.encode(targets[i][j]);
                    for (int c = 0; c < n; c++, k++) {
                        cells[k] = device.programTarget(target[c], programming, coefficients);
                        g[c] = cells[k].programmedSiemens();
                    }
                    reference[i][j] = converter.decode(g, 0);
                }
            }
            for (int t = 0; t < times.length; t++) {
                for (int i = 0, k = 0; i < rows; i++) {
                    for (int j = 0; j < cols; j++) {
                        for (int c = 0; c < n; c++, k++) g[c] = device.readAt(cells[k], t0 + times[t], reads);
                        read[i][j] = converter.decode(g, 0);
                    }
                }
                double[][] w = compensation.apply(reference, read);
                double s = 0;
                for (int i = 0; i < rows; i++) {
                    for (int j = 0; j < cols; j++) {
                        double e = (w[i][j] - targets[i][j]) / maxAbs;
                        s += e * e;
                    }
                }
                error[t] += s / (rows * cols) / repetitions;
            }
        }
        return error;
    }

    /** The mean of {@link #errorPerTime} over the times: what the search minimises. */
    public double cost(WeightConverter converter) {
        double s = 0;
        for (double e : errorPerTime(converter)) s += e;
        return s / times.length;
    }

    /** The times of a list, in seconds. */
    public static double[] seconds(List<memcim.core.TimeSinceProgramming> times) {
        return times.stream().mapToDouble(memcim.core.TimeSinceProgramming::seconds).toArray();
    }
}
