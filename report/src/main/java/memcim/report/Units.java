package memcim.report;

import java.util.Locale;

/** Engineering notation for printed figures (1.23 nJ, 45.6 µs). */
public final class Units {
    private Units() {}

    public static String joules(double j) { return eng(j, "J"); }

    public static String seconds(double s) { return eng(s, "s"); }

    /** An accuracy or AUROC to three decimals; "n/a" where undefined (an AUROC on beats of one class only). */
    public static String score(double x) { return Double.isNaN(x) ? "n/a" : String.format(Locale.ROOT, "%.3f", x); }

    public static String eng(double v, String unit) {
        if (v == 0 || !Double.isFinite(v)) return String.format(Locale.ROOT, "%.3g %s", v, unit);
        String[] prefixes = {"f", "p", "n", "u", "m", "", "k", "M", "G"};
        int exp = (int) Math.floor(Math.log10(Math.abs(v)) / 3);
        exp = Math.max(-5, Math.min(3, exp));
        return String.format(Locale.ROOT, "%.3g %s%s", v / Math.pow(1000, exp), prefixes[exp + 5], unit);
    }
}
