package memcim.report.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import javax.imageio.ImageIO;
import memcim.report.Units;

/**
 * A plot area with axes, ticks, title and labels, mapping data coordinates to pixels. The PNG bytes depend only
 * on what is drawn (no timestamps, fixed size and fonts), so the same data gives the same file.
 */
public final class Figure {
    static final Color[] PALETTE = {new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c),
        new Color(0xd62728), new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f)};
    private static final int LEFT = 70, RIGHT = 20, TOP = 40, BOTTOM = 60;

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private final BufferedImage image;
    private final Graphics2D g;
    private final int width, height;
    private final double xMin, xMax, yMin, yMax;
    private int legendRow;

    public Figure(int width, int height, double xMin, double xMax, double yMin, double yMax) {
        this.width = width;
        this.height = height;
        this.xMin = xMin;
        this.xMax = xMax == xMin ? xMin + 1 : xMax;
        this.yMin = yMin;
        this.yMax = yMax == yMin ? yMin + 1 : yMax;
        image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    }

    public int px(double x) { return (int) Math.round(LEFT + (x - xMin) / (xMax - xMin) * (width - LEFT - RIGHT)); }

    public int py(double y) { return (int) Math.round(height - BOTTOM - (y - yMin) / (yMax - yMin) * (height - TOP - BOTTOM)); }

    public int plotBottom() { return height - BOTTOM; }

    Graphics2D graphics() { return g; }

    /** Frame, numeric ticks (x ticks optional: bar charts label their own), title and axis labels. */
    public Figure axes(String title, String xLabel, String yLabel, boolean xTicks) {
        frame(title, xLabel, yLabel);
        for (double y : roundTicks(yMin, yMax)) yTick(y, tick(y));
        if (xTicks) for (double x : roundTicks(xMin, xMax)) xTick(x);
        return this;
    }

    /** About five ticks at multiples of 1, 2 or 5 × 10^k inside [lo, hi] (M = 10, 20, ... rather than 10.8, 20.6). */
    static double[] roundTicks(double lo, double hi) {
        double raw = (hi - lo) / 5, magnitude = Math.pow(10, Math.floor(Math.log10(raw))), r = raw / magnitude;
        double step = (r < 1.5 ? 1 : r < 3 ? 2 : r < 7 ? 5 : 10) * magnitude;
        long first = (long) Math.ceil(lo / step - 1e-9), last = (long) Math.floor(hi / step + 1e-9);
        double[] ticks = new double[(int) Math.max(0, last - first + 1)];
        for (int k = 0; k < ticks.length; k++) ticks[k] = (first + k) * step; // k·step: no accumulated rounding
        return ticks;
    }

    /**
     * As {@link #axes} for y data that are log10 of a quantity in {@code unit}: a tick at every decade, labelled with
     * the quantity itself (1 nJ, 10 nJ, ...) rather than its exponent.
     */
    public Figure logAxes(String title, String xLabel, String yLabel, String unit) {
        frame(title, xLabel, yLabel);
        for (double e = Math.ceil(yMin); e <= yMax; e++) yTick(e, Units.eng(Math.pow(10, e), unit).replaceAll("\\.0+ ", " "));
        return this;
    }

    private void frame(String title, String xLabel, String yLabel) {
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(1f));
        g.drawRect(LEFT, TOP, width - LEFT - RIGHT, height - TOP - BOTTOM);
        FontMetrics fm = g.getFontMetrics();
        g.setFont(g.getFont().deriveFont(Font.BOLD, 14f));
        g.drawString(title, (width - g.getFontMetrics().stringWidth(title)) / 2, 24);
        g.setFont(g.getFont().deriveFont(Font.PLAIN, 12f));
        g.drawString(xLabel, (width - fm.stringWidth(xLabel)) / 2, height - 12);
        AffineTransform saved = g.getTransform();
        g.rotate(-Math.PI / 2);
        g.drawString(yLabel, -(height + fm.stringWidth(yLabel)) / 2, 16);
        g.setTransform(saved);
    }

    private void yTick(double y, String s) {
        FontMetrics fm = g.getFontMetrics();
        g.drawLine(LEFT - 4, py(y), LEFT, py(y));
        g.drawString(s, LEFT - 6 - fm.stringWidth(s), py(y) + 4);
    }

    private void xTick(double x) {
        FontMetrics fm = g.getFontMetrics();
        String t = tick(x);
        g.drawLine(px(x), plotBottom(), px(x), plotBottom() + 4);
        g.drawString(t, px(x) - fm.stringWidth(t) / 2, plotBottom() + 18);
    }

    /** A legend entry in the top-right corner of the plot area. */
    public Figure legend(String label, Color color) {
        FontMetrics fm = g.getFontMetrics();
        int x = width - RIGHT - 10 - fm.stringWidth(label) - 18;
        int y = TOP + 16 + 16 * legendRow++;
        g.setColor(color);
        g.fillRect(x, y - 9, 12, 10);
        g.setColor(Color.BLACK);
        g.drawString(label, x + 16, y);
        return this;
    }

    /** Text centred under the plot area at a data x (category labels). */
    public void label(double x, String text) {
        FontMetrics fm = g.getFontMetrics();
        g.setColor(Color.BLACK);
        g.drawString(text, px(x) - fm.stringWidth(text) / 2, plotBottom() + 18);
    }

    public byte[] png() {
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String tick(double v) {
        if (v == 0) return "0";
        double a = Math.abs(v);
        if (a >= 1e4 || a < 1e-2) return String.format(Locale.ROOT, "%.2g", v);
        String s = String.format(Locale.ROOT, "%.3g", v);
        return s.contains(".") ? s.replaceAll("\\.?0+$", "") : s; // 10 and 0.85, not 10.0 and 0.850
    }

    static double max(double[]... series) {
        double m = Double.NEGATIVE_INFINITY;
        for (double[] s : series) for (double v : s) if (Double.isFinite(v)) m = Math.max(m, v);
        return m == Double.NEGATIVE_INFINITY ? 1 : m;
    }

    static double min(double[]... series) {
        double m = Double.POSITIVE_INFINITY;
        for (double[] s : series) for (double v : s) if (Double.isFinite(v)) m = Math.min(m, v);
        return m == Double.POSITIVE_INFINITY ? 0 : m;
    }
}
