package memcim.cosim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import memcim.report.Block;
import memcim.report.Plot;
import memcim.report.Report;
import memcim.report.Section;
import memcim.report.Table;
import memcim.report.Units;

/**
 * What the chip's report page shows, section by section: the chip, accuracy and uncertainty of each path with the
 * agreement checks, the energy with what it covers and the published platforms, the figures, stage times, notes.
 * The results themselves go to report.json unchanged.
 */
public final class ChipReportPage {
    static final String TITLE = "Bayesian ECG chip: co-simulation report";

    private ChipReportPage() {}

    public static Report of(ChipReport r, List<Plot> plots) {
        List<Block> figures = new ArrayList<>(plots);
        return new Report(TITLE, r.generator(), r, List.of(
                Section.of("Chip", new Block.Preformatted(r.chip().describe())),
                Section.of("Accuracy and uncertainty", paths(r),
                        new Block.Paragraph("Agreement with the fast model: " + tolerance(r.tolerance())),
                        new Block.Paragraph("Lock-step vs transaction on the same conversions: " + agreement(r.agreement())),
                        overTime(r)),
                published(r.published()),
                Section.of("Energy per inference", energy(r.energy()), new Block.Bullets(r.energy().covers()),
                        published(r.energy())),
                new Section("Figures", figures),
                Section.of("Stages", stages(r)),
                Section.of("Notes", new Block.Bullets(r.notes()))));
    }

    /** The programmed cells read at times since programming, when the run read them (the demo does). */
    private static Block overTime(ChipReport r) {
        if (r.programmedOverTime().isEmpty())
            return new Block.Paragraph("Programmed cells against time since programming: not read in this run (memcim demo "
                    + "reads them; memcim evaluate --at for a trained model).");
        List<List<String>> rows = new ArrayList<>();
        for (ChipReport.TimePoint t : r.programmedOverTime())
            rows.add(List.of(t.time(), percent(t.accuracy()), Units.score(t.aurocAleatoric()), Units.score(t.aurocEpistemic())));
        return new Table(List.of("time since programming", "accuracy", "AUROC aleatoric", "AUROC epistemic"), rows);
    }

    /** The measured figures beside the published ones, when the run made the comparison (on real records). */
    private static Section published(Comparison c) {
        if (c == null)
            return Section.of("Published results side by side", new Block.Paragraph("Not made in this run: the published figures "
                    + "were measured on real recordings; memcim demo --wfdb DIR compares on the MIT-BIH Arrhythmia Database."));
        List<String> header = new ArrayList<>(List.of("quantity"));
        header.addAll(c.columns());
        header.add("published");
        header.add("why they differ");
        List<List<String>> rows = new ArrayList<>();
        for (Comparison.Row row : c.rows()) {
            List<String> cells = new ArrayList<>(List.of(row.quantity()));
            for (double v : row.values()) cells.add(row.percent() ? percent(v) : Units.score(v));
            cells.add(row.published() == null ? "-" : row.percent() ? percent(row.published()) : Units.score(row.published()));
            cells.add(row.note() == null ? "" : row.note());
            rows.add(cells);
        }
        return Section.of(c.title(), new Block.Paragraph(c.basis()), new Table(header, rows), new Block.Bullets(c.notes()));
    }

    private static Table paths(ChipReport r) {
        List<List<String>> rows = new ArrayList<>();
        r.paths().forEach((name, p) -> rows.add(List.of(name, p.description(),
                p.knownBeats() + " known + " + p.unseenBeats() + " unseen", String.valueOf(p.samples()), percent(p.accuracy()),
                Units.score(p.aurocAleatoric()), Units.score(p.aurocEpistemic()), Units.seconds(p.wallSeconds()))));
        return new Table(List.of("path", "what it is", "beats", "M", "accuracy", "AUROC aleatoric (correct vs wrong)",
                "AUROC epistemic (known vs unseen)", "wall time"), rows);
    }

    private static Table energy(EnergyReport e) {
        List<List<String>> rows = new ArrayList<>();
        e.breakdown().forEach((name, j) -> rows.add(List.of(name, Units.joules(j), e.methods().get(name))));
        String vsPublished = String.format(Locale.ROOT, "%.3g x to %.3g x", e.macOnlyOverPublishedHigh(), e.macOnlyOverPublishedLow());
        return new Table(List.of("part", "energy", "how it was obtained"), rows, List.of(
                List.of("MAC only", Units.joules(e.macOnlyJoulesPerInference()), vsPublished + " the published 0.7-2.5 nJ estimate"),
                List.of("full chip", Units.joules(e.fullChipJoulesPerInference()),
                        "latency " + Units.seconds(e.latencySecondsPerInference()) + " per inference")));
    }

    private static Table published(EnergyReport e) {
        List<List<String>> rows = new ArrayList<>();
        e.publishedJoules().forEach((name, j) -> rows.add(List.of(name, Units.joules(j),
                e.ratioPublishedOverFullChip().containsKey(name)
                        ? String.format(Locale.ROOT, "%.3g x", e.ratioPublishedOverFullChip().get(name)) : "MAC only")));
        return new Table(List.of("published platform", "energy per inference", "its energy / this chip's full-chip energy"), rows);
    }

    private static Table stages(ChipReport r) {
        List<List<String>> rows = new ArrayList<>();
        r.stageSeconds().forEach((name, s) -> rows.add(List.of(name, Units.seconds(s))));
        return new Table(List.of("stage", "wall time"), rows);
    }

    private static String tolerance(ChipReport.Tolerance t) {
        return t == null ? "not checked" : String.format(Locale.ROOT, "%s: accuracy within %.3g: %s; AUROCs within %.3g: %s",
                t.compared(), t.accuracy(), t.accuracyWithin() ? "yes" : "NO", t.auroc(), t.aurocWithin() ? "yes" : "NO");
    }

    private static String agreement(ChipReport.Agreement a) {
        return a == null ? "not measured" : String.format(Locale.ROOT,
                "%d of %d ADC codes differ (%.3g %%), largest difference %d LSB, over %d beats",
                a.codesDiffering(), a.codesCompared(), 100 * a.differingFraction(), a.maxCodeDifference(), a.beats());
    }

    private static String percent(double x) { return Double.isNaN(x) ? "n/a" : String.format(Locale.ROOT, "%.1f %%", 100 * x); }
}
