package memcim.report.plot;

import java.util.List;

/** Overlaid histograms of several samples on shared bins (e.g. uncertainty of known vs unseen beats), as fractions. */
public final class Histogram {
    private Histogram() {}

    public static byte[] png(String title, String xLabel, List<String> names, List<double[]> samples, int bins) {
        double lo = Figure.min(samples.toArray(double[][]::new));
        double hi = Figure.max(samples.toArray(double[][]::new));
        if (hi <= lo) hi = lo + 1;
        double[][] fractions = new double[samples.size()][bins];
        double top = 0;
        for (int s = 0; s < samples.size(); s++) {
            double[] xs = samples.get(s);
            for (double x : xs) {
                int b = (int) Math.min(bins - 1, Math.floor((x - lo) / (hi - lo) * bins));
                fractions[s][b] += 1.0 / Math.max(1, xs.length);
            }
            top = Math.max(top, Figure.max(fractions[s]));
        }
        Figure f = new Figure(720, 420, lo, hi, 0, top * 1.1).axes(title, xLabel, "fraction of beats", true);
        var g = f.graphics();
        double width = (hi - lo) / bins;
        for (int s = 0; s < samples.size(); s++) {
            var c = Figure.PALETTE[s % Figure.PALETTE.length];
            g.setColor(new java.awt.Color(c.getRed(), c.getGreen(), c.getBlue(), 120));
            for (int b = 0; b < bins; b++) {
                int x0 = f.px(lo + b * width), x1 = f.px(lo + (b + 1) * width);
                int y1 = f.py(fractions[s][b]);
                g.fillRect(x0, y1, Math.max(1, x1 - x0), f.plotBottom() - y1);
            }
            f.legend(names.get(s) + " (n=" + samples.get(s).length + ")", c);
        }
        return f.png();
    }
}
