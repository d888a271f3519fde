package memcim.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import memcim.core.Json;
import memcim.spice.BatchResult;
import memcim.spice.SpicePlot;
import memcim.spice.SpiceVector;

/** How {@code memcim spice} and {@code memcim raw} show plots: the JSON document and the table, one place for both. */
final class SpiceListing {
    /** Version of the JSON document; 1 was {@code {"plot", "vectors"}} of the final plot only. */
    static final int JSON_VERSION = 2;

    private SpiceListing() {}

    /** Each plot with only the wanted vectors (all when none is named), plots without any left out. */
    static List<SpicePlot> select(List<SpicePlot> plots, List<String> wanted) {
        if (wanted.isEmpty()) return plots;
        List<SpicePlot> out = new ArrayList<>();
        for (SpicePlot p : plots) {
            List<SpiceVector> vs = new ArrayList<>();
            vs.add(p.scale());
            for (String w : wanted) {
                SpiceVector v = p.find(w);
                if (v != null && !vs.contains(v)) vs.add(v);
            }
            if (vs.size() > 1 || wanted.stream().anyMatch(w -> p.find(w) == p.scale())) {
                out.add(new SpicePlot(p.name(), p.plotname(), p.title(), p.date(), vs));
            }
        }
        return out;
    }

    /** The wanted names no plot has. */
    static List<String> unknownVectors(List<SpicePlot> plots, List<String> wanted) {
        List<String> unknown = new ArrayList<>();
        for (String w : wanted) if (plots.stream().noneMatch(p -> p.find(w) != null)) unknown.add(w);
        return unknown;
    }

    /** "tran1: time v(out) ..." per plot, for error messages. */
    static String names(List<SpicePlot> plots) {
        List<String> s = new ArrayList<>();
        for (SpicePlot p : plots) s.add(p.name() + " " + p.vectors().stream().map(SpiceVector::name).toList());
        return s.toString();
    }

    static String json(String deck, BatchResult r, List<String> wanted) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("version", JSON_VERSION);
        doc.put("deck", deck);
        doc.put("plots", plotsJson(select(r.plots(), wanted)));
        doc.put("measures", r.measures());
        doc.put("quit", r.quitStatus());
        doc.put("warnings", r.warnings());
        doc.put("output", r.output());
        return Json.write(doc);
    }

    static List<Object> plotsJson(List<SpicePlot> plots) {
        List<Object> out = new ArrayList<>();
        for (SpicePlot p : plots) {
            Map<String, Object> values = new LinkedHashMap<>();
            for (SpiceVector v : p.vectors()) values.put(v.name(), v.isComplex() ? v.complex() : v.realValues());
            Map<String, Object> plot = new LinkedHashMap<>();
            plot.put("name", p.name());
            plot.put("type", p.type());
            plot.put("plotname", p.plotname());
            plot.put("title", p.title());
            plot.put("scale", p.scale().name());
            plot.put("vectors", values);
            out.add(plot);
        }
        return out;
    }

    static String table(BatchResult r, List<String> wanted) {
        StringBuilder b = new StringBuilder(table(select(r.plots(), wanted)));
        r.measures().forEach((name, value) -> b.append(String.format(Locale.ROOT, "measure %s = %.15g%n", name, value)));
        if (r.quitStatus() != null && r.quitStatus() != 0) b.append("quit ").append(r.quitStatus()).append('\n');
        return b.toString();
    }

    /** Per plot: a title line, then one column per vector (two, re and im, for a complex one), one row per point. */
    static String table(List<SpicePlot> plots) {
        StringBuilder b = new StringBuilder();
        for (SpicePlot p : plots) {
            List<String> header = new ArrayList<>();
            List<double[]> columns = new ArrayList<>();
            int rows = 0;
            for (SpiceVector v : p.vectors()) {
                rows = Math.max(rows, v.length());
                if (v.isComplex()) {
                    double[][] c = v.complex();
                    double[] re = new double[c.length], im = new double[c.length];
                    for (int i = 0; i < c.length; i++) { re[i] = c[i][0]; im[i] = c[i][1]; }
                    header.add("re(" + v.name() + ")");
                    columns.add(re);
                    header.add("im(" + v.name() + ")");
                    columns.add(im);
                } else {
                    header.add(v.name());
                    columns.add(v.realValues());
                }
            }
            b.append("plot: ").append(p.name()).append(" (").append(p.plotname()).append(")\n");
            b.append(String.format(Locale.ROOT, "%-6s", "index"));
            for (String h : header) b.append(String.format(Locale.ROOT, " %22s", h));
            b.append('\n');
            for (int row = 0; row < rows; row++) {
                b.append(String.format(Locale.ROOT, "%-6d", row));
                for (double[] c : columns) b.append(row < c.length ? String.format(Locale.ROOT, " %22.15g", c[row]) : String.format(" %22s", ""));
                b.append('\n');
            }
            b.append('\n');
        }
        return b.toString();
    }
}
