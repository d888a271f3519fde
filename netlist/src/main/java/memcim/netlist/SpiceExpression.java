package memcim.netlist;

import java.util.regex.Pattern;
import memcim.core.InputException;

/**
 * The rule for the arithmetic written into behavioural sources and braced parameter values: one line of
 * names, numbers, operators and parentheses. Names inside are built by code from checked names; this rule
 * makes sure an expression cannot end its card (newline), open a comment, or hide a second card.
 */
public final class SpiceExpression {
    private static final Pattern LEGAL = Pattern.compile("[A-Za-z0-9_+\\-*/^().,<>=!?:&| ]{1,4000}");

    private SpiceExpression() {}

    public static String check(String where, String expression) {
        if (expression == null || !LEGAL.matcher(expression).matches() || expression.isBlank()) {
            throw new InputException(where,
                    "a one-line SPICE expression of names, numbers, operators and parentheses",
                    expression == null ? "nothing" : "'" + expression.replace("\n", "\\n") + "'");
        }
        return expression;
    }
}
