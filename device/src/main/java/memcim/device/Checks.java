package memcim.device;

import java.util.Locale;
import memcim.core.InputException;

/**
 * The value checks every card section shares. {@code where} is the location of the field, for example
 * {@code card.json: drift.nuSigma}; each failure is an {@link InputException} saying what was expected and found.
 */
final class Checks {
    private Checks() {}

    static void fail(String where, String expected, Object found) {
        throw new InputException(where, expected, String.valueOf(found));
    }

    static void positive(String where, double v) {
        if (!(v > 0) || Double.isInfinite(v)) fail(where, "> 0", fmt(v));
    }

    static void nonNegative(String where, double v) {
        if (!(v >= 0) || Double.isInfinite(v)) fail(where, ">= 0", fmt(v));
    }

    static void finite(String where, double v) {
        if (!Double.isFinite(v)) fail(where, "a finite number", fmt(v));
    }

    /** A value in SI units within plausible bounds; a value far above them is flagged as a likely unit slip. */
    static void within(String where, double v, double lo, double hi, String unit) {
        if (!(v >= lo && v <= hi)) {
            fail(where, unit + " (SI) between " + fmt(lo) + " and " + fmt(hi), fmt(v)
                    + (v > 100 * hi ? " (a value in micro- or milli-units written without the SI factor?)" : ""));
        }
    }

    /** A drift exponent's N(mean, sigma): a mean below 1 in magnitude (an exponent or a per-decade fraction). */
    static void driftExponent(String where, double nuMean, double nuSigma) {
        finite(where + ".nuMean", nuMean);
        if (Math.abs(nuMean) >= 1) fail(where + ".nuMean", "|nuMean| < 1 (an exponent or a per-decade fraction)", fmt(nuMean));
        nonNegative(where + ".nuSigma", nuSigma);
    }

    /** A relative spread: in [0, 1). */
    static void fraction(String where, double v) {
        nonNegative(where, v);
        if (v >= 1) fail(where, "< 1 (a relative spread)", fmt(v));
    }

    /** Six significant digits, no trailing zeros, exponent without padding: 5e-05 → "5e-5", 1.5 → "1.5". */
    static String fmt(double v) {
        if (!Double.isFinite(v)) return String.valueOf(v);
        String s = String.format(Locale.ROOT, "%.6g", v);
        String mantissa = s, exponent = "";
        int e = s.indexOf('e');
        if (e >= 0) {
            mantissa = s.substring(0, e);
            exponent = "e" + Integer.parseInt(s.substring(e + 1).replace("+", ""));
        }
        if (mantissa.contains(".")) mantissa = mantissa.replaceAll("0+$", "").replaceAll("\\.$", "");
        return mantissa + exponent;
    }
}
