package memcim.report.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.data.xy.XYZDataset;
import org.junit.jupiter.api.Test;

/** The grid's layout, the contour traced through it (checked against lines known exactly), and the colours. */
class HeatMapTest {
    private static final Axis X = Axis.linear("x"), Y = Axis.linear("y");

    private static HeatMap map(HeatMap.Grid grid, double[] z) {
        return new HeatMap("T", X, Y, grid, ChartData.list(z), HeatMap.ColourBar.sequential("z", "", 0, 1), List.of(), List.of());
    }

    @Test
    void valuesAreRowMajorOneRowPerYTakenAtCellCentres() {
        HeatMap.Grid grid = new HeatMap.Grid(0, 3, 3, 10, 12, 2); // cells 1 wide, 1 high: centres x 0.5 1.5 2.5, y 10.5 11.5
        double[] z = grid.values((x, y) -> 100 * y + x);
        assertEquals(6, z.length);
        assertEquals(1050.5, z[0], 1e-9);
        assertEquals(1052.5, z[2], 1e-9);
        assertEquals(1151.5, z[4], 1e-9, "index j·nx + i: column 1 of row 1");
        assertEquals(1151.5, map(grid, z).z(1, 1), 1e-9);
    }

    @Test
    void theContourOfALinearRampIsTheStraightLineAtItsLevel() {
        // z = x on [0, 1] × [0, 2]: the contour z = 0.5 is the line x = 0.5, crossing every row of squares
        HeatMap.Grid grid = new HeatMap.Grid(0, 1, 13, 0, 2, 9);
        HeatMap ramp = map(grid, grid.values((x, y) -> x));
        List<HeatMap.Segment> segments = ramp.contour(0.5);
        assertEquals(grid.ny() - 1, segments.size(), "one segment per row of squares");
        double length = 0;
        for (HeatMap.Segment s : segments) {
            assertEquals(0.5, s.x1(), 1e-12, s.toString()); // within a cell, in fact exactly: z is linear in x
            assertEquals(0.5, s.x2(), 1e-12, s.toString());
            length += Math.hypot(s.x2() - s.x1(), s.y2() - s.y1());
        }
        assertEquals(grid.y(grid.ny() - 1) - grid.y(0), length, 1e-9, "from the lowest row of centres to the highest");
        assertTrue(ramp.contour(2).isEmpty(), "a level above every value has no contour");
    }

    @Test
    void theContourOfTheSquaredRadiusIsACircleWithinACell() {
        HeatMap.Grid grid = new HeatMap.Grid(-2, 2, 41, -1.5, 1.5, 30);
        HeatMap bowl = map(grid, grid.values((x, y) -> x * x + y * y));
        double r = 1.2, cell = Math.hypot(grid.cellWidth(), grid.cellHeight());
        List<HeatMap.Segment> segments = bowl.contour(r * r);
        assertFalse(segments.isEmpty());
        double length = 0;
        for (HeatMap.Segment s : segments) {
            assertEquals(r, Math.hypot(s.x1(), s.y1()), cell, s.toString());
            assertEquals(r, Math.hypot(s.x2(), s.y2()), cell, s.toString());
            length += Math.hypot(s.x2() - s.x1(), s.y2() - s.y1());
        }
        assertEquals(2 * Math.PI * r, length, 0.02 * 2 * Math.PI * r, "closed once around (chords: a little short)");
    }

    @Test
    void aSaddleIsSplitAsTheSquaresMeanSaysAndANaNCornerDrawsNoSegment() {
        HeatMap.Grid grid = new HeatMap.Grid(0, 2, 2, 0, 2, 2); // one square, corners at (0.5, 0.5) … (1.5, 1.5)
        // lower left and upper right 1, the others 0: mean 0.5 counts as above, so the two 1s join through the
        // centre and the lower right and upper left corners are cut off, each by its own segment
        List<HeatMap.Segment> saddle = map(grid, new double[] {1, 0, 0, 1}).contour(0.5);
        assertEquals(2, saddle.size());
        for (HeatMap.Segment s : saddle) {
            double mx = (s.x1() + s.x2()) / 2, my = (s.y1() + s.y2()) / 2;
            assertTrue(Math.abs(mx - 1) > 0.2 && Math.abs(my - 1) > 0.2 && (mx - 1) * (my - 1) < 0, "near a 0 corner: " + s);
        }
        assertTrue(map(grid, new double[] {1, 0, Double.NaN, 1}).contour(0.5).isEmpty());
    }

    @Test
    void aNaNCellIsNotDrawnAndTheAxesSpanTheGrid() {
        HeatMap u = SampleCharts.uncertainty(0); // 20 × 15 cells, one NaN
        XYPlot plot = u.jfreechart().getXYPlot();
        assertEquals(20 * 15 - 1, ((XYZDataset) plot.getDataset(0)).getItemCount(0));
        assertEquals(-2, plot.getDomainAxis().getLowerBound(), 0);
        assertEquals(2, plot.getDomainAxis().getUpperBound(), 0);
        assertEquals(-1.5, plot.getRangeAxis().getLowerBound(), 0);
        assertEquals(1.5, plot.getRangeAxis().getUpperBound(), 0);
    }

    @Test
    void aProbabilityMapIsBlueWhiteRedFromZeroToOneWithItsBoundaryAtOneHalf() {
        HeatMap p = SampleCharts.probability(0);
        assertEquals(HeatMap.Scale.DIVERGING, p.colours().scale());
        assertEquals(List.of(0.5), p.contours());
        JFreeChart chart = p.jfreechart();
        assertEquals("P(class 1) = 0.5", chart.getXYPlot().getDataset(1).getSeriesKey(0));
        assertEquals(List.of("class 0", "class 1"), List.of(chart.getXYPlot().getDataset(2).getSeriesKey(0),
                chart.getXYPlot().getDataset(2).getSeriesKey(1)));
        PaintScaleLegend bar = (PaintScaleLegend) chart.getSubtitle(chart.getSubtitleCount() - 1);
        assertEquals("P(class 1)", bar.getAxis().getLabel());
        ColourRamp ramp = ColourRamp.of(p.colours());
        assertEquals(new Color(0xf7f7f7), ramp.colour(0.5), "white in the middle");
        Color low = ramp.colour(0), high = ramp.colour(1);
        assertTrue(low.getBlue() > low.getRed() && high.getRed() > high.getBlue(), low + " … " + high);
    }

    @Test
    void valuesPastTheColourBarTakeItsEndColours() {
        ColourRamp ramp = ColourRamp.of(HeatMap.ColourBar.sequential("U", "nats", 0, 0.6));
        assertEquals(ramp.colour(0.6), ramp.colour(0.9));
        assertEquals(ramp.colour(0), ramp.colour(-1));
        assertEquals(ColourRamp.SEQUENTIAL[0], ramp.colour(0));
        assertEquals(ColourRamp.SEQUENTIAL[ColourRamp.SEQUENTIAL.length - 1], ramp.colour(0.6));
        assertTrue(luminance(ramp.colour(0.2)) < luminance(ramp.colour(0.4)), "a sequential scale brightens as it rises");
    }

    @Test
    void mapsShownSideBySideShareTheLargestValue() {
        assertEquals(0.7, HeatMap.commonMax(new double[] {0.1, Double.NaN}, new double[] {0.7, 0.2}), 0);
        assertEquals(1, HeatMap.commonMax(new double[] {0, 0}), 0, "an all-zero map still has a colour bar");
    }

    private static double luminance(Color c) { return 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue(); }
}
