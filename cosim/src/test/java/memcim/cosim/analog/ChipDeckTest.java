package memcim.cosim.analog;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import memcim.netlist.Element;
import memcim.netlist.Instance;
import memcim.hdl.spec.ArraySpec;
import memcim.hdl.spec.CellModel;
import memcim.hdl.spec.ChipSpec;
import memcim.hdl.spec.WireModel;
import memcim.netlist.crossbar.CrossbarDeck;
import memcim.netlist.crossbar.DeckNames;
import memcim.spice.NgSpice;
import org.junit.jupiter.api.Test;

/**
 * The chip's decks as {@link ChipDeck} builds them with the netlist module: the names the kernels use, and the
 * folded cells (chord and sinh, lumped and distributed wires) solved by ngspice against the cell's own I-V.
 */
class ChipDeckTest {
    static final double[][] G = {{10e-6, 60e-6, 110e-6}, {30e-6, 5e-6, 80e-6}, {90e-6, 45e-6, 20e-6}, {70e-6, 15e-6, 100e-6}};
    static final CellElectrics CELL = new CellElectrics(800, 0.3);

    static ChipSpec chip(CellModel cells, WireModel wires) {
        ChipSpec c = ChipSpec.reference();
        ArraySpec a = c.array();
        return c.withArray(new ArraySpec(a.rows(), a.columns(), a.cell(), a.wireSegmentOhms(), a.wireSegmentFarads(),
                a.gateVolts(), a.gateFarads(), wires, cells));
    }

    @Test
    void lockStepDeckNamesWhatTheKernelDrivesAndMeasures() {
        ChipSpec chip = ChipSpec.reference();
        CrossbarDeck deck = ChipDeck.build(chip, G, CELL, ChipDeck.Drive.LOCKSTEP, 1e-6, "test-lockstep");
        DeckNames n = deck.names();
        assertEquals(List.of("vw0"), n.wordSources(), "4 rows: one 16-row word");
        assertEquals(16, n.bitsPerWord());
        assertEquals(List.of("so0", "so1", "so2"), n.outputNodes());
        assertEquals("vrow3#branch", n.rowCurrents().get(3));
        assertEquals(chip.adc().bits(), n.dacSwitchCurrents().size());
        assertEquals("v.xdac.vd0#branch", n.dacSwitchCurrents().get(0));
        assertEquals(List.of("vsel", "vdw", "vrst", "vwl"), List.of(n.select(), n.dacWord(), n.reset(), n.wordLine()));
        String text = deck.text();
        assertTrue(text.startsWith("* test-lockstep\n"), text);
        assertTrue(text.contains("\nVW0 w0 0 external\n") && text.contains("\nVWL wl 0 external\n"), text);
        assertTrue(text.contains("\n.tran 2e-9 1e-6\n"), text);
        NgSpice ng = NgSpice.shared();
        ng.loadCircuit(text);
        assertEquals(List.of(), ng.lastWarnings());
        ng.removeCircuits();
    }

    @Test
    void foldedCellsCarryTheCellsCurrent() {
        double vRead = ChipSpec.reference().read().vReadVolts();
        for (CellModel cells : CellModel.values()) {
            for (WireModel wires : WireModel.values()) {
                ChipSpec chip = chip(cells, wires);
                CrossbarDeck deck = ChipDeck.build(chip, G, CELL, ChipDeck.Drive.OPERATING_POINT, 0, "test");
                String text = deck.text();
                assertTrue(text.contains(cells == CellModel.CHORD ? "\nRX0_0 " : "\nBX0_0 "), cells + " " + wires);
                assertFalse(text.contains("VCOL"), "no meters at the front ends");
                NgSpice ng = NgSpice.shared();
                ng.loadCircuit(text);
                assertEquals(List.of(), ng.lastWarnings());
                DeckNames n = deck.names();
                ng.alter(n.rowSources().get(0), "dc", vRead);
                ng.alter(n.rowSources().get(2), "dc", vRead);
                ng.command("op");
                double rf = chip.adc().transimpedanceOhms();
                for (int j = 0; j < 3; j++) {
                    double amps = 0;
                    for (int i : new int[] {0, 2}) amps += CELL.chordSiemens(G[i][j], vRead) * vRead;
                    // wires of a fraction of an ohm and an op-amp gain of 1e4 against cells of ten kilo-ohms and more
                    assertEquals(amps * rf, -ng.realVector(n.outputNodes().get(j))[0], 2e-3 * amps * rf,
                            cells + " " + wires + " column " + j);
                }
                ng.command("destroy all");
                ng.removeCircuits();
            }
        }
    }

    /**
     * The reference chip's 32 x 32 decks, flattened, have the elements the template generator they replaced wrote
     * (counted in its decks of the default seed's chip: same kinds, same numbers; the values and the order were
     * compared with ngspice's expanded listing when the template was removed).
     */
    @Test
    void referenceDecksHaveTheTemplateGeneratorsElements() {
        SplittableRandom rng = new SplittableRandom(1);
        double[][] g = new double[32][32];
        for (double[] row : g) for (int j = 0; j < 32; j++) row[j] = 1e-6 + 1e-4 * rng.nextDouble();
        ChipSpec chip = ChipSpec.reference();
        assertEquals(Map.of('C', 65, 'E', 32, 'R', 1120, 'V', 33),
                kinds(ChipDeck.build(chip, g, CELL, ChipDeck.Drive.OPERATING_POINT, 0, "op").netlist().elements()));
        assertEquals(Map.of('B', 45, 'C', 76, 'E', 32, 'R', 1130, 'S', 1, 'V', 48),
                kinds(ChipDeck.build(chip, g, CELL, ChipDeck.Drive.LOCKSTEP, 1e-6, "lockstep").netlist().elements()));
    }

    /** Elements by kind, subcircuit instances expanded. */
    private static Map<Character, Integer> kinds(List<Element> elements) {
        Map<Character, Integer> n = new TreeMap<>();
        for (Element e : elements) {
            if (e instanceof Instance x) kinds(x.subckt().elements()).forEach((k, v) -> n.merge(k, v, Integer::sum));
            else n.merge(Character.toUpperCase(e.name().charAt(0)), 1, Integer::sum);
        }
        return n;
    }
}
