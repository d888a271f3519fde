package memcim.report.plot;

import java.awt.Color;
import java.awt.Paint;
import org.jfree.chart.renderer.PaintScale;

/**
 * A heat map's colours: a small fixed table of colours, evenly spaced over [lower, upper] and interpolated
 * linearly (in sRGB) between neighbours. A value below or above the range takes the end colour, so a value a
 * little outside still reads as "the most" rather than vanishing. Immutable: one per chart and its colour bar.
 */
final class ColourRamp implements PaintScale {
    /** Viridis (ten samples, as viridisLite's viridis(10)): dark violet → teal → yellow, rising in lightness. */
    static final Color[] SEQUENTIAL = table(0x440154, 0x482878, 0x3e4a89, 0x31688e, 0x26828e, 0x1f9e89, 0x35b779,
            0x6dcd59, 0xb4de2c, 0xfde725);
    /**
     * ColorBrewer's seven-class RdBu, reversed: blue (low) → near-white (middle) → red (high). Its ends are not the
     * darkest, so that markers of the two classes, drawn darker, stand out where the map agrees with them.
     */
    static final Color[] DIVERGING = table(0x4393c3, 0x92c5de, 0xd1e5f0, 0xf7f7f7, 0xfddbc7, 0xf4a582, 0xd6604d);

    private final double lower, upper;
    private final Color[] colours;

    ColourRamp(double lower, double upper, Color[] colours) {
        this.lower = lower;
        this.upper = upper;
        this.colours = colours;
    }

    static ColourRamp of(HeatMap.ColourBar bar) {
        return new ColourRamp(bar.min(), bar.max(), bar.scale() == HeatMap.Scale.SEQUENTIAL ? SEQUENTIAL : DIVERGING);
    }

    @Override
    public double getLowerBound() { return lower; }

    @Override
    public double getUpperBound() { return upper; }

    @Override
    public Paint getPaint(double value) { return colour(value); }

    Color colour(double value) {
        double t = (value - lower) / (upper - lower);
        if (Double.isNaN(t)) return Color.WHITE;
        t = Math.max(0, Math.min(1, t)) * (colours.length - 1);
        int k = Math.min((int) t, colours.length - 2);
        double f = t - k;
        Color a = colours[k], b = colours[k + 1];
        return new Color(mix(a.getRed(), b.getRed(), f), mix(a.getGreen(), b.getGreen(), f), mix(a.getBlue(), b.getBlue(), f));
    }

    private static int mix(int a, int b, double f) { return (int) Math.round(a + (b - a) * f); }

    private static Color[] table(int... rgb) {
        Color[] c = new Color[rgb.length];
        for (int i = 0; i < rgb.length; i++) c[i] = new Color(rgb[i]);
        return c;
    }
}
