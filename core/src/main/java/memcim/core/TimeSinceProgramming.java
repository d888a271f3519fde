package memcim.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A time since programming as a user writes it ("1s", "1h", "1d", "1w", "1mo", "1y", "250ms", or plain seconds),
 * with its label kept for tables and plots. A year is 365.25 days and a month a twelfth of it, as drift studies
 * count them.
 */
public record TimeSinceProgramming(String label, double seconds) {
    public static final double DAY = 86_400;
    public static final double YEAR = 365.25 * DAY;


    private static final Pattern FORM = Pattern.compile("([0-9]+(?:\\.[0-9]+)?(?:[eE][-+]?[0-9]+)?)\\s*([a-z]*)");
    private static final String UNITS = "ns, us, ms, s, min, h, d, w, mo, y";

    /** 1 s, 1 h, 1 day, 1 week, 1 month, 1 year: the times drift studies report (Mackin et al. 2022). */
    public static final List<TimeSinceProgramming> STANDARD = parseList("1s,1h,1d,1w,1mo,1y", "standard times");

    /** One time, checked: finite and > 0. {@code where} names the option or file in the error. */
    public static TimeSinceProgramming parse(String text, String where) {
        String t = text.trim();
        Matcher m = FORM.matcher(t.toLowerCase(Locale.ROOT));
        if (!m.matches()) throw bad(text, where);
        double unit = switch (m.group(2)) {
            case "ns" -> 1e-9;
            case "us" -> 1e-6;
            case "ms" -> 1e-3;
            case "", "s" -> 1;
            case "min" -> 60;
            case "h" -> 3600;
            case "d" -> DAY;
            case "w" -> 7 * DAY;
            case "mo" -> YEAR / 12;
            case "y" -> YEAR;
            default -> throw bad(text, where);
        };
        double seconds = Double.parseDouble(m.group(1)) * unit;
        if (!(seconds > 0) || Double.isInfinite(seconds))
            throw new InputException(where, "a time > 0 (a number with one of " + UNITS + ")", "'" + text + "'");
        return new TimeSinceProgramming(t, seconds);
    }

    /** A comma-separated list such as "1s,1d,1y", in the order given; at least one time, no repeats. */
    public static List<TimeSinceProgramming> parseList(String text, String where) {
        List<TimeSinceProgramming> out = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            TimeSinceProgramming t = parse(part, where);
            for (TimeSinceProgramming seen : out)
                if (seen.seconds == t.seconds)
                    throw new InputException(where, "each time once", "'" + seen.label + "' and '" + t.label + "'");
            out.add(t);
        }
        return List.copyOf(out);
    }

    private static InputException bad(String text, String where) {
        return new InputException(where, "a time such as 1s, 1h, 1d, 1y (a number with one of " + UNITS + ")",
                "'" + text + "'");
    }
}
