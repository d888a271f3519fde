package memcim.device.array;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fast model against real ngspice (batch process) on the read circuit written straight from the shared
 * contract: drivers on the left, a row segment before each cell, a column segment after each cell, VCOL sources at
 * the bottom, the access transistor as a resistor to an inner node, the cell as a B-source I = G·V₀·sinh(V/V₀).
 * This deck is the test's own, independent of the netlist module's builder.
 */
class NgspiceCrossCheckTest {
    @TempDir Path dir;

    private static String deck(CrossbarReadSpec s) {
        StringBuilder d = new StringBuilder("* crossbar read, contract topology\n");
        int rows = s.rows(), cols = s.cols();
        for (int i = 0; i < rows; i++) {
            d.append(String.format(Locale.ROOT, "VROW%d d%d 0 %.17g%n", i, i, s.rowVolt(i)));
            for (int j = 0; j < cols; j++) {
                String left = j == 0 ? "d" + i : "r" + i + "_" + (j - 1);
                d.append(String.format(Locale.ROOT, "RR%d_%d %s r%d_%d %.17g%n", i, j, left, i, j, s.rowSegmentOhms()));
                String below = i + 1 < rows ? "c" + (i + 1) + "_" + j : "s" + j;
                d.append(String.format(Locale.ROOT, "RC%d_%d c%d_%d %s %.17g%n", i, j, i, j, below, s.colSegmentOhms()));
                String top = "r" + i + "_" + j;
                if (s.cellType() == CellType.ONE_T_ONE_R) {
                    d.append(String.format(Locale.ROOT, "RA%d_%d r%d_%d m%d_%d %.17g%n", i, j, i, j, i, j, s.accessOnOhms()));
                    top = "m" + i + "_" + j;
                }
                double g = s.conductance(i, j), v0 = s.nonlinearityVolts();
                d.append(String.format(Locale.ROOT, "BM%d_%d %s c%d_%d I = %.17g*%.17g*sinh(V(%s,c%d_%d)/%.17g)%n",
                        i, j, top, i, j, g, v0, top, i, j, v0));
            }
        }
        for (int j = 0; j < cols; j++) d.append("VCOL").append(j).append(" s").append(j).append(" 0 0\n");
        d.append(".options reltol=1e-9 abstol=1e-18 vntol=1e-12\n.control\nset numdgt=14\nop\n");
        for (int j = 0; j < cols; j++) d.append("print i(vcol").append(j).append(")\n");
        d.append(".endc\n.end\n");
        return d.toString();
    }

    private double[] ngspice(CrossbarReadSpec s) throws Exception {
        Path cir = dir.resolve("read.cir");
        Files.writeString(cir, deck(s));
        Process p = new ProcessBuilder("ngspice", "-b", cir.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(); // ngspice -b exits 1 for a deck without .print lines even when the control block ran
        assertFalse(out.toLowerCase(Locale.ROOT).contains("error"), out);
        double[] amps = new double[s.cols()];
        for (int j = 0; j < s.cols(); j++) {
            Matcher m = Pattern.compile("i\\(vcol" + j + "\\) = (\\S+)").matcher(out);
            assertTrue(m.find(), "no current of column " + j + " in:\n" + out);
            amps[j] = Double.parseDouble(m.group(1));
        }
        return amps;
    }

    @Test
    void nonlinearThirtyTwoByThirtyTwoArrayWithWiresAgreesWithNgspice() throws Exception {
        SplittableRandom rng = new SplittableRandom(32);
        int n = 32;
        double[][] g = new double[n][n];
        for (double[] r : g) for (int j = 0; j < n; j++) r[j] = 10e-6 + 110e-6 * rng.nextDouble();
        double[] v = new double[n];
        for (int i = 0; i < n; i++) v[i] = rng.nextBoolean() ? 0.2 : 0;
        CrossbarReadSpec s = new CrossbarReadSpec(n, n, g, v, 1, 1, CellType.ONE_T_ONE_R, 0.3, 800);
        double[] spice = ngspice(s), fast = new FastArrayModel(s).columnCurrents(v);
        double fullScale = 0;
        for (double x : FastArrayModel.idealCurrents(s)) fullScale = Math.max(fullScale, x);
        for (int j = 0; j < n; j++) assertEquals(spice[j], fast[j], 1e-7 * fullScale, "column " + j);
    }

    @Test
    void fastModelAgreesWithNgspice() throws Exception {
        SplittableRandom rng = new SplittableRandom(21);
        int rows = 5, cols = 4;
        double[][] g = new double[rows][cols];
        for (double[] r : g) for (int j = 0; j < cols; j++) r[j] = 10e-6 + 110e-6 * rng.nextDouble();
        double[] v = {0.2, 0, 0.2, 0.15, 0.2};
        for (CellType type : CellType.values()) {
            // V0 = 1e6 V stands for a linear cell in the deck (sinh(x) = x to 1e-13 here)
            for (double v0 : new double[] {0.3, 1e6}) {
                CrossbarReadSpec s = new CrossbarReadSpec(rows, cols, g, v, 2.5, 1.5, type, v0, 900);
                CrossbarReadSpec fastSpec = v0 == 1e6
                        ? new CrossbarReadSpec(rows, cols, g, v, 2.5, 1.5, type, Double.POSITIVE_INFINITY, 900) : s;
                double[] spice = ngspice(s), fast = FastArrayModel.solve(fastSpec);
                double fullScale = 0;
                for (double x : FastArrayModel.idealCurrents(s)) fullScale = Math.max(fullScale, x);
                for (int j = 0; j < cols; j++) {
                    assertEquals(spice[j], fast[j], 1e-7 * fullScale, type + " V0 " + v0 + " column " + j);
                }
                // the tolerance is tight enough to see a 0.05 ohm change of the row segments (2 %)
                double[] off = FastArrayModel.solve(new CrossbarReadSpec(rows, cols, g, v, 2.55, 1.5, type,
                        fastSpec.nonlinearityVolts(), 900));
                double worst = 0;
                for (int j = 0; j < cols; j++) worst = Math.max(worst, Math.abs(spice[j] - off[j]));
                assertTrue(worst > 1e-7 * fullScale, type + " V0 " + v0 + ": 2.55 ohm rows still within " + worst / fullScale);
            }
        }
    }
}
