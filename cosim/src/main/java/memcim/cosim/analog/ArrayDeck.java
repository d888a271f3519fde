package memcim.cosim.analog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import memcim.core.Generator;
import memcim.cosim.energy.TechnologyTable;
import memcim.hdl.spec.CellModel;
import memcim.hdl.spec.ChipSpec;
import memcim.hdl.spec.WireModel;
import memcim.templates.Templates;

/**
 * The SPICE deck of one programmed array with its column front ends (template {@code chip/array-read.cir.vm}); for
 * lock-step also the column multiplexer and the shared SAR ADC's DAC and comparator. Names the deck's sources and
 * nodes so the kernels can drive and measure them.
 */
public final class ArrayDeck {
    /** How the deck is driven: lock-step (EXTERNAL sources, ADC, a transient) or operating points ({@code alter}). */
    public enum Drive { LOCKSTEP, OPERATING_POINT }

    private ArrayDeck() {}

    public static String rowSource(int row) { return "vr" + row; }

    public static String rowNode(int row) { return "rd" + row; }

    public static String wordLineSource() { return "vwl"; }

    public static String resetSource() { return "vrst"; }

    /** EXTERNAL: the selected column's index (−1: none). */
    public static final String SELECT = "vsel";
    /** EXTERNAL: word lines 0-15 and 16-31, each the 16-bit word as volts. */
    public static final String WORD_LOW = "vwa";
    public static final String WORD_HIGH = "vwb";
    /** EXTERNAL: the DAC word as volts. */
    public static final String DAC_WORD = "vdw";

    public static String dacSwitch(int bit) { return "vd" + bit; }

    public static String dacSwitchNode(int bit) { return "sw" + bit; }

    public static String frontEndNode(int column) { return "fe" + column; }

    public static String frontEndSource(int column) { return "e" + column; }

    public static final String MUX = "mux";
    public static final String DAC = "dac";
    public static final String COMPARATOR = "cmp";
    /** Σ_j fe_j: minus the total column current times R_f. */
    public static final String COLUMN_SUM = "isum";

    /**
     * @param conductanceSiemens rows × columns, every cell (unused ones at the device's off conductance)
     * @param tranStopSeconds    length of the lock-step transient (ignored for operating points)
     */
    public static String render(ChipSpec chip, double[][] conductanceSiemens, CellElectrics cell, Drive drive,
                                double tranStopSeconds, String title) {
        var a = chip.array();
        var adc = chip.adc();
        int rows = conductanceSiemens.length;
        int cols = conductanceSiemens[0].length;
        boolean distributed = a.spiceWires() == WireModel.DISTRIBUTED;
        boolean lockstep = drive == Drive.LOCKSTEP;
        boolean chord = a.spiceCells() == CellModel.CHORD;
        double vdd = TechnologyTable.named(chip.technology()).get("supplyVolts");
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("title", title);
        v.put("generator", Generator.id());
        v.put("header", List.of(
                String.format(Locale.ROOT, "array %dx%d, wires %s (%s ohm, %s F per segment), drive %s", rows, cols,
                        a.spiceWires().key(), num(a.wireSegmentOhms()), num(a.wireSegmentFarads()), drive),
                String.format(Locale.ROOT, "cells: access %s ohm, V0 %s V; V_read %s V, gate %s V", num(cell.accessOhms()),
                        num(cell.nonlinearityVolts()), num(chip.read().vReadVolts()), num(a.gateVolts())),
                String.format(Locale.ROOT, "front end Rf %s ohm, op-amp gain %s; ADC %d bits, V_ref %s V, C-DAC unit %s F,"
                                + " clock %s Hz", num(adc.transimpedanceOhms()), num(adc.opAmpGain()), adc.bits(),
                        num(adc.vRefVolts()), num(adc.dacUnitFarads()), num(chip.clock().frequencyHertz()))));
        v.put("wlSource", lockstep ? "external" : "dc " + num(a.gateVolts()));
        List<Map<String, Object>> drivers = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            drivers.add(Map.of("i", i, "word", i < 16 ? "wa" : "wb", "low", num(1 << (i % 16)),
                    "high", num(1 << (i % 16 + 1))));
        }
        v.put("rowDrivers", drivers);
        v.put("vRead", num(chip.read().vReadVolts()));
        v.put("vRef", num(adc.vRefVolts()));
        v.put("wlFarads", num(a.gateFarads() * rows * cols));
        v.put("distributed", distributed);
        v.put("segmentOhms", num(a.wireSegmentOhms()));
        v.put("segmentFarads", num(a.wireSegmentFarads()));
        // lumped: a line's cells sit on average half-way along it
        v.put("rowOhms", num(Math.max(1e-3, a.wireSegmentOhms() * (cols + 1) / 2.0)));
        v.put("columnOhms", num(Math.max(1e-3, a.wireSegmentOhms() * (rows + 1) / 2.0)));
        v.put("rowFarads", num(a.wireSegmentFarads() * cols));
        v.put("columnFarads", num(a.wireSegmentFarads() * rows));
        v.put("rows", range(rows));
        v.put("columns", range(cols));
        List<Map<String, Object>> cells = new ArrayList<>(rows * cols);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                double g = conductanceSiemens[i][j];
                String element;
                String value;
                if (cell.linear() || chord) {
                    element = "Rc" + i + "_" + j;
                    value = num(1 / cell.chordSiemens(g, chip.read().vReadVolts()));
                } else {
                    String ctrl = distributed ? "v(r" + i + "_" + j + ",k" + i + "_" + j + ")" : "v(r" + i + ",k" + j + ")";
                    double v0 = cell.effectiveVolts(g);
                    element = "Bc" + i + "_" + j;
                    value = "i = " + num(cell.effectiveSiemens(g) * v0) + " * sinh(" + ctrl + " / " + num(v0) + ")";
                }
                cells.add(Map.of("i", i, "j", j, "element", element, "value", value,
                        "left", j == 0 ? "rd" + i : "r" + i + "_" + (j - 1),
                        "below", i + 1 < rows ? "k" + (i + 1) + "_" + j : "bl" + j));
            }
        }
        v.put("cells", cells);
        v.put("opAmpGain", num(adc.opAmpGain()));
        v.put("feedbackOhms", num(adc.transimpedanceOhms()));
        v.put("adc", lockstep);
        StringBuilder mux = new StringBuilder("-(");
        for (int j = 0; j < cols; j++) {
            mux.append(j == 0 ? "" : " + ").append("u(0.5 - abs(v(sel) - ").append(j).append("))*v(fe").append(j).append(")");
        }
        v.put("muxExpression", mux.append(")").toString());
        StringBuilder sum = new StringBuilder();
        List<String> saved = new ArrayList<>(List.of(COMPARATOR, MUX, DAC, "wl", "isum", wordLineSource() + "#branch"));
        for (int j = 0; j < cols; j++) sum.append(j == 0 ? "" : " + ").append("v(fe").append(j).append(")");
        for (int i = 0; i < rows; i++) {
            saved.add(rowNode(i));
            saved.add(rowSource(i) + "#branch");
        }
        for (int k = 0; k < adc.bits(); k++) {
            saved.add(dacSwitchNode(k));
            saved.add(dacSwitch(k) + "#branch");
        }
        v.put("sumExpression", sum.toString());
        v.put("saved", String.join(" ", saved));
        List<Map<String, Object>> bits = new ArrayList<>();
        for (int k = 0; k < adc.bits(); k++) {
            bits.add(Map.of("k", k, "farads", num(adc.dacUnitFarads() * (1 << k)), "low", num(1 << k),
                    "high", num(1 << (k + 1))));
        }
        v.put("bits", bits);
        v.put("switchOhms", num(adc.switchOhms()));
        v.put("dacUnitFarads", num(adc.dacUnitFarads()));
        v.put("vddHalf", num(vdd / 2));
        v.put("comparatorGain", num(adc.comparatorGain()));
        // at least five time points per clock period so each cycle's waveform and energy are resolved
        v.put("tranStep", num(chip.clockPeriodSeconds() / 5));
        v.put("tranStop", num(tranStopSeconds));
        return Templates.render("chip/array-read.cir.vm", v);
    }

    private static List<Integer> range(int n) {
        List<Integer> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(i);
        return out;
    }

    static String num(double x) {
        if (Double.isInfinite(x)) return x > 0 ? "inf" : "-inf";
        return String.format(Locale.ROOT, "%.6g", x);
    }
}
