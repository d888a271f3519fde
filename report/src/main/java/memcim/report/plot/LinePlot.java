package memcim.report.plot;

import java.awt.BasicStroke;
import java.util.List;

/** Several y(x) series with markers (accuracy vs number of samples M, sweeps). */
public final class LinePlot {
    private LinePlot() {}

    public record Series(String name, double[] x, double[] y) {}

    public static byte[] png(String title, String xLabel, String yLabel, List<Series> series) {
        double[][] xs = series.stream().map(Series::x).toArray(double[][]::new);
        double[][] ys = series.stream().map(Series::y).toArray(double[][]::new);
        double yLo = Figure.min(ys), yHi = Figure.max(ys);
        double pad = (yHi - yLo) * 0.1 + 1e-12;
        // more room above the data than below: the legend sits in the top-right corner, where the last points end
        Figure f = new Figure(720, 420, Figure.min(xs), Figure.max(xs), yLo - pad, yHi + pad * (1 + 1.2 * series.size()))
                .axes(title, xLabel, yLabel, true);
        var g = f.graphics();
        g.setStroke(new BasicStroke(2f));
        for (int s = 0; s < series.size(); s++) {
            var c = Figure.PALETTE[s % Figure.PALETTE.length];
            g.setColor(c);
            Series ser = series.get(s);
            for (int i = 0; i < ser.x().length; i++) {
                int x = f.px(ser.x()[i]), y = f.py(ser.y()[i]);
                g.fillOval(x - 3, y - 3, 7, 7);
                if (i > 0) g.drawLine(f.px(ser.x()[i - 1]), f.py(ser.y()[i - 1]), x, y);
            }
            f.legend(ser.name(), c);
        }
        return f.png();
    }
}
