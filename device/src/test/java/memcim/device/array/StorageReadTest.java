package memcim.device.array;

import static org.junit.jupiter.api.Assertions.*;

import java.util.SplittableRandom;
import memcim.core.InputException;
import org.junit.jupiter.api.Test;

/** The 1T1R storage read against the series circuit it is: one cell, its transistor and rows + 1 wire segments. */
class StorageReadTest {
    private static double[][] conductances(int rows, int cols, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] g = new double[rows][cols];
        for (double[] r : g) for (int j = 0; j < cols; j++) r[j] = 10e-6 * Math.pow(12, rng.nextDouble());
        return g;
    }

    @Test
    void linearCellsReadAsResistorsInSeriesWhicheverRowIsSelected() {
        double[][] g = conductances(16, 5, 1);
        StorageRead read = StorageRead.of(g, 2.0, 0.2, Double.POSITIVE_INFINITY, 800);
        for (int row : new int[] {0, 7, 15}) {
            double[] amps = read.columnCurrents(row);
            for (int j = 0; j < 5; j++) {
                // 17 segments of 2 ohm: row + 1 on the bit line, 16 - row on the source line
                assertEquals(0.2 / (1 / g[row][j] + 800 + 17 * 2.0), amps[j], 1e-18, "row " + row + " column " + j);
            }
        }
    }

    @Test
    void nonlinearCellsSatisfyTheirIvAndDecodeExactly() {
        double[][] g = conductances(8, 6, 2);
        StorageRead read = StorageRead.of(g, 1.0, 0.2, 0.3, 800);
        double series = 800 + 9 * 1.0;
        for (int row = 0; row < 8; row++) {
            double[] amps = read.columnCurrents(row);
            for (int j = 0; j < 6; j++) {
                double vm = 0.2 - amps[j] * series;
                assertEquals(g[row][j] * 0.3 * Math.sinh(vm / 0.3), amps[j], 1e-15 * amps[j], "I-V residual, row " + row);
                // the sinh cell draws more than its small-signal slope would through the same path
                assertTrue(amps[j] > 0.2 / (1 / g[row][j] + series));
                assertEquals(g[row][j], read.conductanceOf(amps[j]), 1e-12 * g[row][j], "decoded, row " + row + " column " + j);
            }
        }
    }

    @Test
    void refusesA1rArrayAndCurrentsThePathCannotCarry() {
        CrossbarReadSpec passive = CrossbarReadSpec.linear(conductances(2, 2, 3), new double[2], 1);
        InputException e = assertThrows(InputException.class, () -> new StorageRead(passive, 0.2));
        assertTrue(e.getMessage().contains("ONE_T_ONE_R"), e.getMessage());
        StorageRead read = StorageRead.of(conductances(2, 2, 3), 1, 0.2, 0.3, 800);
        assertThrows(InputException.class, () -> read.conductanceOf(0.2 / 800));
        assertThrows(InputException.class, () -> read.columnCurrents(2));
        assertEquals(0, read.conductanceOf(0));
    }
}
