package memcim.report.plot;

import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnitSource;
import org.jfree.chart.axis.ValueAxis;

/**
 * A value axis: what it shows, in which unit, on a linear or log10 scale. Linear ticks fall on 1, 2 or 5 × 10^k;
 * log ticks on whole decades, labelled with the quantity itself (1 nJ, 10 nJ) rather than an exponent. The range
 * follows the data unless {@link #between} fixes it (NaN bounds: automatic).
 */
public record Axis(String label, String unit, Scale scale, double min, double max) {
    public enum Scale { LINEAR, LOG }

    public Axis {
        if (label == null || unit == null || scale == null) throw new IllegalArgumentException("axis: label, unit and scale are required");
        if (Double.isNaN(min) != Double.isNaN(max) || min >= max)
            throw new IllegalArgumentException("axis: both bounds, min < max, or neither");
    }

    public static Axis linear(String label) { return linear(label, ""); }

    public static Axis linear(String label, String unit) { return new Axis(label, unit, Scale.LINEAR, Double.NaN, Double.NaN); }

    public static Axis log(String label, String unit) { return new Axis(label, unit, Scale.LOG, Double.NaN, Double.NaN); }

    /**
     * The same axis over a fixed range, for figures whose point is how little (or how much) a value moves: an
     * automatic range would magnify any change to the full height.
     */
    public Axis between(double lo, double hi) { return new Axis(label, unit, scale, lo, hi); }

    public boolean logarithmic() { return scale == Scale.LOG; }

    /** The printed axis label: "energy per inference (J, log scale)", "U_e (nats)", "samples M". */
    public String caption() {
        String note = logarithmic() ? (unit.isEmpty() ? "log scale" : unit + ", log scale") : unit;
        return note.isEmpty() ? label : label + " (" + note + ")";
    }

    /** A new JFreeChart axis: auto-ranged on the data, zero not forced in (a chart that wants it says so). */
    ValueAxis create() {
        if (logarithmic()) {
            LogAxis axis = new LogAxis(caption());
            axis.setStandardTickUnits(new NumberTickUnitSource(true)); // whole decades only
            axis.setNumberFormatOverride(unit.isEmpty() ? TickLabelFormat.plain() : TickLabelFormat.engineering(unit));
            if (!Double.isNaN(min)) axis.setRange(min, max);
            return axis;
        }
        NumberAxis axis = new NumberAxis(caption());
        axis.setAutoRangeIncludesZero(false);
        axis.setStandardTickUnits(new NumberTickUnitSource(false, TickLabelFormat.plain()));
        if (!Double.isNaN(min)) axis.setRange(min, max);
        return axis;
    }
}
