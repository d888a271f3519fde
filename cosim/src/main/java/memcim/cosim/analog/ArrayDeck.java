package memcim.cosim.analog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import memcim.core.Generator;
import memcim.cosim.config.ChipConfig;
import memcim.templates.Templates;

/**
 * The SPICE deck of one programmed array with its column front ends, and for lock-step also its column SAR ADCs
 * (template {@code chip/array-adc.cir.vm}). Names the deck's sources so the kernels can drive and measure them.
 */
public final class ArrayDeck {
    /** How the deck is driven: lock-step (EXTERNAL sources, ADCs, a transient) or operating points ({@code alter}). */
    public enum Drive { LOCKSTEP, OPERATING_POINT }

    private ArrayDeck() {}

    public static String rowSource(int row) { return "vr" + row; }

    public static String rowNode(int row) { return "rd" + row; }

    public static String wordLineSource() { return "vwl"; }

    /** The C-DACs' reset (discharge) control. */
    public static String resetSource() { return "vrst"; }

    public static String dacSwitch(int column, int bit) { return "vd" + column + "_" + bit; }

    public static String frontEndNode(int column) { return "fe" + column; }

    public static String frontEndSource(int column) { return "e" + column; }

    public static String comparatorNode(int column) { return "cmp" + column; }

    public static String dacNode(int column) { return "dac" + column; }

    /**
     * @param conductanceSiemens rows × columns, every cell (unprogrammed ones at the device's off conductance)
     * @param accessOhms         the access transistor's read on-resistance (lumped model only; the distributed
     *                           model simulates the transistor)
     * @param tranStopSeconds    length of the lock-step transient (ignored for operating points)
     */
    public static String render(ChipConfig chip, double[][] conductanceSiemens, double accessOhms, Drive drive,
                                double tranStopSeconds, String title) {
        var a = chip.array();
        var adc = chip.adc();
        int rows = conductanceSiemens.length;
        int cols = conductanceSiemens[0].length;
        boolean distributed = "distributed".equals(a.spiceModel());
        boolean lockstep = drive == Drive.LOCKSTEP;
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("title", title);
        v.put("generator", Generator.id());
        v.put("header", List.of(
                String.format(Locale.ROOT, "array %dx%d, SPICE model %s, drive %s", rows, cols, a.spiceModel(), drive),
                String.format(Locale.ROOT, "V_read %s V, gate %s V, front end Rf %s ohm, op-amp gain %s",
                        num(chip.read().vReadVolts()), num(a.gateVolts()), num(adc.transimpedanceOhms()),
                        num(adc.opAmpGain())),
                String.format(Locale.ROOT, "ADC %d bits, V_ref %s V, C-DAC unit %s F, clock %s Hz", adc.bits(),
                        num(adc.vRefVolts()), num(adc.dacUnitFarads()), num(chip.clock().frequencyHertz()))));
        v.put("wlSource", lockstep ? "external" : "dc " + num(a.gateVolts()));
        v.put("rowSource", lockstep ? "external" : "dc 0");
        v.put("wlFarads", num(a.gateFarads() * rows * cols));
        v.put("distributed", distributed);
        v.put("driverOhms", num(distributed ? a.driverOhms() : a.driverOhms() + a.wireSegmentOhms() * cols / 2.0));
        v.put("segmentOhms", num(a.wireSegmentOhms()));
        v.put("segmentFarads", num(a.wireSegmentFarads()));
        v.put("rowFarads", num(a.wireSegmentFarads() * cols));
        v.put("columnFarads", num(a.wireSegmentFarads() * rows));
        v.put("columnOhms", num(Math.max(1e-3, a.wireSegmentOhms() * rows / 2.0)));
        List<Map<String, Object>> rowList = new ArrayList<>();
        for (int i = 0; i < rows; i++) rowList.add(Map.of("i", i));
        v.put("rows", rowList);
        List<Integer> columns = new ArrayList<>();
        for (int j = 0; j < cols; j++) columns.add(j);
        v.put("columns", columns);
        List<Map<String, Object>> cells = new ArrayList<>(rows * cols);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                double ohms = 1 / conductanceSiemens[i][j] + (distributed ? 0 : accessOhms);
                cells.add(Map.of("i", i, "j", j, "ohms", num(ohms),
                        "below", i + 1 < rows ? "k" + (i + 1) + "_" + j : "bl" + j,
                        "right", j + 1 < cols ? "r" + i + "_" + (j + 1) : ""));
            }
        }
        v.put("cells", cells);
        v.put("opAmpGain", num(adc.opAmpGain()));
        v.put("feedbackOhms", num(adc.transimpedanceOhms()));
        v.put("adc", lockstep);
        List<Map<String, Object>> bits = new ArrayList<>();
        for (int k = 0; k < adc.bits(); k++) bits.add(Map.of("k", k, "farads", num(adc.dacUnitFarads() * (1 << k))));
        v.put("bits", bits);
        v.put("switchOhms", num(adc.switchOhms()));
        v.put("dacUnitFarads", num(adc.dacUnitFarads()));
        v.put("vddHalf", num(TechSupply.volts(chip) / 2));
        v.put("comparatorGain", num(adc.comparatorGain()));
        // time points at least ten per clock period so the waveforms and energy integrals resolve each cycle
        v.put("tranStep", num(chip.clockPeriodSeconds() / 10));
        v.put("tranStop", num(tranStopSeconds));
        return Templates.render("chip/array-adc.cir.vm", v);
    }

    static String num(double x) {
        return String.format(Locale.ROOT, "%.6g", x);
    }
}
