package memcim.report.plot;

import java.awt.BasicStroke;
import java.util.List;
import memcim.report.Units;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Simulated traces on one time base (one SAR conversion: front-end output, DAC, comparator), points joined by
 * lines as the simulator sampled them. Time is given in seconds and drawn in the SI unit that suits its span
 * (ns for a conversion of a few hundred ns).
 */
public record Waveform(String title, List<Double> timeSeconds, Axis y, List<Trace> traces) implements Chart {
    /** One named trace, a value at each time point. */
    public record Trace(String name, List<Double> values) {
        public Trace { values = List.copyOf(values); }

        public static Trace of(String name, double[] values) { return new Trace(name, ChartData.list(values)); }
    }

    public Waveform {
        String chart = "waveform '" + title + "'";
        ChartData.requireLinear(chart, y);
        ChartData.requireNonEmpty(chart, "time point", timeSeconds);
        ChartData.requireNonEmpty(chart, "trace", traces);
        ChartData.requireDistinct(chart, "traces", traces.stream().map(Trace::name).toList());
        timeSeconds = List.copyOf(timeSeconds);
        traces = List.copyOf(traces);
        for (Trace t : traces) {
            if (t.values().size() != timeSeconds.size()) {
                throw new IllegalArgumentException(chart + ": trace '" + t.name() + "' has " + t.values().size()
                        + " values, expected one per time point (" + timeSeconds.size() + ")");
            }
        }
    }

    public static Waveform of(String title, double[] timeSeconds, Axis y, List<Trace> traces) {
        return new Waveform(title, ChartData.list(timeSeconds), y, traces);
    }

    @Override
    public JFreeChart jfreechart() {
        int exponent = Units.exponent(timeSeconds.get(timeSeconds.size() - 1) - timeSeconds.get(0));
        double perUnit = Math.pow(10, exponent);
        XYSeriesCollection data = new XYSeriesCollection();
        for (Trace t : traces) {
            XYSeries xy = new XYSeries(t.name(), false, true);
            for (int i = 0; i < timeSeconds.size(); i++) xy.add(timeSeconds.get(i) / perUnit, t.values().get(i));
            data.addSeries(xy);
        }
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        Axis time = Axis.linear("time", Units.prefix(exponent) + "s");
        JFreeChart chart = ChartStyle.chart(title, new XYPlot(data, time.create(), y.create(), renderer), true);
        for (int s = 0; s < traces.size(); s++) {
            renderer.setSeriesPaint(s, ChartStyle.color(s));
            renderer.setSeriesStroke(s, new BasicStroke(1.6f));
        }
        return chart;
    }
}
