package memcim.spice;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one check every name passes before it is put into an ngspice command: no whitespace, no
 * command separators, no quotes, so a name can never smuggle a second command in.
 */
final class SpiceNames {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.:#\\[\\]<>+-]*");
    private static final Pattern VECTOR = Pattern.compile("[A-Za-z0-9_.:#\\[\\]<>+-]+(\\([A-Za-z0-9_.:#\\[\\]<>+,-]+\\))?");

    private SpiceNames() {}

    static String require(String kind, String name) {
        if (name == null || !IDENTIFIER.matcher(name).matches()) {
            throw new SpiceException(kind + " name: expected letters, digits and _.:#[]<>+- , found '" + name + "'");
        }
        return name;
    }

    static String requireVectorName(String name) {
        if (name == null || !VECTOR.matcher(name).matches()) {
            throw new SpiceException("vector name: expected e.g. v(out), i(v1), out, time, found '" + name + "'");
        }
        return name;
    }

    /** A number as ngspice reads it (Java's "1.0E-5" is fine; NaN and infinities are not numbers to it). */
    static String number(double value) {
        if (!Double.isFinite(value)) throw new SpiceException("expected a finite number, found " + value);
        return Double.toString(value);
    }

    /** The names ngspice may use for a vector: "v(out)" is "out", "i(v1)" is "v1#branch". */
    static List<String> aliases(String name) {
        String n = name.toLowerCase(Locale.ROOT).strip();
        List<String> out = new ArrayList<>(List.of(n));
        if (n.startsWith("v(") && n.endsWith(")")) out.add(n.substring(2, n.length() - 1));
        else if (n.startsWith("i(") && n.endsWith(")")) out.add(n.substring(2, n.length() - 1) + "#branch");
        else if (n.endsWith("#branch")) out.add("i(" + n.substring(0, n.length() - 7) + ")");
        else out.add("v(" + n + ")");
        return out;
    }
}
