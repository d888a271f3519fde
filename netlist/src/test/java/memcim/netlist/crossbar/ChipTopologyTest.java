package memcim.netlist.crossbar;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;
import memcim.device.array.CellType;
import memcim.device.array.CrossbarReadSpec;
import memcim.netlist.adc.CapacitiveDac;
import memcim.spice.NgSpice;
import org.junit.jupiter.api.Test;

/**
 * The co-simulation's topology through the real ngspice: EXTERNAL word drivers with 0 V meters, folded cells,
 * transimpedance front ends without meters, the column multiplexer, C-DAC and comparator as factory subcircuits,
 * and the names the builder returns (including those inside the subcircuit instances) as ngspice knows them.
 */
class ChipTopologyTest {
    static final double V_READ = 0.2, RF = 2000, V_REF = 0.4, UNIT = 10e-15, VDD = 1.2;
    static final double[][] G = {{10e-6, 20e-6, 30e-6}, {40e-6, 50e-6, 60e-6}, {70e-6, 80e-6, 90e-6}, {15e-6, 25e-6, 35e-6}};

    static CrossbarOptions options(boolean lockStep) {
        CrossbarOptions o = CrossbarOptions.defaults().externalWords(V_READ, 2).sensing(Sensing.TRANSIMPEDANCE)
                .senseMeters(false).feedbackOhms(RF).amplifierGain(1e6).lumpedWires(true)
                .foldedCells(g -> new FoldedCell.Chord(1 / g)).wordLine(1e-15, 1.2, lockStep).title("chip test")
                .segmentFarads(0.05e-15, 0.05e-15);
        if (lockStep) o.columnSum(true).sarAdc(new SarAdc(4, V_REF, UNIT, 500, 1e4, VDD)).lockStep(1e-9, 50e-9);
        return o;
    }

    static CrossbarReadSpec spec() {
        return new CrossbarReadSpec(4, 3, G, new double[4], 0.25, 0.25, CellType.ONE_T_ONE_R, 0.3, 800);
    }

    @Test
    void namesAreTheOnesNgspiceGives() {
        CrossbarDeck deck = CrossbarBuilder.build(spec(), options(true), Map.of());
        DeckNames n = deck.names();
        assertEquals(List.of("vw0", "vw1"), n.wordSources());
        assertEquals(List.of("vrow0", "vrow1", "vrow2", "vrow3"), n.rowSources());
        assertEquals("v.xdac.vd3#branch", n.dacSwitchCurrents().get(3));
        assertEquals("xdac.sw0", n.dacSwitchNodes().get(0));
        assertEquals(List.of(), n.columnCurrents(), "no sense meters");
        String text = deck.text();
        assertFalse(text.contains("VCOL"), text);
        assertTrue(text.contains(".model " + CapacitiveDac.RESET_MODEL + " SW"), text);
        assertTrue(text.contains("\n.options method=gear\n"), text);
        assertTrue(text.contains("\n.save cmp mux dac wl isum vwl#branch r0_d vrow0#branch"), text);
        assertTrue(text.contains("\nRX1_2 r1 c2 "), text);
        // lumped lines: each line's capacitance at the node its cells share, not at the driver or sense end
        assertTrue(text.contains("\nRR1 r1_d r1 0.5\nCR1 r1 0 1.5e-16\n"), text);
        assertTrue(text.contains("\nRC2 c2 c2_s 0.625\nCC2 c2 0 2e-16\n"), text);

        NgSpice ng = NgSpice.shared();
        ng.loadCircuit(text);
        assertEquals(List.of(), ng.lastWarnings());
        // rows 0, 1 and 3 on (word 0 = 0b11, word 1 = 0b10), column 1 selected, no reset; from the first edge on the
        // DAC word 8 (MSB): applied at t = 0 the operating point would charge the DAC to it and leave 0 V on its output
        Map<String, Double> external = new java.util.HashMap<>(Map.of("vw0", 3.0, "vw1", 2.0, "vsel", 1.0, "vdw", 0.0,
                "vrst", 0.0, "vwl", 1.2));
        ng.setExternalSources((name, t) -> {
            Double x = external.get(name);
            if (x == null) throw new AssertionError("asked for " + name);
            return x;
        });
        try {
            ng.runLockStep(new double[] {10e-9, 20e-9, 30e-9, 40e-9}, (t, engine) -> external.put("vdw", 8.0));
        } finally {
            ng.setExternalSources(null);
        }
        double[] time = ng.realVector("time");
        int last = time.length - 1;
        assertEquals(50e-9, time[last], 1e-12);
        for (String v : List.of(n.comparator(), n.mux(), n.dac(), n.wordLineNode(), n.columnSum(), n.wordLineCurrent())) {
            assertEquals(time.length, ng.realVector(v).length, v);
        }
        assertEquals(V_READ, ng.realVector(n.rowNodes().get(0))[last], 1e-9);
        assertEquals(0, ng.realVector(n.rowNodes().get(2))[last], 1e-9);
        // Ohm's law through the chord cells (wires of a few tenths of an ohm against tens of kilo-ohms)
        double i1 = V_READ * (G[0][1] + G[1][1] + G[3][1]);
        assertEquals(i1 * RF, ng.realVector(n.mux())[last], 1e-3 * i1 * RF);
        // the row meters carry the rows' currents into the rows
        double row0 = V_READ * (G[0][0] + G[0][1] + G[0][2]);
        assertEquals(row0, Math.abs(ng.realVector(n.rowCurrents().get(0))[last]), 1e-3 * row0);
        double sum = 0;
        for (int j = 0; j < 3; j++) sum += V_READ * (G[0][j] + G[1][j] + G[3][j]);
        assertEquals(-sum * RF, ng.realVector(n.columnSum())[last], 1e-3 * sum * RF);
        // MSB of a 4-bit C-DAC: 8 of 16 units (15 switched and the terminating one) at V_ref
        assertEquals(V_REF / 2, ng.realVector(n.dac())[last], 1e-4);
        assertEquals(V_REF, ng.realVector(n.dacSwitchNodes().get(3))[last], 1e-6);
        assertEquals(i1 * RF > V_REF / 2 ? VDD : 0, ng.realVector(n.comparator())[last], 1e-3);
        assertTrue(ng.realVector(n.dacSwitchCurrents().get(3)).length == time.length);
        ng.removeCircuits();
    }

    @Test
    void operatingPointDeckHasTheSameArrayAndAlterableRows() {
        CrossbarDeck deck = CrossbarBuilder.build(spec(),
                CrossbarOptions.defaults().sensing(Sensing.TRANSIMPEDANCE).senseMeters(false).feedbackOhms(RF)
                        .lumpedWires(true).foldedCells(g -> new FoldedCell.Sinh(g * 0.3, 0.3)).wordLine(1e-15, 1.2, false),
                Map.of());
        NgSpice ng = NgSpice.shared();
        ng.loadCircuit(deck.text());
        assertEquals(List.of(), ng.lastWarnings());
        DeckNames n = deck.names();
        ng.alter(n.rowSources().get(2), "dc", V_READ);
        ng.run();
        for (int j = 0; j < 3; j++) {
            double i = 0.3 * G[2][j] * Math.sinh(V_READ / 0.3);
            assertEquals(-i * RF, ng.realVector(n.outputNodes().get(j))[0], 2e-3 * i * RF, "column " + j);
        }
        ng.removeCircuits();
    }
}
