package memcim.report.plot;

import java.awt.BasicStroke;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Several y(x) series drawn as lines with a dot at each point (accuracy against the number of samples M, against
 * time since programming on a log time axis). A NaN y leaves a gap (an AUROC undefined at that point).
 */
public record LineChart(String title, Axis x, Axis y, List<Series> series) implements Chart {
    /** One named series; x and y of equal length, drawn in the order given. */
    public record Series(String name, List<Double> x, List<Double> y) {
        public Series {
            x = List.copyOf(x);
            y = List.copyOf(y);
            if (x.size() != y.size()) {
                throw new IllegalArgumentException("series '" + name + "': " + x.size() + " x values but " + y.size() + " y values");
            }
        }

        public static Series of(String name, double[] x, double[] y) { return new Series(name, ChartData.list(x), ChartData.list(y)); }
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
}
