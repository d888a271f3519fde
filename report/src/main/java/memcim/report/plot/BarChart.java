package memcim.report.plot;

import java.awt.Color;
import java.util.List;

/**
 * Vertical bars, one per category, on a linear or log10 y axis (energy breakdowns span decades; the log axis is
 * ticked at each decade in {@code unit}).
 */
public final class BarChart {
    private BarChart() {}

    public static byte[] png(String title, String yLabel, String unit, List<String> categories, double[] values, boolean log10) {
        double[] shown = new double[values.length];
        for (int i = 0; i < values.length; i++) shown[i] = log10 ? Math.log10(Math.max(values[i], 1e-30)) : values[i];
        double lo = log10 ? Math.floor(Figure.min(shown)) - 0.5 : Math.min(0, Figure.min(shown));
        double hi = log10 ? Math.ceil(Figure.max(shown)) : Figure.max(shown) * 1.1;
        Figure f = new Figure(720, 420, -0.5, values.length - 0.5, lo, hi);
        if (log10) f.logAxes(title, "", yLabel + " (" + unit + ", log scale)", unit);
        else f.axes(title, "", yLabel + " (" + unit + ")", false);
        var g = f.graphics();
        for (int i = 0; i < values.length; i++) {
            g.setColor(Figure.PALETTE[i % Figure.PALETTE.length]);
            int x0 = f.px(i - 0.35), x1 = f.px(i + 0.35);
            int y0 = f.py(lo), y1 = f.py(shown[i]);
            g.fillRect(x0, Math.min(y0, y1), x1 - x0, Math.abs(y0 - y1));
            f.label(i, categories.get(i));
        }
        g.setColor(Color.BLACK);
        return f.png();
    }
}
