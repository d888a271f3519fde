package memcim.report.plot;

import java.awt.Paint;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Vertical bars, one per category, each in its own palette colour, on a linear or log10 value axis (energy
 * breakdowns span decades). On a log axis the range runs from half a decade below the smallest positive value to
 * the decade above the largest; a value of zero or less draws no bar there.
 */
public record BarChart(String title, String categoryLabel, Axis y, List<String> categories, List<Double> values)
        implements Chart {

    public BarChart {
        categories = List.copyOf(categories);
        values = List.copyOf(values);
        String chart = "bar chart '" + title + "'";
        ChartData.requireNonEmpty(chart, "category", categories);
        ChartData.requireDistinct(chart, "categories", categories);
        if (categories.size() != values.size()) {
            throw new IllegalArgumentException(chart + ": " + categories.size() + " categories but " + values.size() + " values");
        }
        if (y.logarithmic() && values.stream().noneMatch(v -> v > 0)) {
            throw new IllegalArgumentException(chart + ": expected a value > 0 on its log axis, found none");
        }
    }

    public static BarChart of(String title, String categoryLabel, Axis y, List<String> categories, double[] values) {
        return new BarChart(title, categoryLabel, y, categories, ChartData.list(values));
    }

    @Override
    public JFreeChart jfreechart() {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int i = 0; i < categories.size(); i++) data.addValue(values.get(i), y.label(), categories.get(i));
        ValueAxis valueAxis = y.create();
        BarRenderer renderer = new PaletteBars();
        if (y.logarithmic()) {
            valueAxis.setRange(Math.pow(10, Math.floor(Math.log10(smallestPositive())) - 0.5),
                    Math.pow(10, Math.ceil(Math.log10(largest()) + 1e-9)));
            renderer.setIncludeBaseInRange(false); // the base, 0, is not on a log axis: bars rise from its bottom
        }
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(categoryLabel), valueAxis, renderer);
        return ChartStyle.chart(title, plot, false);
    }

    private double smallestPositive() { return values.stream().mapToDouble(Double::doubleValue).filter(v -> v > 0).min().orElseThrow(); }

    private double largest() { return values.stream().mapToDouble(Double::doubleValue).max().orElseThrow(); }

    /** One series of bars coloured by category rather than by series. */
    private static final class PaletteBars extends BarRenderer {
        @Override
        public Paint getItemPaint(int row, int column) { return ChartStyle.color(column); }
    }
}
