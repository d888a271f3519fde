package memcim.netlist.crossbar;

import static memcim.netlist.crossbar.Arrays4Test.*;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import memcim.core.InputException;
import memcim.device.array.CrossbarReadSpec;
import memcim.device.array.FastArrayModel;
import memcim.spice.NgSpice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of crossbar deck loads without warnings and computes what its circuit says. */
class CrossbarOptionsTest {
    private static final int N = 8;
    private static final double[][] PHASES = ReadPhases.bitSerial(new int[] {0, 1, 2, 3, 4, 5, 6, 7}, 3, 0.2);

    private static NgSpice load(CrossbarDeck deck) {
        NgSpice ng = NgSpice.shared();
        ng.loadCircuit(deck.text());
        assertEquals(List.of(), ng.lastWarnings(), "warnings on load");
        return ng;
    }

    private static void assertClose(double[] expected, double[] actual, double relative, String what) {
        for (int j = 0; j < expected.length; j++) {
            assertEquals(expected[j], actual[j], relative * Math.abs(expected[j]) + 1e-12, what + " column " + j);
        }
    }

    private static double[] column(NgSpice ng, List<String> vectors) {
        double[] out = new double[vectors.size()];
        for (int j = 0; j < out.length; j++) out[j] = ng.realVector(vectors.get(j))[0];
        return out;
    }

    @Test
    void transimpedanceOutputIsMinusCurrentTimesFeedback() {
        CrossbarReadSpec spec = programmed(N, 1.0, 21);
        CrossbarDeck deck = CrossbarBuilder.build(spec, CrossbarOptions.defaults().sensing(Sensing.TRANSIMPEDANCE)
                .feedbackOhms(5e3), Map.of());
        NgSpice ng = load(deck);
        ng.run();
        double[] currents = column(ng, deck.sidecar().columnCurrentVectors());
        double[] outputs = column(ng, deck.sidecar().senseOutputVectors());
        ng.removeCircuits();
        assertClose(FastArrayModel.solve(spec), currents, 1e-4, "virtual ground holds");
        for (int j = 0; j < N; j++) assertEquals(-currents[j] * 5e3, outputs[j], 1e-4 * Math.abs(outputs[j]));
    }

    @Test
    void transistorDriversPutTheRailOnSelectedRowsOnly() {
        CrossbarReadSpec spec = programmed(N, 1.0, 22).withRowVolts(PHASES[0]);
        CrossbarDeck deck = CrossbarBuilder.build(spec, CrossbarOptions.defaults().drivers(Drivers.TRANSISTOR), Map.of());
        NgSpice ng = load(deck);
        ng.run();
        double[] currents = column(ng, deck.sidecar().columnCurrentVectors());
        double[] rowEnds = new double[N];
        for (int i = 0; i < N; i++) rowEnds[i] = ng.realVector("v(r" + i + "_d)")[0];
        ng.removeCircuits();
        for (int i = 0; i < N; i++) {
            if (PHASES[0][i] == 0) assertEquals(0, rowEnds[i], 1e-3, "unselected row " + i);
            else assertTrue(rowEnds[i] > 0.17 && rowEnds[i] < 0.2, "selected row " + i + " at " + rowEnds[i] + " V");
        }
        // The array behind the drivers is the shared topology driven by what the drivers deliver.
        assertClose(FastArrayModel.solve(spec.withRowVolts(rowEnds)), currents, 1e-4, "array behind the drivers");
    }

    @Test
    void bitSerialPhasesByAlterMatchTheFastModelPerPhase() {
        CrossbarReadSpec spec = programmed(N, 1.0, 23);
        CrossbarDeck deck = CrossbarBuilder.build(spec, CrossbarOptions.defaults().readMode(ReadMode.PHASES_OP)
                .phases(PHASES), Map.of());
        NgSpice ng = load(deck);
        FastArrayModel fast = new FastArrayModel(spec);
        for (int p = 0; p < PHASES.length; p++) {
            for (int i = 0; i < N; i++) ng.alter(deck.sidecar().rowSources().get(i), "dc", deck.sidecar().phaseRowVolts()[p][i]);
            ng.run();
            assertClose(fast.columnCurrents(PHASES[p]), column(ng, deck.sidecar().columnCurrentVectors()), 1e-5, "phase " + p);
        }
        ng.removeCircuits();
    }

    @Test
    void transientPhasesSettleToTheOperatingPointOfEachPhase() {
        CrossbarReadSpec spec = programmed(N, 1.0, 24);
        CrossbarDeck deck = CrossbarBuilder.build(spec, CrossbarOptions.defaults().readMode(ReadMode.PHASES_TRAN)
                .phases(PHASES).segmentFarads(0.1e-15, 0.1e-15).phaseTiming(20e-9, 1e-9), Map.of());
        NgSpice ng = load(deck);
        ng.run();
        double[] time = ng.realVector("time");
        FastArrayModel fast = new FastArrayModel(spec);
        for (int p = 0; p < PHASES.length; p++) {
            double[] expected = fast.columnCurrents(PHASES[p]);
            for (int j = 0; j < N; j++) {
                double got = at(time, ng.realVector(deck.sidecar().columnCurrentVectors().get(j)), deck.sidecar().phaseSampleSeconds()[p]);
                assertEquals(expected[j], got, 1e-4 * expected[j] + 1e-12, "phase " + p + " column " + j);
            }
        }
        ng.removeCircuits();
    }

    @Test
    void integratorsAccumulateEachPhaseCharge() {
        CrossbarReadSpec spec = programmed(N, 1.0, 25);
        double phase = 20e-9;
        double edge = 1e-9;
        double cf = 1e-12;
        CrossbarDeck deck = CrossbarBuilder.build(spec, CrossbarOptions.defaults().readMode(ReadMode.PHASES_TRAN)
                .sensing(Sensing.INTEGRATING).feedbackFarads(cf).phases(PHASES).phaseTiming(phase, edge), Map.of());
        NgSpice ng = load(deck);
        ng.run();
        double[] time = ng.realVector("time");
        FastArrayModel fast = new FastArrayModel(spec);
        for (int p = 0; p < PHASES.length; p++) {
            double[] current = fast.columnCurrents(PHASES[p]);
            double tEnd = deck.sidecar().phaseSampleSeconds()[p];
            for (int j = 0; j < N; j++) {
                double out = at(time, ng.realVector(deck.sidecar().senseOutputVectors().get(j)), tEnd);
                // Integration runs from the end of the reset (1.25 edges into the phase) to the sample instant.
                double expected = -current[j] * (phase - 1.25 * edge) / cf;
                assertEquals(expected, out, 0.03 * Math.abs(expected) + 1e-4, "phase " + p + " column " + j);
            }
        }
        ng.removeCircuits();
        assertThrows(InputException.class, () -> CrossbarBuilder.build(spec,
                CrossbarOptions.defaults().sensing(Sensing.INTEGRATING), Map.of()));
    }

    @Test
    void splitDifferentialArraysShareTheDriversOnly() {
        CrossbarReadSpec plus = programmed(N, 1.0, 26);
        CrossbarReadSpec minus = programmed(N, 1.0, 27).withRowVolts(plus.rowVolts());
        DifferentialLayout.Placement placement = DifferentialLayout.SPLIT.place(plus.conductanceSiemens(), minus.conductanceSiemens());
        CrossbarReadSpec both = new CrossbarReadSpec(N, 2 * N, placement.conductanceSiemens(), plus.rowVolts(), 1.0, 1.0,
                plus.cellType(), plus.nonlinearityVolts(), plus.accessOnOhms());
        CrossbarDeck deck = CrossbarBuilder.build(both, CrossbarOptions.defaults().differential(placement), Map.of());
        assertEquals(List.of(0, N), deck.sidecar().arrayFirstColumns());
        NgSpice ng = load(deck);
        ng.run();
        double[] currents = column(ng, deck.sidecar().columnCurrentVectors());
        ng.removeCircuits();
        double[] p = FastArrayModel.solve(plus);
        double[] m = FastArrayModel.solve(minus);
        for (int k = 0; k < N; k++) {
            int[] pair = deck.sidecar().differentialPairs().get(k);
            assertEquals(p[k], currents[pair[0]], 1e-5 * p[k]);
            assertEquals(m[k], currents[pair[1]], 1e-5 * m[k]);
        }
        DifferentialLayout.Placement inter = DifferentialLayout.INTERLEAVED.place(plus.conductanceSiemens(), minus.conductanceSiemens());
        assertEquals(plus.conductance(2, 3), inter.conductanceSiemens()[2][6]);
        assertEquals(minus.conductance(2, 3), inter.conductanceSiemens()[2][7]);
    }

    @Test
    void standalonePhaseDeckPrintsEveryPhase(@TempDir Path dir) {
        CrossbarReadSpec spec = programmed(N, 1.0, 28);
        CrossbarBuilder.build(spec, CrossbarOptions.defaults().readMode(ReadMode.PHASES_OP).phases(PHASES), Map.of())
                .write(dir, "phases");
        String out = runBatch(dir.resolve("phases.cir"));
        FastArrayModel fast = new FastArrayModel(spec);
        var m = java.util.regex.Pattern.compile("i\\(vcol5\\) = (\\S+)").matcher(out);
        for (int p = 0; p < PHASES.length; p++) {
            assertTrue(m.find(), "phase " + p + " printed:\n" + out);
            double expected = fast.columnCurrents(PHASES[p])[5];
            assertEquals(expected, Double.parseDouble(m.group(1)), 1e-5 * expected + 1e-12, "phase " + p);
        }
    }

    @Test
    void everyDeckKindRunsStandaloneInBatchMode(@TempDir Path dir) {
        CrossbarReadSpec spec = programmed(N, 1.0, 29).withRowVolts(PHASES[0]);
        CrossbarOptions[] kinds = {
                CrossbarOptions.defaults().drivers(Drivers.TRANSISTOR).sensing(Sensing.TRANSIMPEDANCE),
                CrossbarOptions.defaults().readMode(ReadMode.PHASES_TRAN).phases(PHASES).sensing(Sensing.INTEGRATING)
                        .segmentFarads(1e-16, 1e-16),
                CrossbarOptions.defaults().readMode(ReadMode.PHASES_TRAN).phases(PHASES).drivers(Drivers.TRANSISTOR),
                CrossbarOptions.defaults().differential(DifferentialLayout.INTERLEAVED.pairsOnly(N, N)),
        };
        for (int k = 0; k < kinds.length; k++) {
            CrossbarBuilder.build(spec, kinds[k], Map.of()).write(dir, "kind" + k);
            String out = runBatch(dir.resolve("kind" + k + ".cir"));
            assertFalse(out.toLowerCase().contains("error") || out.toLowerCase().contains("warning"), "kind " + k + ":\n" + out);
            assertTrue(out.contains("vcol7"), "kind " + k + " prints the column currents");
        }
    }

    /** Linear interpolation of a transient vector at instant t. */
    private static double at(double[] time, double[] values, double t) {
        for (int k = 1; k < time.length; k++) {
            if (time[k] >= t) {
                double f = (t - time[k - 1]) / (time[k] - time[k - 1]);
                return values[k - 1] + f * (values[k] - values[k - 1]);
            }
        }
        return values[values.length - 1];
    }
}
