package memcim.report.plot;

import java.awt.BasicStroke;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Several y(x) series drawn as lines with a dot at each point (accuracy against the number of samples M, against
 * time since programming on a log time axis). A NaN y leaves a gap (an AUROC undefined at that point). A series with a
 * spread (a standard deviation per point) is drawn with a translucent band from y − spread to y + spread.
 */
public record LineChart(String title, Axis x, Axis y, List<Series> series) implements Chart {
    /** One named series; x and y of equal length, drawn in the order given; spread empty or one value per point. */
    public record Series(String name, List<Double> x, List<Double> y, List<Double> spread) {
        public Series {
            x = List.copyOf(x);
            y = List.copyOf(y);
            spread = List.copyOf(spread);
            if (x.size() != y.size()) {
                throw new IllegalArgumentException("series '" + name + "': " + x.size() + " x values but " + y.size() + " y values");
            }
            if (!spread.isEmpty() && spread.size() != y.size())
                throw new IllegalArgumentException("series '" + name + "': " + y.size() + " y values but " + spread.size() + " spreads");
        }

        public Series(String name, List<Double> x, List<Double> y) { this(name, x, y, List.of()); }

        public static Series of(String name, double[] x, double[] y) { return new Series(name, ChartData.list(x), ChartData.list(y)); }

        /** With a band of ± spread (e.g. one standard deviation over repetitions). */
        public static Series withSpread(String name, double[] x, double[] y, double[] spread) {
            return new Series(name, ChartData.list(x), ChartData.list(y), ChartData.list(spread));
        }
    }

    public LineChart {
        series = List.copyOf(series);
        String chart = "line chart '" + title + "'";
        ChartData.requireNonEmpty(chart, "series", series);
        ChartData.requireDistinct(chart, "series", series.stream().map(Series::name).toList());
        for (Series s : series) {
            if (x.logarithmic()) ChartData.requirePositive(chart, s.name(), "x", s.x());
            if (y.logarithmic()) ChartData.requirePositive(chart, s.name(), "y", s.y());
        }
    }

    @Override
    public JFreeChart jfreechart() {
        if (series.stream().anyMatch(s -> !s.spread().isEmpty())) return banded();
        XYSeriesCollection data = new XYSeriesCollection();
        for (Series s : series) {
            XYSeries xy = new XYSeries(s.name(), false, true); // as given: no sorting, repeated x allowed
            for (int i = 0; i < s.x().size(); i++) xy.add(s.x().get(i), s.y().get(i));
            data.addSeries(xy);
        }
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        JFreeChart chart = ChartStyle.chart(title, new XYPlot(data, x.create(), y.create(), renderer), true);
        for (int s = 0; s < series.size(); s++) { // after the theme, which clears series paints
            renderer.setSeriesPaint(s, ChartStyle.color(s));
            renderer.setSeriesStroke(s, new BasicStroke(2f));
            renderer.setSeriesShape(s, ChartStyle.dot(7));
        }
        return chart;
    }

    private JFreeChart banded() {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        for (Series s : series) {
            YIntervalSeries xy = new YIntervalSeries(s.name(), false, true);
            for (int i = 0; i < s.x().size(); i++) {
                double y = s.y().get(i), d = s.spread().isEmpty() ? 0 : s.spread().get(i);
                xy.add(s.x().get(i), y, y - d, y + d);
            }
            data.addSeries(xy);
        }
        DeviationRenderer renderer = new DeviationRenderer(true, true);
        renderer.setAlpha(0.18f);
        JFreeChart chart = ChartStyle.chart(title, new XYPlot(data, x.create(), y.create(), renderer), true);
        for (int s = 0; s < series.size(); s++) {
            renderer.setSeriesPaint(s, ChartStyle.color(s));
            renderer.setSeriesFillPaint(s, ChartStyle.color(s));
            renderer.setSeriesStroke(s, new BasicStroke(2f));
            renderer.setSeriesShape(s, ChartStyle.dot(7));
        }
        return chart;
    }
}
