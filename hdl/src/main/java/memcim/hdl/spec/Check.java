package memcim.hdl.spec;

import java.math.BigDecimal;
import java.util.Locale;
import memcim.core.InputException;

/** Range and presence checks whose errors name the parameter ({@code file: adc.bits}), expected range and value. */
final class Check {
    private final String source;

    Check(String source) { this.source = source; }

    private String where(String parameter) { return source + ": " + parameter; }

    void present(String parameter, Object value) {
        if (value == null) throw new InputException(where(parameter), "a value", "nothing");
    }

    void notBlank(String parameter, String value) {
        if (value == null || value.isBlank()) throw new InputException(where(parameter), "a non-empty name", "'" + value + "'");
    }

    void range(String parameter, double value, double lo, double hi) {
        limit(parameter, value, lo, hi, null);
    }

    /** A range the hardware sets: {@code what} names the block whose limit it is, and the error says so. */
    void limit(String parameter, double value, double lo, double hi, String what) {
        if (!(value >= lo && value <= hi)) {
            throw new InputException(where(parameter), String.format(Locale.ROOT, "a number in [%s, %s]", num(lo), num(hi))
                    + (what == null ? "" : " (" + what + ")"), num(value));
        }
    }

    // six significant digits without trailing zeros: 0.01, 1.5, 1E-9
    private static String num(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return String.valueOf((long) v);
        BigDecimal d = new BigDecimal(String.format(Locale.ROOT, "%.6g", v)).stripTrailingZeros();
        return Math.abs(v) >= 1e-3 ? d.toPlainString() : d.toString();
    }
}
