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

    /** Every kind, with the given change. */
    static List<Chart> all(double shift) {
        return List.of(line(shift), logTime(shift), bars(shift), linearBars(shift), histogram(shift), waveform(shift));
    }
}
