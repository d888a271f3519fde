package memcim.report.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.IntervalXYDataset;
import org.junit.jupiter.api.Test;

/** Shared bins over all samples, each sample as fractions of itself; the largest value in the last bin. */
class HistogramBinsTest {
    @Test
    void fractionsPerBinAreCountedOverSharedBins() {
        // values 0.1 .. 1.1 in 10 bins of 0.1: known {0.1, 0.2, 0.2} -> bin 0: 1 of 3, bin 1: 2 of 3;
        // unseen {0.9, 1.1} -> 0.9 in bin 8 (0.9..1.0), 1.1 (the largest) in bin 9: half each
        Histogram h = new Histogram("U", Axis.linear("U", "nats"), "fraction", List.of(
                Histogram.Sample.of("known", new double[] {0.1, 0.2, 0.2}), Histogram.Sample.of("unseen", new double[] {0.9, 1.1})), 10);
        IntervalXYDataset data = (IntervalXYDataset) h.jfreechart().getXYPlot().getDataset();
        assertEquals(1 / 3.0, data.getYValue(0, 0), 1e-12);
        assertEquals(2 / 3.0, data.getYValue(0, 1), 1e-12);
        assertEquals(0, data.getYValue(0, 5), 0);
        assertEquals(0.5, data.getYValue(1, 8), 1e-12);
        assertEquals(0.5, data.getYValue(1, 9), 1e-12);
        assertEquals(0.1, data.getStartXValue(0, 0), 1e-12);
        assertEquals(1.1, data.getEndXValue(0, 9), 1e-12);
    }

    @Test
    void nonFiniteValuesAreLeftOutAndTheLegendCountsWhatWasCounted() {
        Histogram h = new Histogram("U", Axis.linear("U"), "fraction", List.of(
                Histogram.Sample.of("known", new double[] {0.5, Double.NaN, 1.5, Double.POSITIVE_INFINITY})), 2);
        JFreeChart chart = h.jfreechart();
        IntervalXYDataset data = (IntervalXYDataset) chart.getXYPlot().getDataset();
        assertEquals("known (n=2)", data.getSeriesKey(0));
        assertEquals(0.5, data.getYValue(0, 0), 1e-12);
        assertEquals(0.5, data.getYValue(0, 1), 1e-12);
    }
}
