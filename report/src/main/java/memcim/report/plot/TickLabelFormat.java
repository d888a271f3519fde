package memcim.report.plot;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;
import memcim.report.Units;

/**
 * Tick labels as a reader writes them, the same in every locale: 10 and 0.85 (not 10.0, 0.850 or 0,85), and on a
 * log axis with a unit the quantity in engineering notation (1 nJ, 10 nJ, 100 nJ). JFreeChart's own formats follow
 * the default locale, which would make the same data draw differently on another machine.
 */
final class TickLabelFormat extends NumberFormat {
    private final String unit; // null: plain numbers

    private TickLabelFormat(String unit) { this.unit = unit; }

    static TickLabelFormat plain() { return new TickLabelFormat(null); }

    static TickLabelFormat engineering(String unit) { return new TickLabelFormat(unit); }

    static String plain(double v) {
        if (v == 0) return "0";
        double a = Math.abs(v);
        if (a >= 1e4 || a < 1e-2) return String.format(Locale.ROOT, "%.2g", v);
        String s = String.format(Locale.ROOT, "%.3g", v);
        return s.contains(".") ? s.replaceAll("\\.?0+$", "") : s;
    }

    static String engineering(double v, String unit) {
        String eng = Units.eng(v, unit); // "1.00 nJ", "2.50 nJ": the number before the space loses its trailing zeros
        int space = eng.indexOf(' ');
        String number = eng.substring(0, space);
        if (number.contains(".")) number = number.replaceAll("\\.?0+$", "");
        return number + eng.substring(space);
    }

    @Override
    public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
        return toAppendTo.append(unit == null ? plain(number) : engineering(number, unit));
    }

    @Override
    public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
        return format((double) number, toAppendTo, pos);
    }

    /** Never called: JFreeChart only formats tick labels. As {@link NumberFormat#parse} allows, nothing is parsed. */
    @Override
    public Number parse(String source, ParsePosition parsePosition) { return null; }

    @Override
    public boolean equals(Object o) { return o instanceof TickLabelFormat t && java.util.Objects.equals(unit, t.unit); }

    @Override
    public int hashCode() { return java.util.Objects.hashCode(unit); }
}
