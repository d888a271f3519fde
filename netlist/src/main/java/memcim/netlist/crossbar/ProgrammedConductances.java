package memcim.netlist.crossbar;

import java.util.SplittableRandom;
import memcim.core.InputException;
import memcim.device.DeviceModel;
import memcim.device.ProgrammedCell;

/**
 * Conductance matrices from a device card's programming statistics: each cell gets one SET at a compliance
 * current, and its conductance is that SET's random draw. Same seed, same matrix.
 */
public final class ProgrammedConductances {
    private ProgrammedConductances() {}

    /** Compliance drawn log-uniformly over the card's measured range, then one SET per cell. */
    public static double[][] random(DeviceModel device, int rows, int cols, long seed) {
        ProgrammedCell[][] cells = randomCells(device, rows, cols, seed);
        double[][] g = new double[rows][cols];
        for (int i = 0; i < rows; i++) for (int j = 0; j < cols; j++) g[i][j] = cells[i][j].programmedSiemens();
        return g;
    }

    /**
     * {@link #random}'s cells (the same compliances and SET draws, so the same matrix at the card's measurement time)
     * drifted to {@code seconds} after programming by the card's drift law, each cell's drift coefficient drawn at
     * programming from a stream of its own: no read noise, deterministic.
     */
    public static double[][] drifted(DeviceModel device, int rows, int cols, long seed, double seconds) {
        ProgrammedCell[][] cells = randomCells(device, rows, cols, seed);
        double[][] g = new double[rows][cols];
        for (int i = 0; i < rows; i++) for (int j = 0; j < cols; j++) g[i][j] = device.conductanceAt(cells[i][j], seconds);
        return g;
    }

    /**
     * The cells of {@link #random}: a cell's SET draw comes from the same stream as the compliances, exactly as
     * {@link DeviceModel#programSet} draws it; its drift coefficient from a stream of its own, which leaves them alone.
     */
    private static ProgrammedCell[][] randomCells(DeviceModel device, int rows, int cols, long seed) {
        checkShape(rows, cols);
        SplittableRandom rng = new SplittableRandom(seed), coefficients = new SplittableRandom(seed).split();
        double lo = Math.log(device.minComplianceAmps());
        double hi = Math.log(device.maxComplianceAmps());
        ProgrammedCell[][] cells = new ProgrammedCell[rows][cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                double icc = Math.exp(lo + (hi - lo) * rng.nextDouble());
                cells[i][j] = device.program(icc, rng, coefficients);
            }
        }
        return cells;
    }

    /** One SET per cell at the given compliance currents (amperes, rows × cols). */
    public static double[][] program(DeviceModel device, double[][] complianceAmps, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] g = new double[complianceAmps.length][];
        for (int i = 0; i < g.length; i++) {
            g[i] = new double[complianceAmps[i].length];
            for (int j = 0; j < g[i].length; j++) g[i][j] = device.programSet(complianceAmps[i][j], rng);
        }
        return g;
    }

    private static void checkShape(int rows, int cols) {
        if (rows < 1 || cols < 1 || (long) rows * cols > 4_194_304) {
            throw new InputException("rows x cols", "1 x 1 up to 2048 x 2048 cells", rows + " x " + cols);
        }
    }
}
