package memcim.report.plot;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Data a chart cannot draw is refused when the chart is made, with the chart and the offending part named. */
class ChartChecksTest {
    private static void refused(Executable make, String... words) {
        String message = assertThrows(IllegalArgumentException.class, make).getMessage();
        for (String w : words) assertTrue(message.contains(w), message + " lacks '" + w + "'");
    }

    @Test
    void lineChartsNeedMatchingLengthsDistinctNamesAndPositiveValuesOnLogAxes() {
        refused(() -> LineChart.Series.of("acc", new double[] {1, 2}, new double[] {0.5}), "acc", "2 x values", "1 y values");
        var s = LineChart.Series.of("acc", new double[] {1, 2}, new double[] {0.5, 0.6});
        refused(() -> new LineChart("T", Axis.linear("x"), Axis.linear("y"), List.of(s, s)), "'T'", "two series named 'acc'");
        refused(() -> new LineChart("T", Axis.log("t", "s"), Axis.linear("y"),
                List.of(LineChart.Series.of("a", new double[] {0, 1}, new double[] {1, 1}))), "'a'", "x = 0.0", "log axis");
        refused(() -> new LineChart("T", Axis.linear("x"), Axis.linear("y"), List.of()), "at least one series");
    }

    @Test
    void barsNeedAValuePerDistinctCategory() {
        refused(() -> BarChart.of("E", "", Axis.linear("J"), List.of("a", "b"), new double[] {1}), "'E'", "2 categories but 1 values");
        refused(() -> BarChart.of("E", "", Axis.linear("J"), List.of("a", "a"), new double[] {1, 2}), "two categories named 'a'");
        refused(() -> BarChart.of("E", "", Axis.log("energy", "J"), List.of("a"), new double[] {0}), "value > 0", "log axis");
    }

    @Test
    void histogramsNeedBinsAndALinearAxis() {
        var sample = List.of(Histogram.Sample.of("known", new double[] {1}));
        refused(() -> new Histogram("U", Axis.linear("U"), "f", sample, 0), "'U'", "bins", "found 0");
        refused(() -> new Histogram("U", Axis.log("U", ""), "f", sample, 4), "linear value axis");
    }

    @Test
    void waveformTracesHaveAValuePerTimePoint() {
        refused(() -> Waveform.of("W", new double[] {0, 1e-9}, Axis.linear("v", "V"),
                List.of(Waveform.Trace.of("dac", new double[] {0}))), "'W'", "'dac'", "1 values", "(2)");
    }
}
