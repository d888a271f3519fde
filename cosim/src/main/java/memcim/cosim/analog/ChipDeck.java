package memcim.cosim.analog;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import memcim.cosim.energy.TechnologyTable;
import memcim.device.array.CellType;
import memcim.device.array.CrossbarReadSpec;
import memcim.hdl.spec.CellModel;
import memcim.hdl.spec.ChipSpec;
import memcim.hdl.spec.WireModel;
import memcim.netlist.crossbar.CrossbarBuilder;
import memcim.netlist.crossbar.CrossbarDeck;
import memcim.netlist.crossbar.CrossbarOptions;
import memcim.netlist.crossbar.FoldedCell;
import memcim.netlist.crossbar.SarAdc;
import memcim.netlist.crossbar.Sensing;

/**
 * The SPICE deck of one programmed array of the chip with its column front ends, built by the netlist module's
 * {@link CrossbarBuilder}; for lock-step also the column multiplexer and the shared SAR ADC's C-DAC and comparator.
 * The deck's {@link CrossbarDeck#names() names} are what the kernels drive and measure.
 *
 * <p>The circuit: rows driven (lock-step) by behavioural drivers reading two EXTERNAL 16-bit word sources, each
 * through a 0 V meter, or (operating points) by one source per row that transaction mode alters; the row and column
 * wires lumped (one resistor of (cells + 1) / 2 segments and one capacitor per line) or distributed; each cell
 * folded into one element ({@link CellElectrics}: the access transistor and the sinh memristor as one sinh source,
 * or its chord resistor at V_read for {@link CellModel#CHORD} and linear cards); each column held at virtual ground
 * by a transimpedance stage (no meter source), v(so) = −I·R_f; the word-line (gate) load as one source and
 * capacitor. Element values are given to 6 significant digits, as the decks of the template generator this class
 * replaced wrote them, so the co-simulation's figures did not move.
 */
public final class ChipDeck {
    /** How the deck is driven: lock-step (EXTERNAL sources, ADC, a transient) or operating points ({@code alter}). */
    public enum Drive { LOCKSTEP, OPERATING_POINT }

    /** Rows per EXTERNAL word source. */
    public static final int ROWS_PER_WORD = 16;

    private ChipDeck() {}

    /**
     * @param conductanceSiemens rows × columns, every cell (unused ones at the device's off conductance)
     * @param tranStopSeconds    length of the lock-step transient (ignored for operating points)
     */
    public static CrossbarDeck build(ChipSpec chip, double[][] conductanceSiemens, CellElectrics cell, Drive drive,
                                     double tranStopSeconds, String title) {
        var a = chip.array();
        var adc = chip.adc();
        int rows = conductanceSiemens.length;
        int cols = conductanceSiemens[0].length;
        boolean lockstep = drive == Drive.LOCKSTEP;
        boolean chord = a.spiceCells() == CellModel.CHORD || cell.linear();
        double vRead = chip.read().vReadVolts();
        double vdd = TechnologyTable.named(chip.technology()).get("supplyVolts");
        CrossbarReadSpec spec = new CrossbarReadSpec(rows, cols, conductanceSiemens, new double[rows], a.wireSegmentOhms(),
                a.wireSegmentOhms(), CellType.ONE_T_ONE_R, cell.nonlinearityVolts(), cell.accessOhms());
        FoldedCell.Folding folding = chord
                ? g -> new FoldedCell.Chord(six(1 / cell.chordSiemens(g, vRead)))
                : g -> new FoldedCell.Sinh(six(cell.effectiveSiemens(g) * cell.effectiveVolts(g)), six(cell.effectiveVolts(g)));
        CrossbarOptions o = CrossbarOptions.defaults()
                .title(title)
                .lumpedWires(a.spiceWires() != WireModel.DISTRIBUTED)
                .segmentFarads(a.wireSegmentFarads(), a.wireSegmentFarads())
                .foldedCells(folding)
                .sensing(Sensing.TRANSIMPEDANCE).senseMeters(false)
                .feedbackOhms(six(adc.transimpedanceOhms())).amplifierGain(six(adc.opAmpGain()))
                .wordLine(six(a.gateFarads() * rows * cols), six(a.gateVolts()), lockstep);
        if (lockstep) {
            o.externalWords(six(vRead), ROWS_PER_WORD)
                    .columnSum(true)
                    .sarAdc(new SarAdc(adc.bits(), six(adc.vRefVolts()), six(adc.dacUnitFarads()), six(adc.switchOhms()),
                            six(adc.comparatorGain()), six(vdd)))
                    // at least five time points per clock period so each cycle's waveform and energy are resolved
                    .lockStep(six(chip.clockPeriodSeconds() / 5), six(tranStopSeconds));
        }
        Map<String, String> header = new LinkedHashMap<>();
        header.put("chip", String.format(Locale.ROOT, "wires %s, cells %s, V_read %s V, gate %s V, clock %s Hz, drive %s",
                a.spiceWires().key(), a.spiceCells().key(), six(vRead), six(a.gateVolts()),
                six(chip.clock().frequencyHertz()), drive));
        header.put("front end", String.format(Locale.ROOT, "Rf %s ohm, op-amp gain %s", six(adc.transimpedanceOhms()),
                six(adc.opAmpGain())));
        return CrossbarBuilder.build(spec, o, header);
    }

    /** A value to 6 significant digits, as the deck text of the former template generator ({@code %.6g}). */
    static double six(double x) {
        return Double.parseDouble(String.format(Locale.ROOT, "%.6g", x));
    }
}
