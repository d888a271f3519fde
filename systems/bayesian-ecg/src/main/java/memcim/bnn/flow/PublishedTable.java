package memcim.bnn.flow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import memcim.cosim.report.ChipReport;
import memcim.cosim.report.Comparison;
import memcim.networks.Metrics;

/**
 * The published chip's results (Bonnet et al. 2023, hardware at M = 50 on 1,000 test beats; shared/reference/
 * bayesian-chip.md) beside this run's, row by row as the paper reports them.
 */
final class PublishedTable {
    static final double ACCURACY = 0.75;
    static final double CORRECT_ALEATORIC_BELOW_HALF = 0.62;
    static final double WRONG_AND_UNSEEN_ALEATORIC_ABOVE_HALF = 0.97;
    static final double KNOWN_EPISTEMIC_BELOW_HALF = 0.97;
    static final double UNSEEN_EPISTEMIC_ABOVE_HALF = 0.98;
    static final double AUROC_ALEATORIC = 0.91;
    static final double AUROC_EPISTEMIC = 0.99;
    static final double AUROC_EPISTEMIC_M10 = 0.96;
    /** A conventional network of the same shape: one network, no epistemic uncertainty. */
    static final double CONVENTIONAL_AUROC = 0.5;

    /** The paths compared, in column order, with their headings. */
    private static final Map<String, String> COLUMNS = new LinkedHashMap<>();

    static {
        COLUMNS.put("software", "software BNN");
        COLUMNS.put("programmed-ideal", "programmed BNN (ideal arrays)");
        COLUMNS.put("fast", "chip, fast array model");
        COLUMNS.put("transaction", "chip, transaction co-simulation");
        COLUMNS.put("software-all", "software BNN, whole test split");
        COLUMNS.put("programmed-ideal-all", "programmed BNN, whole test split");
    }

    private PublishedTable() {}

    static Comparison of(Map<String, Metrics> paths, List<ChipReport.SamplesPoint> fastBySamples, String basis, List<String> notes) {
        List<String> names = new ArrayList<>(), headings = new ArrayList<>();
        COLUMNS.forEach((k, v) -> {
            if (paths.containsKey(k)) {
                names.add(k);
                headings.add(v + " (" + paths.get(k).knownBeats() + " + " + paths.get(k).unseenBeats() + " beats)");
            }
        });
        List<Comparison.Row> rows = new ArrayList<>();
        rows.add(row("accuracy (known classes)", names, paths, Metrics::accuracy, ACCURACY, true,
                "published on beats chosen for their ambiguity (94 % in simulation on a clearer set); here every test patient is "
                        + "unseen in training"));
        rows.add(row("correct predictions with U_a < 0.5", names, paths, Metrics::correctAleatoricBelowHalf,
                CORRECT_ALEATORIC_BELOW_HALF, true, null));
        rows.add(row("errors and unseen beats with U_a > 0.5", names, paths, PublishedTable::wrongAndUnseenAboveHalf,
                WRONG_AND_UNSEEN_ALEATORIC_ABOVE_HALF, true, null));
        rows.add(row("known beats with U_e < 0.5", names, paths, Metrics::knownEpistemicBelowHalf, KNOWN_EPISTEMIC_BELOW_HALF, true, null));
        rows.add(row("unseen beats with U_e > 0.5", names, paths, Metrics::unseenEpistemicAboveHalf, UNSEEN_EPISTEMIC_ABOVE_HALF, true, null));
        rows.add(row("AUROC aleatoric (correct vs wrong)", names, paths, Metrics::aurocAleatoric, AUROC_ALEATORIC, false, null));
        rows.add(row("AUROC epistemic (known vs unseen)", names, paths, Metrics::aurocEpistemic, AUROC_EPISTEMIC, false, null));
        for (int m : new int[] {1, 10}) {
            List<Double> acc = new ArrayList<>(), auroc = new ArrayList<>();
            for (String n : names) {
                acc.add(bySamples(paths.get(n).accuracyBySamples(), n, m, fastBySamples, true));
                auroc.add(bySamples(paths.get(n).aurocEpistemicBySamples(), n, m, fastBySamples, false));
            }
            rows.add(new Comparison.Row("accuracy, M = " + m, acc, null, true, m == 10 ? "published: saturated by M = 10" : null));
            rows.add(new Comparison.Row("AUROC epistemic, M = " + m, auroc, m == 10 ? AUROC_EPISTEMIC_M10 : null, false, null));
        }
        List<Double> convAleatoric = new ArrayList<>(), convEpistemic = new ArrayList<>();
        for (String n : names) {
            Metrics c = paths.get(n.endsWith("-all") ? "conventional-all" : "conventional");
            boolean software = n.startsWith("software");
            convAleatoric.add(c != null && software ? c.aurocAleatoric() : Double.NaN);
            convEpistemic.add(c != null && software ? c.aurocEpistemic() : Double.NaN);
        }
        rows.add(new Comparison.Row("conventional network: AUROC aleatoric", convAleatoric, null, false, "in the software columns"));
        rows.add(new Comparison.Row("conventional network: AUROC epistemic", convEpistemic, CONVENTIONAL_AUROC, false,
                "one network: no epistemic uncertainty, 0.5 by construction"));
        return new Comparison("Published results side by side", basis, headings, rows, notes);
    }

    private static Comparison.Row row(String quantity, List<String> names, Map<String, Metrics> paths, ToDoubleFunction<Metrics> f,
                                      double published, boolean percent, String note) {
        List<Double> v = new ArrayList<>();
        for (String n : names) v.add(f.applyAsDouble(paths.get(n)));
        return new Comparison.Row(quantity, v, published, percent, note);
    }

    /** The paper's pooled figure: wrong predictions and unseen beats together. */
    static double wrongAndUnseenAboveHalf(Metrics m) {
        double wrong = m.knownBeats() * (1 - m.accuracy());
        double above = (Double.isNaN(m.wrongAleatoricAboveHalf()) ? 0 : m.wrongAleatoricAboveHalf() * wrong)
                + (Double.isNaN(m.unseenAleatoricAboveHalf()) ? 0 : m.unseenAleatoricAboveHalf() * m.unseenBeats());
        double n = wrong + m.unseenBeats();
        return n == 0 ? Double.NaN : above / n;
    }

    private static double bySamples(Map<Integer, Double> sweep, String path, int m, List<ChipReport.SamplesPoint> fast, boolean accuracy) {
        if (path.equals("fast"))
            for (ChipReport.SamplesPoint p : fast) if (p.samples() == m) return accuracy ? p.accuracy() : p.aurocEpistemic();
        Double v = sweep.get(m);
        return v == null ? Double.NaN : v;
    }
}
