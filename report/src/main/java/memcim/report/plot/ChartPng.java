package memcim.report.plot;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.jfree.chart.JFreeChart;

/**
 * Renders a chart to PNG bytes that depend only on what is drawn: a fixed size, fixed fonts ({@link ChartStyle}),
 * fixed rendering hints, an opaque RGB image, and a PNG with no metadata (no time, no text chunks). The same data
 * gives the same bytes, in the same JVM or the next one on the same machine.
 */
public final class ChartPng {
    public static final int WIDTH = 720, HEIGHT = 420;

    /**
     * Antialiased shapes and text with every hint that would otherwise be the platform's choice pinned: text
     * antialiasing ON rather than the LCD/GASP modes that follow the desktop's settings, integer font metrics.
     */
    private static final Map<RenderingHints.Key, Object> HINTS = Map.of(
            RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON,
            RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON,
            RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_OFF,
            RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE,
            RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);

    static {
        // reports are written on servers and in CI: never look for a display (a user's explicit choice stands)
        if (System.getProperty("java.awt.headless") == null) System.setProperty("java.awt.headless", "true");
    }

    private ChartPng() {}

    public static byte[] render(Chart chart) { return render(chart.jfreechart(), WIDTH, HEIGHT); }

    /** Any JFreeChart (a system's own kind of chart), with this class's rendering hints set on it. */
    public static byte[] render(JFreeChart chart, int width, int height) {
        chart.setRenderingHints(new RenderingHints(HINTS));
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHints(HINTS);
            chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g.dispose();
        }
        return png(image);
    }

    /** PNG without metadata, encoded in memory (ImageIO.write would go through a temporary cache file). */
    private static byte[] png(BufferedImage image) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode a PNG: " + e.getMessage(), e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
