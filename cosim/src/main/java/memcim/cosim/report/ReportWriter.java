package memcim.cosim.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import memcim.core.AtomicFiles;
import memcim.core.Json;
import memcim.report.Plot;
import memcim.report.Units;
import memcim.templates.Templates;

/** Writes {@code report.json}, the PNG plots and {@code report.html} (template {@code report/report.html.vm}). */
public final class ReportWriter {
    private ReportWriter() {}

    public static void write(Path dir, Report report, List<Plot> plots) {
        for (Plot p : plots) AtomicFiles.write(dir.resolve(p.fileName()), p.png());
        Json.writeFile(dir.resolve("report.json"), report);
        AtomicFiles.write(dir.resolve("report.html"), html(report, plots));
    }

    static String html(Report r, List<Plot> plots) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("generator", r.generator());
        v.put("chip", escape(r.chip().describe()));
        List<Map<String, String>> paths = new ArrayList<>();
        r.paths().forEach((name, p) -> paths.add(Map.of(
                "name", escape(name), "description", escape(p.description()),
                "beats", p.knownBeats() + " known + " + p.unseenBeats() + " unseen",
                "samples", String.valueOf(p.samples()),
                "accuracy", pct(p.accuracy()), "aleatoric", Units.score(p.aurocAleatoric()), "epistemic", Units.score(p.aurocEpistemic()),
                "wall", Units.seconds(p.wallSeconds()))));
        v.put("paths", paths);
        List<Map<String, String>> energy = new ArrayList<>();
        r.energy().breakdown().forEach((name, j) -> energy.add(Map.of("name", escape(name), "joules", Units.joules(j),
                "method", escape(r.energy().methods().get(name)))));
        v.put("energy", energy);
        v.put("macOnly", Units.joules(r.energy().macOnlyJoulesPerInference()));
        v.put("fullChip", Units.joules(r.energy().fullChipJoulesPerInference()));
        v.put("latency", Units.seconds(r.energy().latencySecondsPerInference()));
        v.put("macVsPublished", String.format(Locale.ROOT, "%.3g x to %.3g x", r.energy().macOnlyOverPublishedHigh(),
                r.energy().macOnlyOverPublishedLow()));
        List<Map<String, String>> published = new ArrayList<>();
        r.energy().publishedJoules().forEach((name, j) -> published.add(Map.of("name", escape(name),
                "joules", Units.joules(j), "ratio", r.energy().ratioPublishedOverFullChip().containsKey(name)
                        ? String.format(Locale.ROOT, "%.3g x", r.energy().ratioPublishedOverFullChip().get(name)) : "MAC only")));
        v.put("published", published);
        v.put("covers", r.energy().covers().stream().map(ReportWriter::escape).toList());
        Report.Agreement a = r.agreement();
        v.put("agreement", a == null ? "not measured" : String.format(Locale.ROOT,
                "%d of %d ADC codes differ (%.3g %%), largest difference %d LSB, over %d beats",
                a.codesDiffering(), a.codesCompared(), 100 * a.differingFraction(), a.maxCodeDifference(), a.beats()));
        Report.Tolerance t = r.tolerance();
        v.put("tolerance", t == null ? "not checked" : escape(String.format(Locale.ROOT,
                "%s: accuracy within %.3g: %s; AUROCs within %.3g: %s", t.compared(), t.accuracy(),
                t.accuracyWithin() ? "yes" : "NO", t.auroc(), t.aurocWithin() ? "yes" : "NO")));
        List<Map<String, String>> stages = new ArrayList<>();
        r.stageSeconds().forEach((name, s) -> stages.add(Map.of("name", escape(name), "seconds", Units.seconds(s))));
        v.put("stages", stages);
        v.put("plots", plots.stream().map(p -> Map.of("file", escape(p.fileName()), "caption", escape(p.caption()))).toList());
        v.put("notes", r.notes().stream().map(ReportWriter::escape).toList());
        return Templates.render("report/report.html.vm", v);
    }

    private static String pct(double x) { return Double.isNaN(x) ? "n/a" : String.format(Locale.ROOT, "%.1f %%", 100 * x); }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
