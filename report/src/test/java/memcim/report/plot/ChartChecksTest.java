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
        refused(() -> LineChart.Series.withSpread("acc", new double[] {1, 2}, new double[] {0.5, 0.6}, new double[] {0.1}), "acc",
                "2 y values", "1 spreads");
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

    @Test
    void heatMapsNeedAValuePerCellOfAProperGridAndAColourRange() {
        Axis x = Axis.linear("x"), y = Axis.linear("y");
        HeatMap.Grid grid = new HeatMap.Grid(0, 1, 3, 0, 1, 2);
        double[] six = new double[6];
        refused(() -> HeatMap.probability("P", x, y, grid, new double[5], List.of()), "heat map 'P'", "3 × 2 = 6 z values", "found 5");
        refused(() -> HeatMap.probability("P", x, y, new HeatMap.Grid(0, 1, 0, 0, 1, 2), new double[0], List.of()),
                "heat map 'P'", "grid", "nx = 0");
        refused(() -> HeatMap.probability("P", x, y, new HeatMap.Grid(0, 1, 3, 0, 1, 0), new double[0], List.of()), "'P'", "ny = 0");
        refused(() -> HeatMap.probability("P", x, y, new HeatMap.Grid(1, 1, 3, 0, 1, 2), six, List.of()), "'P'", "xMin < xMax", "1.0 … 1.0");
        refused(() -> HeatMap.probability("P", x, y, new HeatMap.Grid(0, 1, 3, 2, 1, 2), six, List.of()), "'P'", "yMin < yMax");
        refused(() -> HeatMap.uncertainty("U", x, y, grid, "U_e", "nats", six, 0, List.of()), "heat map 'U'", "colour bar 'U_e'",
                "min < max", "0.0 … 0.0");
        refused(() -> HeatMap.probability("P", Axis.log("x", ""), y, grid, six, List.of()), "'P'", "linear value axis");
        double[] infinite = {0, 0, Double.POSITIVE_INFINITY, 0, 0, 0};
        refused(() -> HeatMap.probability("P", x, y, grid, infinite, List.of()), "'P'", "z[2] = Infinity");
        refused(() -> HeatMap.probability("P", x, y, grid, six, List.of(new HeatMap.Point(1.5, 0.5, 0))), "'P'", "point 0", "off the grid");
        refused(() -> HeatMap.probability("P", x, y, grid, six, List.of(new HeatMap.Point(0.5, 0.5, -1))), "'P'", "point 0", "class -1");
        refused(() -> HeatMap.Point.of(new double[] {1}, new double[] {1, 2}, new int[] {0}), "1 x, 2 y and 1 labels");
    }

    @Test
    void scatterChartsNeedDistinctNamesPositiveValuesOnLogAxesAndOneScaleForTheIdentityLine() {
        var s = ScatterChart.Series.of("w", new double[] {0.1, 0.2}, new double[] {0.1, 0.3});
        refused(() -> ScatterChart.of("S", Axis.linear("x"), Axis.linear("y"), List.of(s, s)), "scatter chart 'S'", "two series named 'w'");
        refused(() -> ScatterChart.of("S", Axis.linear("x"), Axis.log("I", "A"),
                List.of(ScatterChart.Series.of("c", new double[] {1, 2}, new double[] {1e-6, -1e-9}))), "'S'", "'c'", "y = -1.0E-9", "log axis");
        refused(() -> ScatterChart.Series.of("c", new double[] {1, 2}, new double[] {1}), "'c'", "2 x values but 1 y values");
        refused(() -> ScatterChart.comparison("S", Axis.linear("x"), Axis.log("y", ""), List.of(s)), "'S'", "identity line", "both axes");
        refused(() -> ScatterChart.of("S", Axis.linear("x"), Axis.linear("y"),
                List.of(ScatterChart.Series.of("c", new double[] {Double.NEGATIVE_INFINITY}, new double[] {1}))), "'S'", "x = -Infinity");
        refused(() -> ScatterChart.of("S", Axis.linear("x"), Axis.linear("y"), List.of()), "'S'", "at least one series");
    }
}
