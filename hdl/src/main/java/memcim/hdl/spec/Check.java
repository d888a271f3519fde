package memcim.cosim.config;

import java.util.Arrays;
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
        if (!(value >= lo && value <= hi)) {
            throw new InputException(where(parameter), String.format(Locale.ROOT, "a number in [%s, %s]", num(lo), num(hi)),
                    num(value));
        }
    }

    void atMost(String parameter, int value, int limit, String limitName) {
        if (value > limit) {
            throw new InputException(where(parameter), "at most " + limit + " (" + limitName + ")", String.valueOf(value));
        }
    }

    void oneOf(String parameter, String value, String... allowed) {
        if (value == null || !Arrays.asList(allowed).contains(value)) {
            throw new InputException(where(parameter), "one of " + String.join(", ", allowed), "'" + value + "'");
        }
    }

    private static String num(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.6g", v);
    }
}
