package memcim.device.array;

import static org.junit.jupiter.api.Assertions.*;

import java.util.SplittableRandom;
import memcim.core.InputException;
import org.junit.jupiter.api.Test;

class FastArrayModelTest {
    private static final double INF = Double.POSITIVE_INFINITY;

    private static double[][] randomG(int rows, int cols, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] g = new double[rows][cols];
        for (double[] row : g) for (int j = 0; j < cols; j++) row[j] = 10e-6 + 110e-6 * rng.nextDouble();
        return g;
    }

    private static double[] volts(int rows, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] v = new double[rows];
        for (int i = 0; i < rows; i++) v[i] = rng.nextInt(3) == 0 ? 0 : 0.1 + 0.1 * rng.nextDouble();
        return v;
    }

    private static CrossbarReadSpec spec(double[][] g, double[] v, double rRow, double rCol, CellType type, double v0, double ra) {
        return new CrossbarReadSpec(g.length, g[0].length, g, v, rRow, rCol, type, v0, ra);
    }

    @Test
    void withoutWiresALinearArrayGivesTheIdealSum() {
        double[][] g = randomG(16, 12, 1);
        double[] v = volts(16, 2);
        CrossbarReadSpec s = CrossbarReadSpec.linear(g, v, 0);
        double[] ideal = FastArrayModel.idealCurrents(s);
        double[] got = FastArrayModel.solve(s);
        for (int j = 0; j < 12; j++) {
            double sum = 0;
            for (int i = 0; i < 16; i++) sum += v[i] * g[i][j];
            assertEquals(sum, ideal[j], 1e-18);
            assertEquals(sum, got[j], 1e-15 * Math.abs(sum) + 1e-21);
        }
    }

    @Test
    void oneCellInSeriesWithBothWires() {
        // V → 3 Ω → access 1000 Ω → G (50 µS) → 2 Ω → sense: I = V / (3 + 1000 + 20000 + 2)
        CrossbarReadSpec s = spec(new double[][] {{50e-6}}, new double[] {0.2}, 3, 2, CellType.ONE_T_ONE_R, INF, 1000);
        assertEquals(0.2 / (3 + 1000 + 20000 + 2), FastArrayModel.solve(s)[0], 1e-18);
    }

    @Test
    void oneRowOfTwoCellsByHand() {
        // V → r → n1 (G1 to ground) → r → n2 (G2 to ground); n2 = n1 / (1 + r·G2)
        double v = 0.15, r = 500, g1 = 100e-6, g2 = 40e-6;
        double k = 1 / (1 + r * g2);
        // KCL at n1: (v − n1)/r = g1·n1 + (n1 − n2)/r
        double n1 = v / (1 + r * g1 + (1 - k));
        double n2 = k * n1;
        double[] got = FastArrayModel.solve(spec(new double[][] {{g1, g2}}, new double[] {v}, r, 0, CellType.ONE_R, INF, 0));
        assertEquals(g1 * n1, got[0], 1e-18);
        assertEquals(g2 * n2, got[1], 1e-18);
    }

    @Test
    void oneColumnOfTwoCellsByHand() {
        // rows at v1, v2 with no row wire; column: c0 —r— c1 —r— sense
        double v1 = 0.2, v2 = 0.1, r = 800, g1 = 60e-6, g2 = 90e-6, gw = 1 / r;
        // c0: g1(v1 − c0) = gw(c0 − c1);  c1: g2(v2 − c1) + gw(c0 − c1) = gw·c1
        double a11 = g1 + gw, a12 = -gw, b1 = g1 * v1;
        double a21 = -gw, a22 = g2 + 2 * gw, b2 = g2 * v2;
        double det = a11 * a22 - a12 * a21;
        double c1 = (a11 * b2 - a21 * b1) / det;
        double[] got = FastArrayModel.solve(spec(new double[][] {{g1}, {g2}}, new double[] {v1, v2}, 0, r, CellType.ONE_R, INF, 0));
        assertEquals(c1 / r, got[0], 1e-18);
    }

    @Test
    void nonlinearOneTransistorCellSatisfiesItsOwnEquation() {
        double g = 80e-6, v0 = 0.25, ra = 2000, rr = 10, rc = 7, v = 0.3;
        ArraySolution s = FastArrayModel.solveNodes(spec(new double[][] {{g}}, new double[] {v}, rr, rc, CellType.ONE_T_ONE_R, v0, ra));
        double i = s.columnCurrentsAmps()[0];
        double vm = v - i * (rr + ra + rc); // voltage left across the memristor
        assertEquals(g * v0 * Math.sinh(vm / v0), i, 1e-12 * i);
        assertTrue(i > v / (rr + ra + rc + 1 / g), "sinh conducts more than its 0 V slope");
        assertEquals(v - i * rr, s.rowNodeVolts()[0][0], 1e-12);
        assertEquals(i * rc, s.colNodeVolts()[0][0], 1e-12);
    }

    @Test
    void agreesWithAnIndependentDenseSolverOnSmallArrays() {
        double[] wires = {0, 0.7, 15, 3e4};
        int n = 0;
        for (CellType type : CellType.values()) {
            for (double v0 : new double[] {INF, 0.3, 0.05}) {
                for (double rRow : wires) {
                    for (double rCol : wires) {
                        long seed = n++;
                        double[][] g = randomG(4 + (int) (seed % 3), 3 + (int) (seed % 4), seed);
                        CrossbarReadSpec s = spec(g, volts(g.length, seed + 100), rRow, rCol, type, v0, 1500);
                        double[] ref = DenseReferenceSolver.columnCurrents(s);
                        for (FastArrayModel.Method method : FastArrayModel.Method.values()) {
                            double[] got = new FastArrayModel(s, method).read(s.rowVolts()).columnCurrentsAmps();
                            for (int j = 0; j < ref.length; j++) {
                                assertEquals(ref[j], got[j], 1e-9 * Math.abs(ref[j]) + 1e-16, method + " " + s + " column " + j);
                            }
                        }
                    }
                }
            }
        }
    }

    @Test
    void transferMatrixReadsMatchFullSolves() {
        double[][] g = randomG(12, 9, 5);
        CrossbarReadSpec s = spec(g, new double[12], 1.5, 2.5, CellType.ONE_T_ONE_R, INF, 900);
        FastArrayModel model = new FastArrayModel(s);
        double[][] set = new double[40][];
        for (int k = 0; k < set.length; k++) set[k] = volts(12, 1000 + k);
        double[][] fast = model.columnCurrents(set); // the later ones go through the transfer matrix
        for (int k = 0; k < set.length; k++) {
            double[] direct = FastArrayModel.solve(s.withRowVolts(set[k]));
            for (int j = 0; j < 9; j++) assertEquals(direct[j], fast[k][j], 1e-10 * Math.abs(direct[j]) + 1e-18);
        }
    }

    @Test
    void transferMatrixIsTheResponseToOneVoltOnEachRow() {
        double[][] g = randomG(6, 5, 11);
        CrossbarReadSpec s = spec(g, new double[6], 2, 3, CellType.ONE_R, INF, 0);
        double[][] t = new FastArrayModel(s).transferMatrix();
        for (int i = 0; i < 6; i++) {
            double[] unit = new double[6];
            unit[i] = 1;
            assertArrayEquals(DenseReferenceSolver.columnCurrents(s.withRowVolts(unit)), t[i], 1e-10 * 120e-6);
        }
        assertThrows(InputException.class,
                () -> new FastArrayModel(spec(g, new double[6], 2, 3, CellType.ONE_R, 0.3, 0)).transferMatrix());
    }

    @Test
    void nonlinearDataSetsReuseTheModel() {
        double[][] g = randomG(8, 8, 6);
        FastArrayModel model = new FastArrayModel(spec(g, new double[8], 1, 1, CellType.ONE_T_ONE_R, 0.3, 900));
        for (int k = 0; k < 20; k++) {
            double[] v = volts(8, 2000 + k);
            CrossbarReadSpec s = spec(g, v, 1, 1, CellType.ONE_T_ONE_R, 0.3, 900);
            assertArrayEquals(DenseReferenceSolver.columnCurrents(s), model.columnCurrents(v), 1e-15);
        }
    }

    /** max over columns of |I − ideal|, as a fraction of the largest ideal column current. */
    private static double irDropError(int size, double ohms) {
        double[][] g = randomG(size, size, 7);
        double[] v = new double[size];
        java.util.Arrays.fill(v, 0.2);
        CrossbarReadSpec s = CrossbarReadSpec.linear(g, v, ohms);
        double[] ideal = FastArrayModel.idealCurrents(s), got = FastArrayModel.solve(s);
        double fullScale = 0, err = 0;
        for (int j = 0; j < size; j++) {
            fullScale = Math.max(fullScale, Math.abs(ideal[j]));
            err = Math.max(err, Math.abs(got[j] - ideal[j]));
            assertTrue(got[j] < ideal[j], "wire resistance can only lose current");
        }
        return err / fullScale;
    }

    @Test
    void irDropErrorGrowsWithArraySizeAndWireResistance() {
        double previous = 0;
        for (int size : new int[] {4, 8, 16, 32, 64}) {
            double e = irDropError(size, 1.0);
            assertTrue(e > previous, size + "x" + size + ": " + e + " after " + previous);
            previous = e;
        }
        previous = 0;
        for (double ohms : new double[] {0.1, 0.5, 1, 2, 5}) {
            double e = irDropError(32, ohms);
            assertTrue(e > previous, ohms + " ohm: " + e + " after " + previous);
            previous = e;
        }
    }

    @Test
    void largestArrayIsBandedOnItsShortSide() {
        FastArrayModel.Method banded = FastArrayModel.Method.BANDED_CHOLESKY;
        FastArrayModel m = new FastArrayModel(CrossbarReadSpec.linear(randomG(64, 16, 8), new double[64], 1), banded);
        assertEquals(2 * 64 * 16, m.unknowns());
        assertEquals(2 * 16, m.halfBandwidth());
        FastArrayModel rowsOnly = new FastArrayModel(spec(randomG(8, 8, 8), new double[8], 1, 0, CellType.ONE_R, INF, 0), banded);
        assertEquals(1, rowsOnly.halfBandwidth());
    }

    @Test
    void bothSolversAgreeOnALargeNonlinearArray() {
        double[][] g = randomG(64, 48, 9);
        CrossbarReadSpec s = spec(g, volts(64, 9), 2, 1, CellType.ONE_T_ONE_R, 0.3, 800);
        ArraySolution pcg = new FastArrayModel(s, FastArrayModel.Method.LINE_PCG).read(s.rowVolts());
        ArraySolution band = new FastArrayModel(s, FastArrayModel.Method.BANDED_CHOLESKY).read(s.rowVolts());
        assertArrayEquals(band.columnCurrentsAmps(), pcg.columnCurrentsAmps(), 1e-9 * 64 * 0.2 * 120e-6);
        for (int i = 0; i < 64; i++) assertArrayEquals(band.rowNodeVolts()[i], pcg.rowNodeVolts()[i], 1e-10);
    }

    @Test
    void cellNewtonAgreesWithTheNodeSolversOnLargeNonlinearArrays() {
        for (int n : new int[] {32, 64, 128}) {
            double[][] g = randomG(n, n, 20 + n);
            CrossbarReadSpec s = spec(g, volts(n, 30 + n), 1, 1.5, CellType.ONE_T_ONE_R, 0.3, 800);
            FastArrayModel cellNewton = new FastArrayModel(s);
            assertEquals(FastArrayModel.Method.CELL_NEWTON, cellNewton.method());
            ArraySolution fast = cellNewton.read(s.rowVolts());
            ArraySolution pcg = new FastArrayModel(s, FastArrayModel.Method.LINE_PCG).read(s.rowVolts());
            double fullScale = n * 0.2 * 120e-6;
            assertArrayEquals(pcg.columnCurrentsAmps(), fast.columnCurrentsAmps(), 1e-9 * fullScale, n + "x" + n);
            for (int i = 0; i < n; i++) {
                assertArrayEquals(pcg.rowNodeVolts()[i], fast.rowNodeVolts()[i], 1e-10, n + "x" + n + " row nodes " + i);
                assertArrayEquals(pcg.colNodeVolts()[i], fast.colNodeVolts()[i], 1e-10, n + "x" + n + " column nodes " + i);
            }
            if (n <= 64) {
                double[] band = new FastArrayModel(s, FastArrayModel.Method.BANDED_CHOLESKY).read(s.rowVolts()).columnCurrentsAmps();
                assertArrayEquals(band, fast.columnCurrentsAmps(), 1e-9 * fullScale, n + "x" + n + " banded");
            }
            // the same model read again with other inputs: nothing of the previous read leaks into the next
            double[] other = volts(n, 40 + n);
            assertArrayEquals(FastArrayModel.solve(s.withRowVolts(other)), cellNewton.columnCurrents(other), 1e-12 * fullScale);
        }
    }

    @Test
    void aSmallArrayReadAfterALargeOneOnTheSameThreadIsRight() {
        // the cell-Newton scratch arrays are per thread and grown to the largest array: a small read uses a prefix
        CrossbarReadSpec large = spec(randomG(40, 40, 50), volts(40, 50), 1, 1, CellType.ONE_T_ONE_R, 0.3, 800);
        CrossbarReadSpec small = spec(randomG(5, 3, 51), volts(5, 51), 20, 30, CellType.ONE_T_ONE_R, 0.3, 800);
        FastArrayModel big = new FastArrayModel(large);
        FastArrayModel little = new FastArrayModel(small);
        double[] before = big.columnCurrents(large.rowVolts());
        double[] ref = DenseReferenceSolver.columnCurrents(small);
        assertArrayEquals(ref, little.columnCurrents(small.rowVolts()), 1e-9 * 5 * 0.2 * 120e-6);
        assertArrayEquals(before, big.columnCurrents(large.rowVolts()), 0);
        assertArrayEquals(ref, little.read(small.rowVolts()).columnCurrentsAmps(), 1e-9 * 5 * 0.2 * 120e-6);
    }

    @Test
    void oneMergedWireKindMakesTheLineSweepExact() {
        CrossbarReadSpec s = spec(randomG(32, 32, 10), volts(32, 10), 0, 3, CellType.ONE_R, INF, 0);
        assertEquals(1, new FastArrayModel(s, FastArrayModel.Method.LINE_PCG).read(s.rowVolts()).iterations());
    }

    @Test
    void specIsImmutableAndValidated() {
        double[][] g = {{1e-5, 2e-5}};
        double[] v = {0.1};
        CrossbarReadSpec s = CrossbarReadSpec.linear(g, v, 1);
        g[0][0] = 5;
        v[0] = 9;
        s.conductanceSiemens()[0][1] = 7;
        assertEquals(1e-5, s.conductance(0, 0));
        assertEquals(2e-5, s.conductance(0, 1));
        assertEquals(0.1, s.rowVolt(0));
        assertEquals(CrossbarReadSpec.linear(new double[][] {{1e-5, 2e-5}}, new double[] {0.1}, 1), s);
        assertEquals("CrossbarReadSpec.conductanceSiemens[0][1]: expected a finite conductance >= 0 S, found -1.0",
                assertThrows(InputException.class, () -> CrossbarReadSpec.linear(new double[][] {{1, -1}}, v, 1)).getMessage());
        assertEquals("CrossbarReadSpec.rowVolts: expected 1 values, found 2 values",
                assertThrows(InputException.class, () -> CrossbarReadSpec.linear(new double[][] {{1, 1}}, new double[2], 1)).getMessage());
        assertEquals("CrossbarReadSpec.nonlinearityVolts: expected > 0 V (Double.POSITIVE_INFINITY for a linear cell), found 0.0",
                assertThrows(InputException.class, () -> spec(new double[][] {{1e-5}}, v, 0, 0, CellType.ONE_R, 0, 0)).getMessage());
        assertEquals("CrossbarReadSpec.rowSegmentOhms: expected a finite resistance >= 0 ohm, found -1.0",
                assertThrows(InputException.class, () -> spec(new double[][] {{1e-5}}, v, -1, 0, CellType.ONE_R, INF, 0)).getMessage());
    }
}
