package memcim.report.plot;

import java.util.List;

/** One chart of each kind, built anew (new arrays, new records) on every call; {@code shift} changes one value. */
final class SampleCharts {
    private SampleCharts() {}

    static LineChart line(double shift) {
        double[] m = {1, 2, 5, 10, 20, 50};
        return new LineChart("Accuracy and AUROCs vs samples M", Axis.linear("samples M"), Axis.linear("accuracy / AUROC"), List.of(
                LineChart.Series.of("accuracy", m, new double[] {0.85, 0.87, 0.88, 0.884, 0.885, 0.885 + shift}),
                LineChart.Series.of("AUROC epistemic", m, new double[] {Double.NaN, 0.90, 0.93, 0.95, 0.96, 0.962})));
    }

    static LineChart logTime(double shift) {
        return new LineChart("Accuracy vs time since programming", Axis.log("time since programming", "s"), Axis.linear("accuracy"),
                List.of(LineChart.Series.of("HfOx", new double[] {1, 3600, 86400, 3.15e7}, new double[] {0.885, 0.884, 0.883, 0.88 + shift})));
    }

    static LineChart banded(double shift) {
        double[] t = {1, 3600, 86400, 3.15e7};
        return new LineChart("Accuracy vs time, mean and sd", Axis.log("time since programming", "s"), Axis.linear("accuracy"), List.of(
                LineChart.Series.withSpread("optimised", t, new double[] {0.85, 0.849, 0.847, 0.84}, new double[] {0.002, 0.002, 0.003, 0.004 + shift}),
                LineChart.Series.of("naive", t, new double[] {0.85, 0.848, 0.845, 0.835})));
    }

    static BarChart bars(double shift) {
        return BarChart.of("Energy per inference by part", "", Axis.log("energy per inference", "J"),
                List.of("MAC", "TIA", "clock"), new double[] {4.37e-9, 1.75e-6, 0.83e-6 + shift * 1e-6});
    }

    static BarChart linearBars(double shift) {
        return BarChart.of("Cells", "kind", Axis.linear("count"), List.of("DFF", "AND", "XOR"), new double[] {384, 1200, 51 + shift * 100});
    }

    static Histogram histogram(double shift) {
        return new Histogram("Epistemic uncertainty U_e", Axis.linear("U_e", "nats"), "fraction of beats", List.of(
                Histogram.Sample.of("known", new double[] {0.01, 0.02, 0.02, 0.03, 0.05}),
                Histogram.Sample.of("unseen", new double[] {0.10, 0.15 + shift, 0.2})), 12);
    }

    static Waveform waveform(double shift) {
        double[] t = {0, 10e-9, 20e-9, 30e-9, 40e-9};
        return Waveform.of("SAR conversion", t, Axis.linear("voltage", "V"), List.of(
                Waveform.Trace.of("column", new double[] {0.6, 0.6, 0.6, 0.6, 0.6 + shift}),
                Waveform.Trace.of("comparator", new double[] {0, 0, 1.2, 1.2, 0})));
    }

    /** A classifier's P(class 1) = σ(3 (r² − 1)): class 1 outside the unit circle; eight training points on top. */
    static HeatMap probability(double shift) {
        HeatMap.Grid grid = new HeatMap.Grid(-2, 2, 40, -1.5, 1.5, 30);
        double[] p = grid.values((x, y) -> 1 / (1 + Math.exp(-3 * (x * x + y * y - 1))));
        p[15 * 40 + 20] += shift; // the centre, P ≈ 0.05 (a corner, P ≈ 1, would only go past the top colour)
        return HeatMap.probability("Decision map, software", Axis.linear("feature 1"), Axis.linear("feature 2"), grid, p,
                HeatMap.Point.of(new double[] {0.1, -0.4, 0.3, 0.5, 1.6, -1.5, 0.2, -1.2}, new double[] {0.2, -0.3, -0.5, 0.4, 0.9, -1.0, 1.3, 1.1},
                        new int[] {0, 0, 0, 0, 1, 1, 1, 1}));
    }

    /** An epistemic uncertainty growing away from the data (three points), on a shared scale 0 … 0.6 nats; one cell undefined. */
    static HeatMap uncertainty(double shift) {
        HeatMap.Grid grid = new HeatMap.Grid(-2, 2, 20, -1.5, 1.5, 15);
        double[] u = grid.values((x, y) -> 0.5 * (1 - Math.exp(-(x * x + y * y) / 2)));
        u[7] = Double.NaN;
        u[100] += shift;
        return HeatMap.uncertainty("Epistemic uncertainty, hardware", Axis.linear("feature 1"), Axis.linear("feature 2"), grid,
                "U_e", "nats", u, 0.6, HeatMap.Point.of(new double[] {0, 0.5, -1.6}, new double[] {0, -0.3, 1.2}, new int[] {0, 1, 1}));
    }

    /** The σ asked of each weight against the σ its device gave, for two devices, with y = x. */
    static ScatterChart sigmas(double shift) {
        java.util.Random r = new java.util.Random(7);
        double[] asked = new double[40], hf = new double[40], ta = new double[40];
        for (int i = 0; i < asked.length; i++) {
            asked[i] = 0.01 + 0.09 * r.nextDouble();
            hf[i] = asked[i] * (1 + 0.1 * r.nextGaussian());
            ta[i] = Math.max(0.02, asked[i]) * (1 + 0.2 * r.nextGaussian());
        }
        hf[0] += shift;
        return ScatterChart.comparison("Weight σ obtained vs asked", Axis.linear("σ asked"), Axis.linear("σ obtained"), List.of(
                ScatterChart.Series.of("HfOx", asked, hf), ScatterChart.Series.of("TaOx", asked, ta)));
    }

    /** SPICE against the fast model's column current over four decades, log-log, no identity line. */
    static ScatterChart logCurrents(double shift) {
        double[] spice = {1e-8, 3e-8, 1e-7, 1e-6, 1e-5, 1e-4}, fast = {1.1e-8, 2.9e-8, 1.05e-7, 0.98e-6, 1e-5, 1.02e-4 + shift * 1e-4};
        return ScatterChart.of("Column current, fast model vs SPICE", Axis.log("SPICE current", "A"), Axis.log("fast-model current", "A"),
                List.of(ScatterChart.Series.of("column 0", spice, fast)));
    }

    /** Every kind, with the given change. */
    static List<Chart> all(double shift) {
        return List.of(line(shift), logTime(shift), banded(shift), bars(shift), linearBars(shift), histogram(shift), waveform(shift),
                probability(shift), uncertainty(shift), sigmas(shift), logCurrents(shift));
    }
}
