package memcim.netlist.crossbar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import memcim.spice.NgSpice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Both ways of the reuse benchmark give Kirchhoff's currents (I_j = Σ_i G_ij·V_i, by hand in the benchmark's
 * expectedCurrents) from the object-model deck; the deck is reproducible from its seed.
 */
class CrossbarBenchmarkTest {
    @TempDir Path work;

    @Test
    void inProcessAndSubprocessAgreeWithKirchhoff() {
        CrossbarBenchmark bench = new CrossbarBenchmark(6, 4, 42);
        int solves = 3;
        double[][] a = bench.solveInProcess(NgSpice.shared(), solves, k -> { });
        double[][] b = bench.solveInSubprocesses(work, solves, k -> { });
        for (int k = 0; k < solves; k++) {
            double[] expected = bench.expectedCurrents(bench.inputs(k));
            for (int j = 0; j < expected.length; j++) {
                assertEquals(expected[j], a[k][j], 1e-9 * Math.abs(expected[j]) + 1e-18, "in-process, solve " + k + " column " + j);
                assertEquals(expected[j], b[k][j], 1e-9 * Math.abs(expected[j]) + 1e-18, "ngspice -b, solve " + k + " column " + j);
            }
        }
        assertTrue(CrossbarBenchmark.maxDifference(a, b) < 1e-15);
        assertTrue(a[1][0] != a[2][0] || a[1][1] != a[2][1], "inputs did not change between solves");
    }

    @Test
    void sameSeedSameDeck() {
        String one = new CrossbarBenchmark(4, 4, 7).deck(new CrossbarBenchmark(4, 4, 7).inputs(3)).text();
        String two = new CrossbarBenchmark(4, 4, 7).deck(new CrossbarBenchmark(4, 4, 7).inputs(3)).text();
        assertEquals(one, two);
        assertTrue(!one.equals(new CrossbarBenchmark(4, 4, 8).deck(new CrossbarBenchmark(4, 4, 8).inputs(3)).text()));
    }
}
