package memcim.device;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import memcim.core.InputException;

/**
 * An array of programmed cells that lives in time: programmed once, then read at any time since programming.
 * Conductances and drift coefficients come from two streams of the one seed, so that adding drift leaves the
 * conductances exactly those of {@link DeviceModel#programSet} called cell by cell, row by row, on
 * {@code new SplittableRandom(seed)} (what the rest of memcim draws today). Immutable.
 */
public final class ProgrammedArray {
    private final DeviceModel device;
    private final ProgrammedCell[][] cells;

    private ProgrammedArray(DeviceModel device, ProgrammedCell[][] cells) {
        this.device = device;
        this.cells = cells;
    }

    /** One SET per cell at the given compliance currents (amperes, rows × cols). */
    public static ProgrammedArray programCompliance(DeviceModel device, double[][] complianceAmps, long seed) {
        return program(device, complianceAmps, seed, false);
    }

    /** Each cell programmed to a target conductance (siemens, rows × cols) with the card's programming law. */
    public static ProgrammedArray programTargets(DeviceModel device, double[][] targetSiemens, long seed) {
        return program(device, targetSiemens, seed, true);
    }

    /**
     * One SET per cell, the conductances drawn from {@code conductances} row by row and the drift coefficients from
     * {@code coefficients}: for arrays programmed one after another from the same streams (the samples and layers
     * of a network).
     */
    public static ProgrammedArray programCompliance(DeviceModel device, double[][] complianceAmps,
                                                    RandomGenerator conductances, RandomGenerator coefficients) {
        return program(device, complianceAmps, conductances, coefficients, false);
    }

    /**
     * Each cell programmed as its {@link CellTarget} says (a compliance current or a target conductance, rows × cols),
     * conductances drawn from {@code conductances} row by row and drift coefficients from {@code coefficients}: a row of
     * compliances gives exactly {@link #programCompliance(DeviceModel, double[][], RandomGenerator, RandomGenerator)}.
     */
    public static ProgrammedArray program(DeviceModel device, CellTarget[][] targets, RandomGenerator conductances,
                                          RandomGenerator coefficients) {
        ProgrammedCell[][] cells = new ProgrammedCell[targets.length][];
        int cols = targets.length == 0 ? 0 : targets[0].length;
        for (int i = 0; i < targets.length; i++) {
            checkRow(i, cols, targets[i].length);
            cells[i] = new ProgrammedCell[cols];
            for (int j = 0; j < cols; j++) cells[i][j] = device.program(targets[i][j], conductances, coefficients);
        }
        return new ProgrammedArray(device, cells);
    }

    /** As {@link #program(DeviceModel, CellTarget[][], RandomGenerator, RandomGenerator)}, both streams from one seed. */
    public static ProgrammedArray program(DeviceModel device, CellTarget[][] targets, long seed) {
        return program(device, targets, new SplittableRandom(seed), new SplittableRandom(seed).split());
    }

    private static ProgrammedArray program(DeviceModel device, double[][] values, long seed, boolean targets) {
        // a second instance split off: its own stream, and the first one's draws are untouched by it
        return program(device, values, new SplittableRandom(seed), new SplittableRandom(seed).split(), targets);
    }

    private static ProgrammedArray program(DeviceModel device, double[][] values, RandomGenerator conductances,
                                           RandomGenerator coefficients, boolean targets) {
        CellTarget[][] t = new CellTarget[values.length][];
        for (int i = 0; i < values.length; i++) {
            t[i] = new CellTarget[values[i].length];
            for (int j = 0; j < t[i].length; j++)
                t[i][j] = targets ? CellTarget.conductance(values[i][j]) : CellTarget.compliance(values[i][j]);
        }
        return program(device, t, conductances, coefficients);
    }

    private static void checkRow(int row, int cols, int found) {
        if (found != cols) throw new InputException("programmed array row " + row, cols + " cells like row 0", found + " cells");
    }

    public int rows() { return cells.length; }

    public int cols() { return cells.length == 0 ? 0 : cells[0].length; }

    public ProgrammedCell cell(int row, int col) { return cells[row][col]; }

    /** Every cell's drifted conductance {@code seconds} after programming (no read noise): deterministic. */
    public double[][] conductancesAt(double seconds) {
        double[][] g = new double[rows()][cols()];
        for (int i = 0; i < g.length; i++) {
            for (int j = 0; j < g[i].length; j++) g[i][j] = device.conductanceAt(cells[i][j], seconds);
        }
        return g;
    }

    /** One read of every cell {@code seconds} after programming: the drifted conductances with fresh read noise. */
    public double[][] readAt(double seconds, RandomGenerator readNoise) {
        double[][] g = new double[rows()][cols()];
        for (int i = 0; i < g.length; i++) {
            for (int j = 0; j < g[i].length; j++) g[i][j] = device.readAt(cells[i][j], seconds, readNoise);
        }
        return g;
    }
}
