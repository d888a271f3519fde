package memcim.netlist;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Numbers as they are written into a deck: 12 significant digits, no trailing zeros, lower-case
 * exponent ({@code 2e-5}, {@code 0.2}, {@code 1000}). Deterministic, and refuses NaN and infinities,
 * which ngspice would read as a node or parameter name.
 */
public final class SpiceNumber {
    private static final MathContext DIGITS = new MathContext(12);

    private SpiceNumber() {}

    public static String format(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("a deck value must be finite, got " + value);
        }
        if (value == 0) return "0";
        BigDecimal d = new BigDecimal(value).round(DIGITS).stripTrailingZeros();
        int exponent = d.precision() - d.scale() - 1;
        if (exponent >= -3 && exponent < 6) {
            return d.toPlainString();
        }
        String digits = d.unscaledValue().abs().toString();
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return (d.signum() < 0 ? "-" : "") + mantissa + "e" + exponent;
    }
}
