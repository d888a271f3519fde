package memcim.device.array;

/**
 * The solved read of one array: column currents (positive from the array into the sense node) and every node
 * voltage. rowNodeVolts[i][j] is the row wire at cell (i, j); colNodeVolts[i][j] the column wire at cell (i, j).
 *
 * @param iterations nonlinear iterations spent (1 for linear cells)
 */
public record ArraySolution(double[] columnCurrentsAmps, double[][] rowNodeVolts, double[][] colNodeVolts, int iterations) {}
