package memcim.netlist;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import memcim.core.InputException;

/**
 * The one identifier rule for everything that reaches a SPICE deck as a name: element, node, subcircuit,
 * model and parameter names. A name is letters, digits and underscores only, at most 64 characters, and
 * not a SPICE keyword. So a name can never start a dot-card ({@code .control}), open a control block,
 * split a card (whitespace, {@code =}, parentheses, braces), continue a line ({@code +}), comment out the
 * rest ({@code ;}, {@code *}), or turn a source into an {@code external} one.
 */
public final class SpiceName {
    private static final Pattern LEGAL = Pattern.compile("[A-Za-z0-9_]{1,64}");

    /** Words that change how ngspice reads a source, instance or model card when they appear as a token. */
    private static final Set<String> KEYWORDS = Set.of(
            "external", "dc", "ac", "distof1", "distof2", "pwl", "sin", "pulse", "exp", "sffm", "am",
            "trnoise", "trrandom", "params", "ic", "off", "on", "temp", "dtemp", "value", "vol", "cur",
            "end", "ends", "control", "endc", "include", "lib", "param", "func", "option", "options");

    private SpiceName() {}

    /**
     * Returns {@code name} if it is a legal SPICE name, otherwise throws an {@link InputException} at
     * {@code where} (the parameter or object the name came from).
     */
    public static String check(String where, String name) {
        if (name == null) {
            throw new InputException(where, "a SPICE name (letters, digits, '_')", "nothing");
        }
        if (!LEGAL.matcher(name).matches()) {
            throw new InputException(where, "a SPICE name of 1 to 64 letters, digits or '_'",
                    "'" + printable(name) + "'");
        }
        if (KEYWORDS.contains(name.toLowerCase(Locale.ROOT))) {
            throw new InputException(where, "a SPICE name that is not a keyword", "keyword '" + name + "'");
        }
        return name;
    }

    /**
     * Checks an output vector as ngspice names it: {@code v(node)}, {@code v(a,b)}, {@code i(vsource)} or a
     * bare node or branch, where a node may be hierarchical ({@code xcell.w}, {@code v.xdac.vd0#branch}); every part
     * obeys {@link #check}.
     */
    public static String checkVector(String where, String vector) {
        var m = VECTOR.matcher(vector == null ? "" : vector);
        if (!m.matches()) {
            throw new InputException(where, "a vector such as v(node), v(a,b) or i(vsource)",
                    "'" + printable(String.valueOf(vector)) + "'");
        }
        for (String group : new String[] {m.group(1), m.group(2), m.group(3)}) {
            if (group == null) continue;
            for (String part : group.split("\\.")) {
                if (!part.equals("0")) check(where, part);
            }
        }
        return vector;
    }

    private static final Pattern PATH = Pattern.compile("[A-Za-z0-9_]+(?:\\.[A-Za-z0-9_]+)*");
    private static final Pattern VECTOR = Pattern.compile(
            "(?:[vViI]\\((" + PATH + ")(?:,(" + PATH + "))?\\))|(" + PATH + ")(?:#branch)?");

    /** True when {@link #check} would accept the name. */
    public static boolean isLegal(String name) {
        return name != null && LEGAL.matcher(name).matches()
                && !KEYWORDS.contains(name.toLowerCase(Locale.ROOT));
    }

    /** Escapes control characters so an error message shows exactly what was rejected. */
    private static String printable(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '\n') b.append("\\n");
            else if (c == '\r') b.append("\\r");
            else if (c == '\t') b.append("\\t");
            else if (c < 0x20 || c == 0x7f) b.append(String.format("\\u%04x", (int) c));
            else b.append(c);
        }
        return b.toString();
    }
}
