package memcim.cli;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import memcim.core.InputException;
import picocli.CommandLine;

/**
 * {@code --time-limit} values: {@code 60s}, {@code 500ms}, {@code 2m}, {@code 1h}, or a plain number of
 * seconds ({@code 600}, as the older {@code --timeout SECONDS} took).
 */
final class TimeLimit implements CommandLine.ITypeConverter<Duration> {
    private static final Pattern FORM = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|min|h)?");
    static final Duration MIN = Duration.ofMillis(100), MAX = Duration.ofHours(24);
    private static final String RANGE = "a time limit from 100ms to 24h";

    @Override
    public Duration convert(String value) {
        Matcher m = FORM.matcher(value.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) throw new Main.Expected("a duration such as 60s, 500ms, 2m");
        double n = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        double ms = switch (unit) {
            case "ms" -> n;
            case "s" -> n * 1e3;
            case "m", "min" -> n * 60e3;
            default -> n * 3600e3;
        };
        // refused here, while the typed text is at hand for the error line
        if (ms < MIN.toMillis() || ms > MAX.toMillis()) throw new Main.Expected(RANGE);
        return Duration.ofMillis(Math.round(ms));
    }

    /** The limit, or an error naming the option if it is outside what is useful. */
    static Duration check(String option, Duration d) {
        if (d.compareTo(MIN) < 0 || d.compareTo(MAX) > 0) {
            throw new InputException(option, RANGE, text(d));
        }
        return d;
    }

    /** "3 s", "1.5 s", "10 min" as people read it. */
    static String text(Duration d) {
        long ms = d.toMillis();
        if (ms % 60_000 == 0 && ms >= 60_000) return ms / 60_000 + " min";
        if (ms % 1000 == 0) return ms / 1000 + " s";
        return String.format(Locale.ROOT, "%.3g s", ms / 1000.0);
    }
}
