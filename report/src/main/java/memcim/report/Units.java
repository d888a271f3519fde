package memcim.report;

import java.util.Locale;

/** Engineering notation for printed figures (1.23 nJ, 45.6 us): report tables, terminal summaries and plot axes. */
public final class Units {
    private static final String[] PREFIXES = {"f", "p", "n", "u", "m", "", "k", "M", "G"};
    private static final int LOWEST_EXPONENT = -15, HIGHEST_EXPONENT = 9;

    private Units() {}

    public static String joules(double j) { return eng(j, "J"); }

    public static String seconds(double s) { return eng(s, "s"); }

    /** An accuracy or AUROC to three decimals; "n/a" where undefined (an AUROC on beats of one class only). */
    public static String score(double x) { return Double.isNaN(x) ? "n/a" : String.format(Locale.ROOT, "%.3f", x); }

    public static String eng(double v, String unit) {
        if (v == 0 || !Double.isFinite(v)) return String.format(Locale.ROOT, "%.3g %s", v, unit);
        int exp = exponent(v);
        return String.format(Locale.ROOT, "%.3g %s%s", v / Math.pow(1000, exp / 3), prefix(exp), unit);
    }

    /**
     * The multiple of 3 whose SI prefix suits {@code v} (-9 for 120e-9: nano), within femto to giga. A time axis
     * spanning 200 ns is drawn in ns with it, so its ticks read 0, 50, 100 rather than 1e-07.
     */
    public static int exponent(double v) {
        if (v == 0 || !Double.isFinite(v)) return 0;
        int exp = 3 * (int) Math.floor(Math.log10(Math.abs(v)) / 3);
        return Math.max(LOWEST_EXPONENT, Math.min(HIGHEST_EXPONENT, exp));
    }

    /** The SI prefix of an {@link #exponent} ("n" for -9, "" for 0). */
    public static String prefix(int exponent) {
        if (exponent % 3 != 0 || exponent < LOWEST_EXPONENT || exponent > HIGHEST_EXPONENT) {
            throw new IllegalArgumentException("no SI prefix for 10^" + exponent);
        }
        return PREFIXES[(exponent - LOWEST_EXPONENT) / 3];
    }
}
