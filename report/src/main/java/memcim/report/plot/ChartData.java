package memcim.report.plot;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;

/** What the chart records share: arrays taken as immutable lists, and the checks that name the chart at fault. */
final class ChartData {
    private ChartData() {}

    static List<Double> list(double[] values) { return Arrays.stream(values).boxed().toList(); }

    static double[] array(List<Double> values) { return values.stream().mapToDouble(Double::doubleValue).toArray(); }

    /** Series, samples and traces are told apart by name in the legend (and JFreeChart keys them by it). */
    static void requireDistinct(String chart, String what, List<String> names) {
        var seen = new HashSet<String>();
        for (String n : names) {
            if (!seen.add(n)) throw new IllegalArgumentException(chart + ": two " + what + " named '" + n + "'");
        }
    }

    /** Histogram counts and voltages have no log scale here: a zero bin or a 0 V level would have no place on it. */
    static void requireLinear(String chart, Axis axis) {
        if (axis.logarithmic()) throw new IllegalArgumentException(chart + ": expected a linear value axis, found a log axis");
    }

    static void requireNonEmpty(String chart, String what, List<?> items) {
        if (items.isEmpty()) throw new IllegalArgumentException(chart + ": expected at least one " + what + ", found none");
    }

    /** A series on a log axis: every value > 0 (a NaN passes, drawn as nothing), else the series and value named. */
    static void requirePositive(String chart, String series, String coordinate, List<Double> values) {
        for (double v : values) {
            if (v <= 0) {
                throw new IllegalArgumentException(chart + ": series '" + series + "' has " + coordinate + " = " + v
                        + ", expected values > 0 on its log axis");
            }
        }
    }
}
