package memcim.report.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Several named sets of (x, y) points drawn as translucent dots without lines (one per weight: the σ asked for
 * against the σ the device gave; one per operating point: SPICE's current against the fast model's), either axis
 * log (values must then be > 0). A point with a NaN coordinate is not drawn. With the identity line (see
 * {@link #comparison}) both axes span the same range, the union of all points' x and y unless an axis fixes its
 * own, and a dashed line y = x crosses it: points on the line agree; a log axis then needs the other log too.
 */
public record ScatterChart(String title, Axis x, Axis y, List<Series> series, boolean identityLine) implements Chart {
    private static final int ALPHA = 170;
    private static final double PAD = 0.04; // of the shared range, each side

    /** One named set of points; x and y of equal length. */
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

    public ScatterChart {
        series = List.copyOf(series);
        String chart = "scatter chart '" + title + "'";
        ChartData.requireNonEmpty(chart, "series", series);
        ChartData.requireDistinct(chart, "series", series.stream().map(Series::name).toList());
        for (Series s : series) {
            requireNotInfinite(chart, s, "x", s.x());
            requireNotInfinite(chart, s, "y", s.y());
            if (x.logarithmic()) ChartData.requirePositive(chart, s.name(), "x", s.x());
            if (y.logarithmic()) ChartData.requirePositive(chart, s.name(), "y", s.y());
        }
        if (identityLine && x.logarithmic() != y.logarithmic()) {
            throw new IllegalArgumentException(chart + ": an identity line y = x needs both axes linear or both log, found x "
                    + x.scale() + " and y " + y.scale());
        }
    }

    /** Points without an identity line. */
    public static ScatterChart of(String title, Axis x, Axis y, List<Series> series) {
        return new ScatterChart(title, x, y, series, false);
    }

    /** Points that should agree, x against y on one shared range, with the line y = x drawn across. */
    public static ScatterChart comparison(String title, Axis x, Axis y, List<Series> series) {
        return new ScatterChart(title, x, y, series, true);
    }

    private static void requireNotInfinite(String chart, Series s, String coordinate, List<Double> values) {
        for (double v : values) {
            if (Double.isInfinite(v)) {
                throw new IllegalArgumentException(chart + ": series '" + s.name() + "' has " + coordinate + " = " + v
                        + ", expected finite values (or NaN, not drawn)");
            }
        }
    }

    @Override
    public JFreeChart jfreechart() {
        XYSeriesCollection data = new XYSeriesCollection();
        for (Series s : series) {
            XYSeries xy = new XYSeries(s.name(), false, true);
            for (int i = 0; i < s.x().size(); i++) xy.add(s.x().get(i), s.y().get(i));
            data.addSeries(xy);
        }
        XYLineAndShapeRenderer dots = new XYLineAndShapeRenderer(false, true);
        ValueAxis xAxis = x.create(), yAxis = y.create();
        XYPlot plot = new XYPlot(data, xAxis, yAxis, dots);
        XYLineAndShapeRenderer identity = new XYLineAndShapeRenderer(true, false);
        double[] shared = identityLine ? sharedRange() : null;
        if (shared != null) {
            if (Double.isNaN(x.min())) xAxis.setRange(shared[0], shared[1]);
            if (Double.isNaN(y.min())) yAxis.setRange(shared[0], shared[1]);
            double lo = Math.min(xAxis.getLowerBound(), yAxis.getLowerBound());
            double hi = Math.max(xAxis.getUpperBound(), yAxis.getUpperBound());
            XYSeries line = new XYSeries("y = x", false, true);
            line.add(lo, lo);
            line.add(hi, hi);
            plot.setDataset(1, new XYSeriesCollection(line));
            plot.setRenderer(1, identity);
            plot.setDatasetRenderingOrder(DatasetRenderingOrder.REVERSE); // the line under the points
        }
        JFreeChart chart = ChartStyle.chart(title, plot, true);
        for (int s = 0; s < series.size(); s++) { // after the theme, which clears series paints
            dots.setSeriesPaint(s, ChartStyle.translucent(ChartStyle.color(s), ALPHA));
            dots.setSeriesShape(s, ChartStyle.dot(6));
        }
        identity.setSeriesPaint(0, Color.DARK_GRAY);
        identity.setSeriesStroke(0, new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        return chart;
    }

    /**
     * The range both axes share: every drawn point's x and y, padded a little each side (in decades on log axes),
     * or null if no point is drawn (the axes then range on their own).
     */
    private double[] sharedRange() {
        boolean log = x.logarithmic();
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (Series s : series) {
            for (int i = 0; i < s.x().size(); i++) {
                double px = s.x().get(i), py = s.y().get(i);
                if (Double.isNaN(px) || Double.isNaN(py)) continue;
                for (double v : new double[] {px, py}) {
                    double w = log ? Math.log10(v) : v;
                    lo = Math.min(lo, w);
                    hi = Math.max(hi, w);
                }
            }
        }
        if (lo > hi) return null;
        double span = hi > lo ? hi - lo : (log ? 1 : Math.max(Math.abs(hi), 1));
        lo -= PAD * span;
        hi += PAD * span;
        return log ? new double[] {Math.pow(10, lo), Math.pow(10, hi)} : new double[] {lo, hi};
    }
}
