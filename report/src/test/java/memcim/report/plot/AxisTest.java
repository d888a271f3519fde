package memcim.report.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;

/** Axis captions carry their unit and scale; ticks land on round numbers and whole decades once drawn. */
class AxisTest {
    @Test
    void captionsNameTheUnitAndALogScale() {
        assertEquals("energy per inference (J, log scale)", Axis.log("energy per inference", "J").caption());
        assertEquals("U_e (nats)", Axis.linear("U_e", "nats").caption());
        assertEquals("samples M", Axis.linear("samples M").caption());
        assertEquals("ratio (log scale)", Axis.log("ratio", "").caption());
    }

    @Test
    void linearTicksAreOneTwoOrFiveTimesAPowerOfTen() {
        JFreeChart chart = SampleCharts.line(0).jfreechart();
        ChartPng.render(chart, ChartPng.WIDTH, ChartPng.HEIGHT); // ticks are chosen while drawing
        XYPlot plot = chart.getXYPlot();
        for (NumberAxis axis : new NumberAxis[] {(NumberAxis) plot.getDomainAxis(), (NumberAxis) plot.getRangeAxis()}) {
            double size = axis.getTickUnit().getSize();
            double mantissa = size / Math.pow(10, Math.floor(Math.log10(size) + 1e-9));
            assertTrue(Math.abs(mantissa - 1) < 1e-9 || Math.abs(mantissa - 2) < 1e-9 || Math.abs(mantissa - 5) < 1e-9,
                    axis.getLabel() + ": tick every " + size);
        }
    }

    @Test
    void logTicksAreWholeDecades() {
        JFreeChart chart = SampleCharts.logTime(0).jfreechart();
        ChartPng.render(chart, ChartPng.WIDTH, ChartPng.HEIGHT);
        double exponentStep = ((LogAxis) chart.getXYPlot().getDomainAxis()).getTickUnit().getSize();
        assertEquals(0, exponentStep - Math.rint(exponentStep), 0, "a tick every " + exponentStep + " decades");
        assertTrue(exponentStep >= 1);
    }

    @Test
    void aLogBarChartSpansHalfADecadeBelowItsSmallestBarToTheDecadeAboveItsLargest() {
        // bars of 4.37 nJ, 1.75 uJ and 0.83 uJ: from 10^-9.5 J to 10^-5 J
        var range = SampleCharts.bars(0).jfreechart().getCategoryPlot().getRangeAxis().getRange();
        assertEquals(-9.5, Math.log10(range.getLowerBound()), 1e-12);
        assertEquals(-5, Math.log10(range.getUpperBound()), 1e-12);
    }
}
