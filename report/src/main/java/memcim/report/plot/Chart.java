package memcim.report.plot;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.jfree.chart.JFreeChart;

/**
 * A chart as data: what is drawn (series, bars, samples, traces, a grid of values, sets of points), its title and
 * axes. The same chart always gives the same picture ({@link ChartPng}); its JSON (with a {@code kind}) is written
 * beside the PNG of a report, so a figure can be re-plotted or compared without reading pixels.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(value = LineChart.class, name = "line"),
    @JsonSubTypes.Type(value = BarChart.class, name = "bar"),
    @JsonSubTypes.Type(value = Histogram.class, name = "histogram"),
    @JsonSubTypes.Type(value = Waveform.class, name = "waveform"),
    @JsonSubTypes.Type(value = HeatMap.class, name = "heatmap"),
    @JsonSubTypes.Type(value = ScatterChart.class, name = "scatter")})
public sealed interface Chart permits LineChart, BarChart, Histogram, Waveform, HeatMap, ScatterChart {
    String title();

    /** A new JFreeChart of this data in the reports' style: for {@link ChartPng}, or to show it elsewhere (Swing, SVG). */
    JFreeChart jfreechart();
}
