package memcim.transfer.posterior;

import java.util.Arrays;

/** Order statistics of a diagnostic over weights or grid points (NaN-free input; R̂ may be +∞). */
final class Summary {
    private Summary() {}

    static double min(double[] x) { return sorted(x)[0]; }

    static double max(double[] x) { return sorted(x)[x.length - 1]; }

    static double median(double[] x) { return quantile(x, 0.5); }

    /** The q-quantile as the nearest rank: the smallest value with at least q of the values at or below it. */
    static double quantile(double[] x, double q) {
        double[] s = sorted(x);
        int rank = (int) Math.ceil(q * s.length);
        return s[Math.max(0, Math.min(s.length - 1, rank - 1))];
    }

    private static double[] sorted(double[] x) {
        if (x.length == 0) throw new IllegalArgumentException("no values");
        double[] s = x.clone();
        Arrays.sort(s);
        return s;
    }
}
