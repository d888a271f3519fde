package memcim.report.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import java.util.function.DoubleBinaryOperator;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnitSource;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A value z over a regular grid of the plane, each cell filled with the colour of its value, and a colour bar at
 * the right: a classifier's P(class 1) over two input features (blue → white → red, the decision boundary
 * P = 0.5 drawn as a line, the training points on top), or an uncertainty over the same plane (dark → bright
 * from 0 to a maximum shared by the maps to be compared, software beside hardware). A NaN z leaves its cell
 * undrawn (white); a value outside the colour bar's range takes its end colour. Contour lines are traced by
 * marching squares through the cell centres ({@link #contour}). The axes span the grid (unless an axis fixes
 * its range) and are linear; points must lie on the grid.
 */
public record HeatMap(String title, Axis x, Axis y, Grid grid, List<Double> z, ColourBar colours, List<Point> points,
        List<Double> contours) implements Chart {
    private static final Color OUTLINE = new Color(0x202020);
    private static final int X_AXIS_HEIGHT = 40; // tick labels and caption under the plot, in px
    private static final Color[] CLASS_COLOURS = {new Color(0x1f5fae), new Color(0xd7301f)};

    /** How values map to colours: dark → bright (uncertainty, 0 … max), or blue → white → red about the middle. */
    public enum Scale { SEQUENTIAL, DIVERGING }

    /**
     * nx × ny cells covering [xMin, xMax] × [yMin, yMax]. A heat map's z holds cell (i, j), i along x and j along
     * y, at index j·nx + i (row-major: a row of nx values per y, the lowest y first), each the value at the
     * cell's centre. The chart that uses a grid checks it, naming itself.
     */
    public record Grid(double xMin, double xMax, int nx, double yMin, double yMax, int ny) {
        public double cellWidth() { return (xMax - xMin) / nx; }

        public double cellHeight() { return (yMax - yMin) / ny; }

        /** The centre of column i, row j. */
        public double x(int i) { return xMin + (i + 0.5) * cellWidth(); }

        public double y(int j) { return yMin + (j + 0.5) * cellHeight(); }

        /** f(x, y) at every cell centre, in the order a heat map takes its z. */
        public double[] values(DoubleBinaryOperator f) {
            check("grid");
            double[] z = new double[nx * ny];
            for (int j = 0; j < ny; j++) for (int i = 0; i < nx; i++) z[j * nx + i] = f.applyAsDouble(x(i), y(j));
            return z;
        }

        boolean contains(double px, double py) { return px >= xMin && px <= xMax && py >= yMin && py <= yMax; }

        void check(String owner) {
            if (nx < 1 || ny < 1) {
                throw new IllegalArgumentException(owner + ": expected at least 1 cell along x and y, found nx = " + nx + ", ny = " + ny);
            }
            if (!(Double.isFinite(xMin) && Double.isFinite(xMax) && xMin < xMax)) {
                throw new IllegalArgumentException(owner + ": expected finite xMin < xMax, found " + xMin + " … " + xMax);
            }
            if (!(Double.isFinite(yMin) && Double.isFinite(yMax) && yMin < yMax)) {
                throw new IllegalArgumentException(owner + ": expected finite yMin < yMax, found " + yMin + " … " + yMax);
            }
            if ((long) nx * ny > Integer.MAX_VALUE - 8) throw new IllegalArgumentException(owner + ": " + nx + " × " + ny + " cells");
        }
    }

    /** The colour bar: its caption (as an {@link Axis}'s, {@code label (unit)}), the scale, and the z range it spans. */
    public record ColourBar(String label, String unit, Scale scale, double min, double max) {
        public ColourBar {
            if (label == null || unit == null || scale == null) throw new IllegalArgumentException("colour bar: label, unit and scale are required");
        }

        public static ColourBar sequential(String label, String unit, double min, double max) {
            return new ColourBar(label, unit, Scale.SEQUENTIAL, min, max);
        }

        public static ColourBar diverging(String label, String unit, double min, double max) {
            return new ColourBar(label, unit, Scale.DIVERGING, min, max);
        }

        public String caption() { return Axis.linear(label, unit).caption(); }
    }

    /** A point drawn over the map (a training example) as a marker of its class: 0, 1, … */
    public record Point(double x, double y, int label) {
        /** Points from parallel arrays: x[k], y[k] of class label[k]. */
        public static List<Point> of(double[] x, double[] y, int[] label) {
            if (x.length != y.length || x.length != label.length) {
                throw new IllegalArgumentException("points: " + x.length + " x, " + y.length + " y and " + label.length
                        + " labels, expected as many of each");
            }
            List<Point> points = new ArrayList<>(x.length);
            for (int k = 0; k < x.length; k++) points.add(new Point(x[k], y[k], label[k]));
            return List.copyOf(points);
        }
    }

    /** One straight piece of a contour line, from (x1, y1) to (x2, y2). */
    public record Segment(double x1, double y1, double x2, double y2) {}

    public HeatMap {
        z = List.copyOf(z);
        points = List.copyOf(points);
        contours = List.copyOf(contours);
        String chart = "heat map '" + title + "'";
        ChartData.requireLinear(chart, x);
        ChartData.requireLinear(chart, y);
        grid.check(chart + ": grid");
        if (z.size() != grid.nx() * grid.ny()) {
            throw new IllegalArgumentException(chart + ": expected nx × ny = " + grid.nx() + " × " + grid.ny() + " = "
                    + grid.nx() * grid.ny() + " z values (row-major, a row of nx per y), found " + z.size());
        }
        for (int k = 0; k < z.size(); k++) {
            if (Double.isInfinite(z.get(k))) {
                throw new IllegalArgumentException(chart + ": z[" + k + "] = " + z.get(k) + ", expected a finite value or NaN (not drawn)");
            }
        }
        if (!(Double.isFinite(colours.min()) && Double.isFinite(colours.max()) && colours.min() < colours.max())) {
            throw new IllegalArgumentException(chart + ": colour bar '" + colours.label() + "': expected finite min < max, found "
                    + colours.min() + " … " + colours.max());
        }
        for (int k = 0; k < points.size(); k++) {
            Point p = points.get(k);
            if (!grid.contains(p.x(), p.y())) {
                throw new IllegalArgumentException(chart + ": point " + k + " at (" + p.x() + ", " + p.y() + ") is off the grid "
                        + grid.xMin() + " … " + grid.xMax() + " × " + grid.yMin() + " … " + grid.yMax());
            }
            if (p.label() < 0) throw new IllegalArgumentException(chart + ": point " + k + " has class " + p.label() + ", expected 0 or more");
        }
        for (double level : contours) {
            if (!Double.isFinite(level)) throw new IllegalArgumentException(chart + ": contour level " + level + ", expected a finite value");
        }
    }

    /**
     * A classifier's P(class 1) over the grid: blue (class 0) → white → red (class 1) from 0 to 1, the decision
     * boundary P = 0.5 drawn as a line, and the given points (the training data; none: {@code List.of()}) on top.
     */
    public static HeatMap probability(String title, Axis x, Axis y, Grid grid, double[] pClass1, List<Point> points) {
        return new HeatMap(title, x, y, grid, ChartData.list(pClass1), ColourBar.diverging("P(class 1)", "", 0, 1), points,
                List.of(0.5));
    }

    /**
     * An uncertainty (or any value ≥ 0) over the grid, dark → bright from 0 to zMax. Maps shown side by side
     * (software and hardware, epistemic and aleatoric) should share zMax, so that a colour is one value in all:
     * {@link #commonMax}.
     */
    public static HeatMap uncertainty(String title, Axis x, Axis y, Grid grid, String label, String unit, double[] values,
            double zMax, List<Point> points) {
        return new HeatMap(title, x, y, grid, ChartData.list(values), ColourBar.sequential(label, unit, 0, zMax), points, List.of());
    }

    /** The largest finite value over all the maps (1 if none is above 0): one colour bar's top for them all. */
    public static double commonMax(double[]... maps) {
        double max = Arrays.stream(maps).flatMapToDouble(Arrays::stream).filter(Double::isFinite).max().orElse(0);
        return max > 0 ? max : 1;
    }

    /** The value of cell (i, j). */
    public double z(int i, int j) { return z.get(j * grid.nx() + i); }

    /**
     * The contour z = level, by marching squares over the cell centres: in each square of four neighbouring
     * centres whose values lie on both sides of the level, a segment (two for a saddle, split as the square's
     * mean value says) between the points where z, interpolated linearly along the square's edges, equals the
     * level. A value equal to the level counts as above it; a square with a NaN corner has no segment.
     */
    public List<Segment> contour(double level) {
        List<Segment> segments = new ArrayList<>();
        for (int j = 0; j + 1 < grid.ny(); j++) {
            for (int i = 0; i + 1 < grid.nx(); i++) {
                double x0 = grid.x(i), x1 = grid.x(i + 1), y0 = grid.y(j), y1 = grid.y(j + 1);
                // corners counter-clockwise from the lower left; edge k runs from corner k to corner k + 1
                double[] cx = {x0, x1, x1, x0}, cy = {y0, y0, y1, y1};
                double[] v = {z(i, j), z(i + 1, j), z(i + 1, j + 1), z(i, j + 1)};
                if (Arrays.stream(v).anyMatch(Double::isNaN)) continue;
                double[][] cross = new double[4][];
                int n = 0;
                for (int k = 0; k < 4; k++) {
                    int m = (k + 1) % 4;
                    if ((v[k] >= level) != (v[m] >= level)) {
                        double t = (level - v[k]) / (v[m] - v[k]);
                        cross[k] = new double[] {cx[k] + t * (cx[m] - cx[k]), cy[k] + t * (cy[m] - cy[k])};
                        n++;
                    }
                }
                if (n == 2) {
                    double[][] ends = Arrays.stream(cross).filter(c -> c != null).toArray(double[][]::new);
                    segments.add(new Segment(ends[0][0], ends[0][1], ends[1][0], ends[1][1]));
                } else if (n == 4) {
                    // a saddle: if the mean is on the lower left corner's side, that corner joins the centre and
                    // the lower right and upper left corners are cut off; otherwise the lower left and upper right
                    boolean joined = (Arrays.stream(v).sum() / 4 >= level) == (v[0] >= level);
                    int[][] pairs = joined ? new int[][] {{0, 1}, {2, 3}} : new int[][] {{3, 0}, {1, 2}};
                    for (int[] p : pairs) segments.add(new Segment(cross[p[0]][0], cross[p[0]][1], cross[p[1]][0], cross[p[1]][1]));
                }
            }
        }
        return List.copyOf(segments);
    }

    @Override
    public JFreeChart jfreechart() {
        DefaultXYZDataset cells = new DefaultXYZDataset();
        cells.addSeries(colours.caption(), drawnCells());
        XYBlockRenderer blocks = new XYBlockRenderer();
        blocks.setBlockWidth(grid.cellWidth());
        blocks.setBlockHeight(grid.cellHeight());
        ColourRamp ramp = ColourRamp.of(colours);
        blocks.setPaintScale(ramp);
        blocks.setDefaultSeriesVisibleInLegend(false);
        XYPlot plot = new XYPlot(cells, spanning(x, grid.xMin(), grid.xMax()), spanning(y, grid.yMin(), grid.yMax()), blocks);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD); // cells, then contour lines, then points

        XYSeriesCollection lines = new XYSeriesCollection();
        for (double level : contours) lines.addSeries(contourSeries(level));
        XYLineAndShapeRenderer lineRenderer = new XYLineAndShapeRenderer(true, false);
        plot.setDataset(1, lines);
        plot.setRenderer(1, lineRenderer);

        XYSeriesCollection marks = new XYSeriesCollection();
        TreeMap<Integer, XYSeries> byClass = new TreeMap<>();
        for (Point p : points) byClass.computeIfAbsent(p.label(), c -> new XYSeries("class " + c, false, true)).add(p.x(), p.y());
        byClass.values().forEach(marks::addSeries);
        XYLineAndShapeRenderer markRenderer = new XYLineAndShapeRenderer(false, true);
        plot.setDataset(2, marks);
        plot.setRenderer(2, markRenderer);

        JFreeChart chart = ChartStyle.chart(title, plot, !points.isEmpty() || !contours.isEmpty());
        plot.setDomainGridlinesVisible(false); // the cells cover the grid; lines would only show through gaps
        plot.setRangeGridlinesVisible(false);
        for (int s = 0; s < contours.size(); s++) { // after the theme, which clears series paints
            lineRenderer.setSeriesPaint(s, OUTLINE);
            lineRenderer.setSeriesStroke(s, contourStroke(s));
        }
        int s = 0;
        for (int c : byClass.keySet()) {
            markRenderer.setSeriesPaint(s, c < CLASS_COLOURS.length ? CLASS_COLOURS[c] : ChartStyle.color(c));
            markRenderer.setSeriesShape(s, marker(c));
            markRenderer.setSeriesOutlinePaint(s, OUTLINE);
            markRenderer.setSeriesOutlineStroke(s, new BasicStroke(0.8f));
            s++;
        }
        markRenderer.setUseOutlinePaint(true);
        markRenderer.setDrawOutlines(true);
        chart.addSubtitle(colourBar(ramp));
        return chart;
    }

    /** x, y, z of the cells that have a value: a NaN cell is left out, so nothing is drawn there. */
    private double[][] drawnCells() {
        int n = (int) z.stream().filter(v -> !v.isNaN()).count();
        double[][] xyz = new double[3][n];
        int k = 0;
        for (int j = 0; j < grid.ny(); j++) {
            for (int i = 0; i < grid.nx(); i++) {
                double v = z(i, j);
                if (Double.isNaN(v)) continue;
                xyz[0][k] = grid.x(i);
                xyz[1][k] = grid.y(j);
                xyz[2][k++] = v;
            }
        }
        return xyz;
    }

    /** The contour's segments as one series, each segment its own two points with a gap (NaN) after it. */
    private XYSeries contourSeries(double level) {
        XYSeries series = new XYSeries(colours.label() + " = " + TickLabelFormat.plain(level), false, true);
        for (Segment s : contour(level)) {
            series.add(s.x1(), s.y1());
            series.add(s.x2(), s.y2());
            series.add(Double.NaN, Double.NaN);
        }
        return series;
    }

    /** The first level solid, further ones dashed then dotted, all dark: they cross colours of either kind. */
    private static BasicStroke contourStroke(int level) {
        float[][] dashes = {null, {7f, 4f}, {2f, 3f}};
        float[] dash = dashes[level % dashes.length];
        return new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f, dash, 0f);
    }

    /** Class 0 a circle, class 1 a square, then a triangle and a diamond, about 8 px across. */
    private static Shape marker(int label) {
        switch (label % 4) {
            case 0: return ChartStyle.dot(8);
            case 1: return new java.awt.geom.Rectangle2D.Double(-3.5, -3.5, 7, 7);
            case 2: return polygon(0, -4.5, 4.5, 3.5, -4.5, 3.5);
            default: return polygon(0, -5, 5, 0, 0, 5, -5, 0);
        }
    }

    private static Shape polygon(double... xy) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(xy[0], xy[1]);
        for (int k = 2; k < xy.length; k += 2) p.lineTo(xy[k], xy[k + 1]);
        p.closePath();
        return p;
    }

    /** The axis over the grid's extent, unless it fixes its own range. */
    private static ValueAxis spanning(Axis axis, double lo, double hi) {
        ValueAxis a = axis.create();
        if (Double.isNaN(axis.min())) a.setRange(lo, hi);
        return a;
    }

    /** The colour bar at the right: a strip of the scale's colours beside an axis of z with its caption. */
    private PaintScaleLegend colourBar(ColourRamp ramp) {
        NumberAxis zAxis = new NumberAxis(colours.caption());
        zAxis.setStandardTickUnits(new NumberTickUnitSource(false, TickLabelFormat.plain()));
        zAxis.setLabelFont(ChartStyle.AXIS_LABEL);
        zAxis.setTickLabelFont(ChartStyle.TICK_LABEL);
        zAxis.setAxisLinePaint(Color.GRAY);
        zAxis.setTickMarkPaint(Color.GRAY);
        PaintScaleLegend bar = new PaintScaleLegend(ramp, zAxis); // which sets the axis to the scale's range: widen it
        double ulp = 1e-9 * (colours.max() - colours.min()); // a hair, so that ticks at the ends (0.6 = 12 × 0.05) are drawn
        zAxis.setRange(colours.min() - ulp, colours.max() + ulp);
        bar.setPosition(RectangleEdge.RIGHT);
        bar.setAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        bar.setStripWidth(14);
        bar.setStripOutlineVisible(true);
        bar.setStripOutlinePaint(Color.GRAY);
        bar.setSubdivisionCount(256);
        bar.setAxisOffset(2);
        bar.setBackgroundPaint(Color.WHITE);
        bar.setMargin(new RectangleInsets(8, 10, 8 + X_AXIS_HEIGHT, 6)); // the strip level with the plot, not its x axis
        return bar;
    }
}
