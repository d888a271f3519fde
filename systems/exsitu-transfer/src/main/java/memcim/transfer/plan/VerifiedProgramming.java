package memcim.transfer.plan;

import java.util.SplittableRandom;
import memcim.core.InputException;
import memcim.device.DeviceModel;

/**
 * The usual alternative to one SET: every cell programmed and verified to a target conductance — RESET + SET at the
 * compliance whose median is the target, repeated until the verify read lies within ±{@code windowSigmas}·σ(Icc) of
 * the target or the card's tries are spent ({@link DeviceModel#programAndVerifyCounted}). What it buys (a narrow
 * spread) and what it costs (tries) are both kept.
 *
 * @param siemens {@code [row][column]} the conductances programmed
 * @param tries   {@code [row][column]} the RESET + SET tries each cell took
 */
public record VerifiedProgramming(double[][] siemens, int[][] tries, double[][] complianceAmps) {
    public static final double DEFAULT_WINDOW_SIGMAS = 0.25;

    /** @param targetSiemens {@code [row][column]}, each within the medians one SET reaches */
    public static VerifiedProgramming program(DeviceModel device, double[][] targetSiemens, double windowSigmas, long seed) {
        if (!(windowSigmas > 0) || windowSigmas > 10)
            throw new InputException("--verify-window", "a window of 0 to 10 σ of one SET", String.valueOf(windowSigmas));
        SplittableRandom rng = new SplittableRandom(seed);
        int rows = targetSiemens.length;
        double[][] g = new double[rows][];
        double[][] icc = new double[rows][];
        int[][] tries = new int[rows][];
        int maxTries = device.card().programVerify().maxTries();
        for (int r = 0; r < rows; r++) {
            int cols = targetSiemens[r].length;
            g[r] = new double[cols];
            icc[r] = new double[cols];
            tries[r] = new int[cols];
            for (int c = 0; c < cols; c++) {
                double target = targetSiemens[r][c];
                icc[r][c] = device.complianceForMedian(target);
                double w = windowSigmas * device.sigmaSiemens(icc[r][c]);
                DeviceModel.Verified v = device.programAndVerifyCounted(target - w, target + w, icc[r][c], maxTries, rng);
                g[r][c] = v.siemens();
                tries[r][c] = v.tries();
            }
        }
        return new VerifiedProgramming(g, tries, icc);
    }

    public long totalTries() {
        long n = 0;
        for (int[] row : tries) for (int t : row) n += t;
        return n;
    }
}
