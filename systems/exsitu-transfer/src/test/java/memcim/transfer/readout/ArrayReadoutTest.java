package memcim.transfer.readout;

import static org.junit.jupiter.api.Assertions.*;

import java.util.SplittableRandom;
import memcim.core.InputException;
import memcim.device.array.CellType;
import memcim.netlist.cell.StorageCell;
import org.junit.jupiter.api.Test;

/** The row reads against closed forms of the circuit, fast model and real ngspice (in-process). */
class ArrayReadoutTest {
    private static final double V = ArrayReadout.REFERENCE_READ_VOLTS;

    private static double[][] random(int rows, int cols, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] g = new double[rows][cols];
        for (double[] r : g) for (int j = 0; j < cols; j++) r[j] = 1e-6 + 99e-6 * rng.nextDouble();
        return g;
    }

    private static int[] allRows(int n) {
        int[] r = new int[n];
        for (int i = 0; i < n; i++) r[i] = i;
        return r;
    }

    /**
     * Without wire resistance every row node is its driver and every column node the sense amplifier's 0 V, so row
     * r's column currents are exactly G[r][j]·V (the unselected rows see 0 V across their cells and carry nothing).
     */
    @Test
    void withoutWiresARowReadIsOhmsLaw() {
        double[][] g = random(6, 5, 1);
        ArrayReadout readout = ArrayReadout.linear(g, 0, V);
        double[][] all = readout.fastRows();
        double[][] spice = readout.spiceRows(allRows(6), null);
        double worstSpice = 0;
        for (int r = 0; r < 6; r++) {
            double[] one = readout.fastRow(r);
            for (int j = 0; j < 5; j++) {
                double ohm = g[r][j] * V;
                assertEquals(ohm, one[j], 0.0, "fastRow " + r + " column " + j);
                assertEquals(ohm, all[r][j], Math.ulp(ohm), "fastRows " + r + " column " + j);
                worstSpice = Math.max(worstSpice, Math.abs(spice[r][j] - ohm) / ohm);
            }
        }
        // a linear circuit: ngspice's Newton lands on it in one step, so the bound can sit far inside reltol 1e-3
        assertTrue(worstSpice < 1e-9, "SPICE vs G·V, relative " + worstSpice);
    }

    /**
     * 1T1R without wires: the access resistor in series, I = V / (1/G + R_on), fast and SPICE (a storage read: SPICE's
     * unselected cells leak through their off switches, at most V / R_off each).
     */
    @Test
    void withoutWiresTheAccessTransistorIsInSeries() {
        double[][] g = random(4, 4, 2);
        double rOn = 800;
        ArrayReadout readout = new ArrayReadout(g, 0, V, CellType.ONE_T_ONE_R, Double.POSITIVE_INFINITY, rOn);
        double[][] spice = readout.spiceRows(new int[] {0, 3}, null);
        int[] rows = {0, 3};
        for (int k = 0; k < 2; k++) {
            double[] fast = readout.fastRow(rows[k]);
            for (int j = 0; j < 4; j++) {
                double expected = V / (1 / g[rows[k]][j] + rOn);
                assertEquals(expected, fast[j], 1e-12 * expected, "fast row " + rows[k] + " column " + j);
                assertEquals(expected, spice[k][j], 1e-9 * expected + 3 * V / StorageCell.OFF_OHMS, "SPICE row " + rows[k] + " column " + j);
            }
        }
    }

    /**
     * A 1×N array, all cells G, segments R, columns at 0 V. Each column's one segment is in series with its cell,
     * so node k of the row sees a shunt g = G / (1 + G·R) to 0 V; the row is a uniform ladder: series R, shunt g.
     * Kirchhoff at node k (driver v₋₁ = V): (v_{k−1} − v_k)/R = g·v_k + (v_k − v_{k+1})/R, i.e.
     * v_{k+1} − (2 + R·g)·v_k + v_{k−1} = 0, solved by v_k = A·cosh(θ·(c − k)) with cosh θ = 1 + R·g/2. The far end
     * carries no current beyond node N−1: as if v_N = v_{N−1}, which puts the symmetry centre at c = N − 1/2. The
     * driver fixes A = V / cosh(θ·(N + 1/2)). Column current I_k = g·v_k: strictly decreasing along the row.
     */
    @Test
    void oneRowFollowsTheUniformLadder() {
        int n = 32;
        double gCell = 100e-6, r = 20;
        double[][] g = new double[1][n];
        java.util.Arrays.fill(g[0], gCell);
        ArrayReadout readout = ArrayReadout.linear(g, r, V);
        double shunt = gCell / (1 + gCell * r);
        double theta = acosh(1 + r * shunt / 2);
        double a = V / Math.cosh(theta * (n + 0.5));
        double[] fast = readout.fastRow(0);
        double[] spice = readout.spiceRows(new int[] {0}, null)[0];
        for (int k = 0; k < n; k++) {
            double expected = shunt * a * Math.cosh(theta * (n - 0.5 - k));
            assertEquals(expected, fast[k], 1e-12 * expected, "fast column " + k);
            assertEquals(expected, spice[k], 1e-9 * expected, "SPICE column " + k);
            if (k > 0) assertTrue(fast[k] < fast[k - 1] && spice[k] < spice[k - 1], "IR drop along the row at " + k);
        }
        // not vacuous: the far cell gets far less than the ideal G·V (under half here: R·G·N²/2 = 1)
        assertTrue(fast[n - 1] < 0.95 * gCell * V, "far column " + fast[n - 1]);
    }

    private static double acosh(double x) {
        return Math.log(x + Math.sqrt(x * x - 1));
    }

    /** Uniform 16×16 at the reference wires: whichever row is selected, its currents fall away from the driver. */
    @Test
    void uniformArrayCurrentsDecreaseAlongEverySelectedRow() {
        double[][] g = new double[16][16];
        for (double[] r : g) java.util.Arrays.fill(r, 50e-6);
        ArrayReadout readout = ArrayReadout.linear(g, ArrayReadout.REFERENCE_SEGMENT_OHMS, V);
        double[][] all = readout.fastRows();
        for (int row = 0; row < 16; row++) {
            for (int j = 1; j < 16; j++) assertTrue(all[row][j] < all[row][j - 1], "row " + row + " column " + j);
            assertTrue(all[row][0] < 50e-6 * V, "wires only lose current");
        }
    }

    /**
     * What the periphery decodes: a 1T1R card's storage read gives back every programmed conductance (the path is the
     * same for every row and known), SPICE's read too up to the off cells' leakage; a 1R row without wires decodes as
     * the lone sinh cell at the read voltage.
     */
    @Test
    void theDecoderGivesBackWhatWasProgrammed() {
        double[][] g = CardArrays.programmed(16, 8, 3);
        ArrayReadout card = ArrayReadout.forCard(g, CardArrays.CARD, ArrayReadout.REFERENCE_SEGMENT_OHMS, V);
        double[][] spice = card.spiceRows(new int[] {5}, null);
        for (int row = 0; row < 16; row++) {
            double[] decoded = card.conductances(card.fastRow(row));
            for (int j = 0; j < 8; j++) assertEquals(g[row][j], decoded[j], 1e-12 * g[row][j], "fast, row " + row + " column " + j);
        }
        double[] fromSpice = card.conductances(spice[0]);
        for (int j = 0; j < 8; j++) assertEquals(g[5][j], fromSpice[j], 1e-5 * g[5][j], "SPICE, column " + j);
        double[][] one = {{20e-6, 80e-6}};
        ArrayReadout passive = new ArrayReadout(one, 0, V, CellType.ONE_R, 0.3, 0);
        double[] amps = passive.fastRow(0);
        assertEquals(20e-6 * 0.3 * Math.sinh(V / 0.3), amps[0], 1e-18);
        assertArrayEquals(one[0], passive.conductances(amps), 1e-17);
        assertThrows(InputException.class, () -> card.conductances(new double[] {1.0}));
    }

    @Test
    void badInputNamesWhatIsWrong() {
        double[][] g = random(3, 3, 3);
        InputException e = assertThrows(InputException.class, () -> ArrayReadout.linear(g, 1, 0));
        assertTrue(e.getMessage().contains("readVolts"), e.getMessage());
        ArrayReadout readout = ArrayReadout.linear(g, 1, V);
        e = assertThrows(InputException.class, () -> readout.fastRow(3));
        assertTrue(e.getMessage().contains("0 to 2"), e.getMessage());
        assertThrows(InputException.class, () -> readout.spiceRows(new int[] {0, -1}, null));
        g[1][2] = -1e-6;
        e = assertThrows(InputException.class, () -> ArrayReadout.linear(g, 1, V));
        assertTrue(e.getMessage().contains("[1][2]"), e.getMessage());
        assertThrows(InputException.class, () -> ArrayReadout.linear(random(2, 2, 4), -1, V));
    }
}
