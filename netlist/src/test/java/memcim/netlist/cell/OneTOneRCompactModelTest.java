package memcim.netlist.cell;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;
import memcim.device.DevicePresets;
import memcim.netlist.Analysis;
import memcim.netlist.Instance;
import memcim.netlist.Netlist;
import memcim.netlist.SubcktFactory;
import memcim.netlist.Value;
import memcim.netlist.VoltageSource;
import memcim.spice.NgSpice;
import org.junit.jupiter.api.Test;

/** Transient SPICE of one 1T1R cell through the in-process binding. */
class OneTOneRCompactModelTest {
    private static final CompactModelParameters P = CompactModelParameters.of(DevicePresets.load("hfox-1t1r"));

    private static double finalState(Netlist deck) {
        NgSpice ng = NgSpice.shared();
        ng.loadCircuit(deck.render());
        assertEquals(List.of(), ng.lastWarnings(), "the deck loads without warnings");
        ng.run();
        double[] s = ng.realVector(CellPulseDeck.STATE_VECTOR);
        ng.removeCircuits();
        for (double v : s) assertTrue(v >= -1e-9 && v <= 1 + 1e-9, "state stays in [0, 1]: " + v);
        return s[s.length - 1];
    }

    @Test
    void setAtHigherGateVoltageGivesHigherConductance() {
        double[] gates = {1.4, 1.6, 1.8, 2.1};
        double previous = 0;
        for (double vg : gates) {
            double g = P.conductanceSiemens(finalState(CellPulseDeck.set(P, vg, 1.8, 1e-6, 1.0)));
            assertTrue(g > 1.3 * previous, "Vg " + vg + " V: " + g + " S after " + previous + " S");
            // Compliance: the final conductance follows the transistor's saturation current, G ~ Icc / 1 V
            // within a factor of 2 (the memristor stops growing once V falls to about Vset).
            double icc = P.complianceAmps(vg);
            assertTrue(g > icc / 2 && g < icc * 2, "Vg " + vg + ": G " + g + " S vs Icc " + icc + " A");
            previous = g;
        }
    }

    @Test
    void resetLowersConductance() {
        double setState = finalState(CellPulseDeck.set(P, 2.0, 1.8, 1e-6, 1.0));
        double after = finalState(CellPulseDeck.reset(P, 2.6, 4.8, 100e-9, setState));
        assertTrue(P.conductanceSiemens(after) < 0.6 * P.conductanceSiemens(setState),
                "RESET: " + P.conductanceSiemens(setState) + " S -> " + P.conductanceSiemens(after) + " S");
    }

    @Test
    void everyPresetGivesAWorkingCell() {
        for (String preset : DevicePresets.names()) {
            CompactModelParameters p = CompactModelParameters.of(DevicePresets.load(preset));
            double low = finalState(CellPulseDeck.set(p, p.nmosThresholdVolts() + 0.3, 1.8, 1e-6, 1.0));
            double high = finalState(CellPulseDeck.set(p, p.nmosThresholdVolts() + 1.0, 1.8, 1e-6, 1.0));
            assertTrue(p.conductanceSiemens(high) > p.conductanceSiemens(low), preset + ": " + low + " -> " + high);
        }
    }

    @Test
    void operatingPointConvergesFromZeroStateAndHoldsTheState() {
        for (double s0 : new double[] {0.0, 0.4, 1.0}) {
            Netlist n = new Netlist("1T1R read operating point");
            n.add(new VoltageSource("VBL", "bl", "0", 0.2));
            n.add(new VoltageSource("VWL", "wl", "0", 2.2));
            n.add(new VoltageSource("VSL", "sl", "0", 0.0));
            n.add(new Instance("XCELL", OneTOneRCompactModel.subckt(new SubcktFactory(), P), List.of("bl", "wl", "sl"),
                    Map.of("s0", Value.of(s0))));
            n.analysis(Analysis.op());
            NgSpice ng = NgSpice.shared();
            ng.loadCircuit(n.render());
            assertEquals(List.of(), ng.lastWarnings());
            ng.run();
            assertEquals(s0, ng.realVector(CellPulseDeck.STATE_VECTOR)[0], 1e-6, "a read does not disturb the state");
            double current = -ng.realVector("i(vbl)")[0];
            double v = 0.2 - ng.realVector("v(xcell.d)")[0];
            double expected = P.conductanceSiemens(s0) * P.nonlinearityVolts() * Math.sinh(v / P.nonlinearityVolts());
            assertEquals(expected, current, 1e-5 * expected + 1e-12, "read current of state " + s0);
            ng.removeCircuits();
        }
    }
}
