package memcim.report.plot;

import java.util.Arrays;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.data.statistics.HistogramDataset;
import org.jfree.data.statistics.HistogramType;

/**
 * Overlaid histograms of several samples on shared bins (the uncertainty of known vs unseen beats), each as the
 * fraction of its own sample per bin, drawn translucent so that overlaps show. The bins span the smallest to the
 * largest finite value of all samples; a value equal to the largest falls in the last bin. Non-finite values are
 * not counted, and the legend's n counts what was.
 */
public record Histogram(String title, Axis x, String yLabel, List<Sample> samples, int bins) implements Chart {
    private static final int ALPHA = 120;

    /** One named sample. */
    public record Sample(String name, List<Double> values) {
        public Sample { values = List.copyOf(values); }

        public static Sample of(String name, double[] values) { return new Sample(name, ChartData.list(values)); }

        double[] finiteValues() { return values.stream().mapToDouble(Double::doubleValue).filter(Double::isFinite).toArray(); }
    }

    public Histogram {
        samples = List.copyOf(samples);
        String chart = "histogram '" + title + "'";
        ChartData.requireNonEmpty(chart, "sample", samples);
        ChartData.requireDistinct(chart, "samples", samples.stream().map(Sample::name).toList());
        if (bins < 1) throw new IllegalArgumentException(chart + ": bins: expected at least 1, found " + bins);
        ChartData.requireLinear(chart, x);
    }

    @Override
    public JFreeChart jfreechart() {
        double[][] finite = samples.stream().map(Sample::finiteValues).toArray(double[][]::new);
        double lo = Arrays.stream(finite).flatMapToDouble(Arrays::stream).min().orElse(0);
        double hi = Arrays.stream(finite).flatMapToDouble(Arrays::stream).max().orElse(1);
        if (hi <= lo) hi = lo + 1; // one value only: still one bin wide
        HistogramDataset data = new HistogramDataset();
        data.setType(HistogramType.RELATIVE_FREQUENCY);
        for (int s = 0; s < samples.size(); s++) {
            data.addSeries(samples.get(s).name() + " (n=" + finite[s].length + ")", finite[s], bins, lo, hi);
        }
        XYBarRenderer renderer = new XYBarRenderer();
        renderer.setDrawBarOutline(false);
        NumberAxis fraction = (NumberAxis) Axis.linear(yLabel).create();
        fraction.setAutoRangeIncludesZero(true); // bars stand on zero
        JFreeChart chart = ChartStyle.chart(title, new XYPlot(data, x.create(), fraction, renderer), true);
        for (int s = 0; s < samples.size(); s++) renderer.setSeriesPaint(s, ChartStyle.translucent(ChartStyle.color(s), ALPHA));
        return chart;
    }
}
