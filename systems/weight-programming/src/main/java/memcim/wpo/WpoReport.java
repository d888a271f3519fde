package memcim.wpo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import memcim.mapping.WeightConverter;
import memcim.report.Block;
import memcim.report.Plot;
import memcim.report.Report;
import memcim.report.Section;
import memcim.report.Table;
import memcim.report.plot.Axis;
import memcim.report.plot.LineChart;

/** The report of a weight-programming run: figures against the paper's, the functions, error and accuracy over time, the cards. */
public final class WpoReport {
    static final String[] CELLS = {"G+", "G-", "g+", "g-"};

    private WpoReport() {}

    public static Report of(WpoRun.Outcome o) {
        WpoResult r = o.result();
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("Weight programming", List.of(new Block.Paragraph(summary(r)), strategies(r), new Block.Paragraph(published(r)))));
        sections.add(functions(o));
        sections.add(new Section("Weight error over time", List.of(new Plot("weight-error.png",
                "normalised weight error (MSE ÷ the layer's largest |w|²) at each time after programming, fresh draws", errorChart(r)))));
        sections.add(accuracy(r));
        if (r.comparison().size() > 1) sections.add(devices(r));
        sections.add(search(r));
        sections.add(spice(r.spice()));
        sections.add(Section.of("What is not reproduced here", new Block.Paragraph(
                "The paper's workloads (a 2-layer LSTM on Penn Treebank, ResNet-32 on CIFAR-10, BERT-base on MNLI) are not run: their "
                        + "data sets and trained models are not on this machine, and training them is beyond a CPU-only tool's run. "
                        + "The networks here are an MLP on (Fashion-)MNIST and the reference chip's ECG network, both trained here "
                        + "hardware-aware; the weight-error figures do not depend on the network beyond its weight distribution.")));
        return new Report("memcim wpo: " + r.device() + ", " + r.network(),
                "memcim wpo (Mackin et al. 2022, optimised weight programming)", r, sections);
    }

    private static String summary(WpoResult r) {
        return String.format(Locale.ROOT, "Device card %s; network %s (%s), software test accuracy %.2f %%. Each weight on four cells, "
                        + "W·γ = F·(G⁺ − G⁻) + (g⁺ − g⁻), every layer in units of its own largest |w|. Drift compensation %s from a "
                        + "calibration read at t₀. Weight errors below are scored after the search on fresh programming, drift and "
                        + "read draws (%d programmings of the same targets), so the optimised functions are not judged on the noise they "
                        + "were fitted to. Best naive split: %s. Run time %.0f s.",
                r.device(), r.network(), r.dataSource(), 100 * r.softwareAccuracy(), r.compensation().toLowerCase(Locale.ROOT),
                WpoSettings.VALIDATION_REPETITIONS, r.naive().strategy(), r.seconds());
    }

    private static Table strategies(WpoResult r) {
        List<String> cols = new ArrayList<>(List.of("strategy", "F", "fill", "γ (µS per unit)"));
        for (String t : r.times()) cols.add("error at " + t);
        cols.add("time average");
        cols.add("vs best naive");
        List<List<String>> rows = new ArrayList<>();
        for (WpoResult.Strategy s : r.strategies()) {
            List<String> row = new ArrayList<>(List.of(s.name(), String.format(Locale.ROOT, "%.3f", s.F()),
                    String.format(Locale.ROOT, "%.3f", s.fill()), String.format(Locale.ROOT, "%.2f", s.scaleSiemensPerUnit() * 1e6)));
            for (double e : s.weightError()) row.add(String.format(Locale.ROOT, "%.3e", e));
            row.add(String.format(Locale.ROOT, "%.3e", s.weightErrorMean()));
            row.add(String.format(Locale.ROOT, "%+.1f %%", 100 * (s.weightErrorMean() / r.naive().mean() - 1)));
            rows.add(row);
        }
        return new Table(cols, rows);
    }

    private static String published(WpoResult r) {
        String at1s = pct(r.weightErrorReductionAt1s()), at1mo = pct(r.weightErrorReductionAt1Month());
        var p = r.published();
        var c = r.conventional();
        return String.format(Locale.ROOT, "Against the paper: weight error reduced by %s at t ≈ 1 s and by %s at one month against the best "
                        + "naive split here, where the paper reports ~%.0f %% and ~%.0f %% against its naive split (a secondary source: %s). "
                        + "Optimal F here %.2f, published F = %.0f. The baseline here is not the paper's: every naive split gets the "
                        + "same continuous search of F and scale as the optimiser (scales beyond full range included), so what remains "
                        + "for the translation functions is only what a different split of each weight buys on this card. Against the "
                        + "naive splits at the conventional F = %.0f with only their scale searched instead (best of them %s, "
                        + "time-averaged error %.3e), the optimised functions reduce the error by %s at 1 s and %s at one month.",
                at1s, at1mo, 100 * p.reductionAt1s(), 100 * p.reductionAt1Month(), p.source(), r.F(), p.F(), WpoRun.CONVENTIONAL_F,
                c.bestStrategy(), c.mean(), pct(c.reductionAt1s()), pct(c.reductionAt1Month()));
    }

    /** A reduction as a percentage, "0.0 %" for none (not "-0.0"), "n/a" when its time is not among the run's. */
    public static String pct(Double v) {
        if (v == null) return "n/a (that time is not among --times)";
        double p = 100 * v;
        return String.format(Locale.ROOT, "%.1f %%", Math.abs(p) < 0.05 ? 0.0 : p);
    }

    private static Section functions(WpoRun.Outcome o) {
        List<Block> blocks = new ArrayList<>();
        Map<String, WeightConverter> c = o.converters();
        blocks.add(new Plot("translation-optimised.png", "optimised translation functions: the four conductances against the weight "
                + "(units of the layer's largest |w|), mirrored for negative weights", functionChart("optimised translation functions", c.get("OPTIMISED"))));
        String best = o.result().naive().strategy();
        blocks.add(new Plot("translation-" + best.toLowerCase(Locale.ROOT).replace('_', '-') + ".png", "the best naive split, " + best
                + ", at its F and scale", functionChart(best + " (best naive)", c.get(best))));
        return new Section("Translation functions", blocks);
    }

    static LineChart functionChart(String title, WeightConverter conv) {
        int n = 201;
        double[] w = new double[n];
        double[][] g = new double[4][n];
        for (int i = 0; i < n; i++) {
            w[i] = -1 + 2.0 * i / (n - 1);
            double[] cells = conv.encode(w[i]);
            for (int k = 0; k < 4; k++) g[k][i] = cells[k] * 1e6;
        }
        List<LineChart.Series> s = new ArrayList<>();
        for (int k = 0; k < 4; k++) s.add(LineChart.Series.of(CELLS[k], w, g[k]));
        return new LineChart(title, Axis.linear("weight W / max |w|"), Axis.linear("conductance", "µS"), s);
    }

    static LineChart errorChart(WpoResult r) {
        List<LineChart.Series> s = new ArrayList<>();
        for (WpoResult.Strategy st : r.strategies()) s.add(LineChart.Series.of(st.name(), r.timesSeconds(), st.weightError()));
        return new LineChart("Weight error vs time since programming", Axis.log("time after t₀", "s"), Axis.log("normalised weight error", ""), s);
    }

    private static Section accuracy(WpoResult r) {
        List<LineChart.Series> s = new ArrayList<>();
        for (WpoResult.Strategy st : r.strategies())
            s.add(LineChart.Series.withSpread(st.name(), r.timesSeconds(), st.accuracyMean(), st.accuracySd()));
        List<String> cols = new ArrayList<>(List.of("strategy"));
        cols.addAll(r.times());
        List<List<String>> rows = new ArrayList<>();
        for (WpoResult.Strategy st : r.strategies()) {
            List<String> row = new ArrayList<>(List.of(st.name()));
            for (int t = 0; t < r.times().size(); t++)
                row.add(String.format(Locale.ROOT, "%.2f ± %.2f %%", 100 * st.accuracyMean()[t], 100 * st.accuracySd()[t]));
            rows.add(row);
        }
        return new Section("Accuracy over time", List.of(
                new Block.Paragraph(String.format(Locale.ROOT, "Test accuracy of the programmed network (software: %.2f %%), every layer on "
                        + "four-device tiles read through the fast array model (wires and access resistance included), mean ± one "
                        + "standard deviation over the programmings; every strategy sees the same programming and read draws.",
                        100 * r.softwareAccuracy())),
                new Plot("accuracy.png", "accuracy vs time after programming, band: ± one standard deviation",
                        new LineChart("Accuracy vs time since programming", Axis.log("time after t₀", "s"), Axis.linear("test accuracy"), s)),
                new Table(cols, rows)));
    }

    private static Section devices(WpoResult r) {
        List<List<String>> rows = new ArrayList<>();
        for (var d : r.comparison())
            rows.add(List.of(d.device(), d.bestNaive(), String.format(Locale.ROOT, "%.3e", d.naiveError()),
                    String.format(Locale.ROOT, "%.3e", d.optimisedError()), String.format(Locale.ROOT, "%.1f %%", 100 * d.reduction()),
                    String.format(Locale.ROOT, "%.2f", d.F())));
        var a = r.comparison().get(0);
        var b = r.comparison().get(1);
        String better = (a.naiveError() < b.naiveError() ? a : b).device(), betterOpt = (a.optimisedError() < b.optimisedError() ? a : b).device();
        String text = String.format(Locale.ROOT, "Naive programming ranks %s first; optimised programming ranks %s first: the rankings %s. "
                        + "(The paper found that they can differ: a card that looks worse under a naive split can be the better one once "
                        + "each is programmed as well as it allows.)", better, betterOpt, Boolean.TRUE.equals(r.rankingsDiffer()) ? "differ" : "agree");
        return new Section("Two device cards", List.of(new Block.Paragraph(text), new Table(List.of("card", "best naive", "naive error",
                "optimised error", "reduction", "optimised F"), rows)));
    }

    private static Section spice(SpiceCrossCheck.Result c) {
        return Section.of("SPICE cross-check", new Block.Paragraph(String.format(Locale.ROOT, "The optimised functions' first tile of "
                        + "layer 1 (%d x %d cells: per weight 2 rows x 2 columns, F realised as a scaled read voltage, %.3f V on the MSP "
                        + "rows and %.2f V on the LSP rows, every input at full scale), programmed and read %s after programming (drift "
                        + "and read noise), as a deck from the netlist module's crossbar builder in ngspice, loaded in-process: column "
                        + "currents up to %s, largest difference from the fast array model %s; the weighted sums Σᵢ Wᵢⱼ the accuracy runs "
                        + "take from the fast model's effective conductances differ from ngspice's by at most %.2e (largest sum %.3f, "
                        + "weight units). Cells are linear here as in the accuracy runs (their slope at 0 V); a sinh cell at F·V would "
                        + "need F as a longer read pulse at V instead.",
                c.rows(), c.cols(), c.mspVolts(), SpiceCrossCheck.READ_VOLTS, memcim.report.Units.seconds(c.seconds()),
                memcim.report.Units.eng(c.maxColumnAmps(), "A"), memcim.report.Units.eng(c.maxAbsErrorAmps(), "A"), c.maxSumError(), c.maxSum())));
    }

    private static Section search(WpoResult r) {
        var s = r.search();
        return Section.of("Search", new Block.Paragraph(String.format(Locale.ROOT, "Differential evolution (best1bin, Latin-hypercube start "
                        + "with the naive splits' points among it) over %d coordinates, popsize %d × %d, %d generations (%s), %d cost "
                        + "evaluations; best cost %.4e, then the BOBYQA polish (%d evaluations) to %.4e. %.0f s for this card.",
                s.dimensions(), s.popsize(), s.dimensions(), s.generations(), s.converged() ? "stopped: the population's costs agreed"
                        : "the generation limit", s.evaluations(), s.costBeforePolish(), s.polishEvaluations(), s.cost(), s.seconds())));
    }
}
