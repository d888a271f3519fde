package memcim.report.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.Range;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

/** With y = x both axes share one range that holds every point, and the line runs corner to corner. */
class ScatterChartTest {
    @Test
    void theIdentityLineCrossesOneSharedRangeHoldingEveryPoint() {
        ScatterChart c = ScatterChart.comparison("σ", Axis.linear("asked"), Axis.linear("obtained"), List.of(
                ScatterChart.Series.of("a", new double[] {1, 2, 3}, new double[] {1.5, 2, 6}),
                ScatterChart.Series.of("b", new double[] {0.5, Double.NaN}, new double[] {1, 9})));
        XYPlot plot = c.jfreechart().getXYPlot();
        Range x = plot.getDomainAxis().getRange(), y = plot.getRangeAxis().getRange();
        assertEquals(x, y);
        assertTrue(x.getLowerBound() < 0.5 && x.getUpperBound() > 6, x.toString()); // (NaN, 9) is not drawn
        assertTrue(x.getUpperBound() < 9, x.toString());
        XYDataset line = plot.getDataset(1);
        assertEquals("y = x", line.getSeriesKey(0));
        assertEquals(x.getLowerBound(), line.getYValue(0, 0), 0);
        assertEquals(x.getUpperBound(), line.getXValue(0, 1), 0);
    }

    @Test
    void withoutTheLineTheAxesRangeOnTheirOwnAndAFixedAxisKeepsItsRange() {
        JFreeChart plain = SampleCharts.logCurrents(0).jfreechart();
        assertEquals(1, plain.getXYPlot().getDatasetCount());
        ScatterChart fixed = ScatterChart.comparison("σ", Axis.linear("asked").between(0, 10), Axis.linear("obtained"),
                List.of(ScatterChart.Series.of("a", new double[] {1, 2}, new double[] {1, 3})));
        XYPlot plot = fixed.jfreechart().getXYPlot();
        assertEquals(new Range(0, 10), plot.getDomainAxis().getRange());
        assertEquals(0, plot.getDataset(1).getXValue(0, 0), 0, "the line spans both axes' ranges");
        assertEquals(10, plot.getDataset(1).getXValue(0, 1), 0);
    }

    @Test
    void onLogAxesTheSharedRangeIsPaddedInDecades() {
        ScatterChart c = ScatterChart.comparison("I", Axis.log("SPICE", "A"), Axis.log("fast", "A"),
                List.of(ScatterChart.Series.of("col", new double[] {1e-8, 1e-4}, new double[] {1e-8, 1e-4})));
        Range r = c.jfreechart().getXYPlot().getDomainAxis().getRange();
        assertEquals(-8 - 0.16, Math.log10(r.getLowerBound()), 1e-9);
        assertEquals(-4 + 0.16, Math.log10(r.getUpperBound()), 1e-9);
    }
}
