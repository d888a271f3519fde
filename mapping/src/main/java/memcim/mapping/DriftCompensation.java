package memcim.mapping;

/**
 * Drift compensation as a chip does it after programming: a calibration read of the array (the identity input, so the
 * outputs are the effective weights) at the reference time and again at the read time, and the outputs scaled by
 * α = mean |W(t_ref)| / mean |W(t)|: one α for the whole layer ({@link #GLOBAL}) or one per output column
 * ({@link #COLUMN}). A uniform drift of every conductance by the same factor is undone exactly; drift that differs from
 * cell to cell leaves what a single factor cannot reach.
 */
public enum DriftCompensation {
    /** The weights as read. */
    NONE,
    /** One factor for the layer. */
    GLOBAL,
    /** One factor per output column. */
    COLUMN;

    /**
     * The compensated weights: {@code drifted} ([rows][outputs], read at t) scaled by the factors that bring its mean
     * |W| back to {@code reference}'s (the same layer read at the reference time). A column (or layer) that reads all
     * zeros at t is left as read.
     */
    public double[][] apply(double[][] reference, double[][] drifted) {
        int rows = drifted.length, cols = rows == 0 ? 0 : drifted[0].length;
        if (reference.length != rows || (rows > 0 && reference[0].length != cols))
            throw new IllegalArgumentException("reference and drifted reads differ in shape");
        double[] alpha = new double[cols];
        java.util.Arrays.fill(alpha, 1);
        if (this == GLOBAL) java.util.Arrays.fill(alpha, factor(reference, drifted, 0, cols));
        if (this == COLUMN) for (int j = 0; j < cols; j++) alpha[j] = factor(reference, drifted, j, j + 1);
        double[][] out = new double[rows][cols];
        for (int i = 0; i < rows; i++) for (int j = 0; j < cols; j++) out[i][j] = alpha[j] * drifted[i][j];
        return out;
    }

    private static double factor(double[][] reference, double[][] drifted, int from, int to) {
        double ref = 0, now = 0;
        for (int i = 0; i < drifted.length; i++) {
            for (int j = from; j < to; j++) {
                ref += Math.abs(reference[i][j]);
                now += Math.abs(drifted[i][j]);
            }
        }
        return now > 0 ? ref / now : 1;
    }
}
