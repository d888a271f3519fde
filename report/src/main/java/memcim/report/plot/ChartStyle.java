package memcim.report.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.ui.RectangleEdge;

/**
 * The look every report chart shares. Fonts are the JDK's logical SansSerif (on Debian fontconfig resolves it to
 * DejaVu Sans, from fonts-dejavu-core): JFreeChart's default theme asks for Tahoma, which a headless Debian does
 * not have, and what the JDK then substitutes is left to chance. Flat bars (no gradient, no shadow), white
 * backgrounds, a light grid, and a fixed palette so that series k has the same colour in every chart.
 */
final class ChartStyle {
    static final Color[] PALETTE = {new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c),
        new Color(0xd62728), new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f)};
    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 16);
    static final Font AXIS_LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    static final Font TICK_LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    static final Font SMALL = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
    private static final Color GRID = new Color(0xd9d9d9);

    private ChartStyle() {}

    static Color color(int series) { return PALETTE[series % PALETTE.length]; }

    /** A chart with its title (and legend below the plot, clear of the data) in this style. */
    static JFreeChart chart(String title, Plot plot, boolean legend) {
        JFreeChart chart = new JFreeChart(title, TITLE, plot, legend);
        theme().apply(chart);
        if (legend) chart.getLegend().setPosition(RectangleEdge.BOTTOM);
        return chart;
    }

    /** A new theme per chart: a theme hands out drawing suppliers with state, and charts may be drawn in parallel. */
    private static StandardChartTheme theme() {
        StandardChartTheme t = new StandardChartTheme("memcim", false);
        t.setExtraLargeFont(TITLE);
        t.setLargeFont(AXIS_LABEL);
        t.setRegularFont(TICK_LABEL);
        t.setSmallFont(SMALL);
        t.setChartBackgroundPaint(Color.WHITE);
        t.setPlotBackgroundPaint(Color.WHITE);
        t.setLegendBackgroundPaint(Color.WHITE);
        t.setPlotOutlinePaint(Color.GRAY);
        t.setDomainGridlinePaint(GRID);
        t.setRangeGridlinePaint(GRID);
        t.setBarPainter(new StandardBarPainter());
        t.setXYBarPainter(new StandardXYBarPainter());
        t.setShadowVisible(false);
        t.setDrawingSupplier(new DefaultDrawingSupplier(PALETTE, PALETTE, PALETTE,
                new Stroke[] {new BasicStroke(2f)}, new Stroke[] {new BasicStroke(1f)},
                DefaultDrawingSupplier.DEFAULT_SHAPE_SEQUENCE));
        return t;
    }

    static Paint translucent(Color c, int alpha) { return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha); }

    /** A filled circle marker of the given diameter, centred on the data point. */
    static Shape dot(double diameter) {
        return new java.awt.geom.Ellipse2D.Double(-diameter / 2, -diameter / 2, diameter, diameter);
    }
}
