package memcim.netlist.crossbar;

import static memcim.netlist.crossbar.Arrays4Test.*;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import memcim.core.Json;
import memcim.device.array.CellType;
import memcim.device.array.CrossbarReadSpec;
import memcim.device.array.FastArrayModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The crossbar deck against Ohm's law and against the fast array model, through the real ngspice. */
class CrossbarSpiceTest {
    @Test
    void zeroWireResistanceGivesOhmsLawWithinPointOnePercent() {
        for (long seed = 1; seed <= 3; seed++) {
            SplittableRandom rng = new SplittableRandom(seed);
            double[][] g = new double[32][32];
            double[] v = new double[32];
            for (int i = 0; i < 32; i++) {
                v[i] = 0.3 * rng.nextDouble();
                for (int j = 0; j < 32; j++) g[i][j] = 1e-6 + 1.2e-4 * rng.nextDouble();
            }
            CrossbarDeck deck = CrossbarBuilder.build(CrossbarReadSpec.linear(g, v, 0));
            double[] spice = spiceCurrents(deck);
            for (int j = 0; j < 32; j++) {
                double ohm = 0;
                for (int i = 0; i < 32; i++) ohm += v[i] * g[i][j];
                assertEquals(ohm, spice[j], 1e-3 * ohm, "seed " + seed + " column " + j);
            }
        }
    }

    @Test
    void fastModelAgreesWithSpiceWithWireResistance() {
        for (int n : new int[] {32, 64}) {
            CrossbarReadSpec spec = programmed(n, 2.0, n);
            double[] spice = spiceCurrents(CrossbarBuilder.build(spec));
            double[] fast = FastArrayModel.solve(spec);
            double[] ideal = FastArrayModel.idealCurrents(spec);
            double error = maxErrorPercentOfFullScale(fast, spice, spec);
            // The target is 0.5 %; both solve the same circuit to their own tolerances and agree to ~1e-9 %.
            assertTrue(error < 1e-4, n + "x" + n + ": fast vs SPICE " + error + " % of full scale");
            // The comparison is not vacuous: the wires and the cells' nonlinearity move the currents well away from ideal.
            assertTrue(maxErrorPercentOfFullScale(ideal, spice, spec) > 10 * error, n + "x" + n + " differs from ideal");
        }
    }

    /**
     * IR drop as physics says: to first order the current lost to the wires is proportional to the wire
     * resistance and to the square of the array side (N cells each drawing through ~N segments), so doubling R
     * doubles it and doubling N quadruples it while the drop is small; as the drop grows, the cells see less
     * voltage and the growth slows (each ratio no larger than the one before).
     */
    @Test
    void irDropErrorGrowsWithArraySizeAndWireResistance() {
        double[] bySize = {irDropErrorPercent(16, 1.0), irDropErrorPercent(32, 1.0), irDropErrorPercent(64, 1.0),
                irDropErrorPercent(128, 1.0)};
        double[] byOhms = {irDropErrorPercent(32, 0.25), irDropErrorPercent(32, 0.5), irDropErrorPercent(32, 1),
                irDropErrorPercent(32, 2), irDropErrorPercent(32, 4)};
        String seen = java.util.Arrays.toString(bySize) + " by size, " + java.util.Arrays.toString(byOhms) + " by ohms";
        assertTrue(bySize[1] / bySize[0] > 3.0 && bySize[1] / bySize[0] < 4.5, "16 -> 32 about x4: " + seen);
        assertTrue(byOhms[1] / byOhms[0] > 1.8 && byOhms[1] / byOhms[0] < 2.1, "0.25 -> 0.5 ohm about x2: " + seen);
        for (double[] series : new double[][] {bySize, byOhms}) {
            for (int k = 1; k < series.length; k++) {
                assertTrue(series[k] > 1.5 * series[k - 1], "grows: " + seen);
                if (k > 1) assertTrue(series[k] / series[k - 1] <= series[k - 1] / series[k - 2] + 1e-9, "slows: " + seen);
            }
        }
    }

    /** Worst column current lost to the wires, in % of that column's current without wires, all rows at 0.2 V. */
    private static double irDropErrorPercent(int n, double ohms) {
        CrossbarReadSpec wired = programmed(n, ohms, 7).withRowVolts(filled(n, 0.2));
        CrossbarReadSpec bare = new CrossbarReadSpec(n, n, wired.conductanceSiemens(), wired.rowVolts(), 0, 0,
                wired.cellType(), wired.nonlinearityVolts(), wired.accessOnOhms());
        double[] a = FastArrayModel.solve(wired);
        double[] b = FastArrayModel.solve(bare);
        double worst = 0;
        for (int j = 0; j < n; j++) {
            assertTrue(a[j] < b[j], "wires only lose current");
            worst = Math.max(worst, 100 * (b[j] - a[j]) / b[j]);
        }
        return worst;
    }

    private static double[] filled(int n, double v) {
        double[] a = new double[n];
        java.util.Arrays.fill(a, v);
        return a;
    }

    @Test
    void writtenDeckRunsStandaloneInNgspiceBatchMode(@TempDir Path dir) {
        CrossbarReadSpec spec = programmed(8, 1.0, 3);
        CrossbarDeck deck = CrossbarBuilder.build(spec, CrossbarOptions.defaults(), Map.of("seed", "3"));
        deck.write(dir, "crossbar");
        String out = runBatch(dir.resolve("crossbar.cir"));
        assertFalse(out.toLowerCase().contains("error"), out);
        var sidecar = Json.readTree(dir.resolve("crossbar.json"));
        double[] fast = FastArrayModel.solve(spec);
        for (int j = 0; j < 8; j++) {
            String vector = sidecar.get("columnCurrentVectors").get(j).asText();
            Matcher m = Pattern.compile(Pattern.quote(vector) + " = (\\S+)").matcher(out);
            assertTrue(m.find(), vector + " printed in\n" + out);
            assertEquals(fast[j], Double.parseDouble(m.group(1)), 1e-5 * fast[j], vector);
            assertEquals(spec.conductance(3, j), sidecar.get("conductanceSiemens").get(3).get(j).asDouble());
        }
        for (int i = 0; i < 8; i++) assertEquals(spec.rowVolt(i), sidecar.get("rowVolts").get(i).asDouble());
    }

    @Test
    void sameSeedSameBytes() {
        String a = CrossbarBuilder.build(programmed(8, 1.0, 5)).standaloneText();
        String b = CrossbarBuilder.build(programmed(8, 1.0, 5)).standaloneText();
        assertEquals(a, b);
        assertNotEquals(a, CrossbarBuilder.build(programmed(8, 1.0, 6)).standaloneText());
        assertEquals(1, a.split("\n\\.subckt ", -1).length - 1, "64 cells, one cell subcircuit");
    }

    @Test
    void oneRCellsMatchTheFastModelToo() {
        CrossbarReadSpec s = programmed(16, 1.0, 11);
        CrossbarReadSpec oneR = new CrossbarReadSpec(16, 16, s.conductanceSiemens(), s.rowVolts(), 1.0, 1.0, CellType.ONE_R,
                s.nonlinearityVolts(), 0);
        double[] spice = spiceCurrents(CrossbarBuilder.build(oneR));
        assertTrue(maxErrorPercentOfFullScale(FastArrayModel.solve(oneR), spice, oneR) < 0.01);
    }
}
