package memcim.cosim.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import memcim.cosim.energy.EnergyBreakdown;
import memcim.cosim.energy.EnergyItem;
import memcim.cosim.energy.PublishedFigure;

/** The energy section of report.json: what each figure covers and its comparison with published platforms. */
public record EnergyReport(double macOnlyJoulesPerInference, double fullChipJoulesPerInference,
                           Map<String, Double> breakdown, Map<String, String> methods,
                           Map<String, Double> publishedJoules, Map<String, Double> ratioPublishedOverFullChip,
                           double macOnlyOverPublishedLow, double macOnlyOverPublishedHigh,
                           double latencySecondsPerInference, List<String> covers) {

    public static EnergyReport of(EnergyBreakdown b) {
        Map<String, Double> breakdown = new LinkedHashMap<>();
        Map<String, String> methods = new LinkedHashMap<>();
        for (EnergyItem i : b.items()) {
            breakdown.put(i.name(), i.joulesPerInference());
            methods.put(i.name(), (i.macOnly() ? "MAC-only; " : "") + i.method());
        }
        Map<String, Double> published = new LinkedHashMap<>();
        Map<String, Double> ratios = new LinkedHashMap<>();
        published.put(PublishedFigure.MAC_LOW.label(), PublishedFigure.MAC_LOW.joules());
        published.put(PublishedFigure.MAC_HIGH.label(), PublishedFigure.MAC_HIGH.joules());
        for (PublishedFigure p : PublishedFigure.ALL) {
            published.put(p.label(), p.joules());
            ratios.put(p.label(), p.joules() / b.fullChipJoules());
        }
        return new EnergyReport(b.macOnlyJoules(), b.fullChipJoules(), breakdown, methods, published, ratios,
                b.macOnlyJoules() / PublishedFigure.MAC_LOW.joules(), b.macOnlyJoules() / PublishedFigure.MAC_HIGH.joules(),
                b.latencySeconds(), List.of(
                        "macOnlyJoulesPerInference: energy delivered by the read-voltage sources into the arrays "
                                + "(cell conduction and bit/word-line charging), integrated in ngspice per read phase; "
                                + "comparable to the published 0.7-2.5 nJ, which covers the MAC only",
                        "fullChipJoulesPerInference: MAC plus drivers, sensing front ends, SAR ADCs (comparator, DAC) "
                                + "and the digital periphery (yosys cells x simulated activity, clock, leakage)"));
    }
}
