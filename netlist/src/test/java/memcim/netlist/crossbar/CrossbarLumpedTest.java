package memcim.netlist.crossbar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import memcim.device.array.CrossbarReadSpec;
import memcim.spice.NgSpice;
import org.junit.jupiter.api.Test;

/** Lumped wires and transimpedance sensing, solved by ngspice, against their closed forms. */
class CrossbarLumpedTest {
    @Test
    void lumpedOneByTwoIsItsNodalSolution() {
        double seg = 50, v = 0.2;
        double[] g = {80e-6, 30e-6};
        CrossbarReadSpec spec = CrossbarReadSpec.linear(new double[][] {g}, new double[] {v}, seg);
        double[] spice = solve(CrossbarBuilder.build(spec, CrossbarOptions.defaults().lumpedWires(true), Map.of()),
                false);
        // by hand: row resistor (2 cells + 1) / 2 segments, column resistors (1 cell + 1) / 2 segments;
        // each column j draws G_j·r / (1 + G_j·Rc) from the row node r, which the row resistor feeds
        double rr = seg * 1.5, rc = seg;
        double load = g[0] / (1 + g[0] * rc) + g[1] / (1 + g[1] * rc);
        double r = v / (1 + rr * load);
        for (int j = 0; j < 2; j++) {
            double expected = g[j] * r / (1 + g[j] * rc);
            assertEquals(expected, spice[j], 1e-9 * expected, "column " + j);
        }
    }

    @Test
    void transimpedanceOutputIsMinusGainTimesTheVirtualGround() {
        SplittableRandom rng = new SplittableRandom(5);
        int rows = 4, cols = 3;
        double[][] g = new double[rows][cols];
        double[] v = new double[rows];
        for (int i = 0; i < rows; i++) {
            v[i] = rng.nextBoolean() ? 0.1 : 0;
            for (int j = 0; j < cols; j++) g[i][j] = 1e-6 + 1e-4 * rng.nextDouble();
        }
        double gain = 1e4, rf = 3.9e3;
        CrossbarOptions o = CrossbarOptions.defaults().sensing(Sensing.TRANSIMPEDANCE).amplifierGain(gain).feedbackOhms(rf);
        double[] out = solve(CrossbarBuilder.build(CrossbarReadSpec.linear(g, v, 0), o, Map.of()), true);
        for (int j = 0; j < cols; j++) {
            // the column node x: (1 + A)·x / Rf = Σ G_ij (V_i − x), and v(out) = −A·x
            double s = 0, sum = 0;
            for (int i = 0; i < rows; i++) {
                s += g[i][j] * v[i];
                sum += g[i][j];
            }
            double x = s / ((1 + gain) / rf + sum);
            assertEquals(-gain * x, out[j], 1e-9 * Math.abs(gain * x) + 1e-15, "column " + j);
        }
    }

    private static double[] solve(CrossbarDeck deck, boolean senseOutputs) {
        NgSpice ng = NgSpice.shared();
        ng.loadCircuit(deck.text());
        ng.run();
        List<String> names = senseOutputs ? deck.sidecar().senseOutputVectors() : deck.sidecar().columnCurrentVectors();
        double[] out = new double[names.size()];
        for (int j = 0; j < out.length; j++) out[j] = ng.realVector(names.get(j))[0];
        ng.removeCircuits();
        return out;
    }
}
