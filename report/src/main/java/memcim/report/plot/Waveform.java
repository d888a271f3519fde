package memcim.report.plot;

import java.awt.BasicStroke;
import java.util.List;

/** Simulated voltage traces against time (one SAR conversion: front-end output, DAC, comparator). */
public final class Waveform {
    private Waveform() {}

    public record Trace(String name, double[] volts) {}

    public static byte[] png(String title, double[] timeSeconds, List<Trace> traces) {
        double[][] vs = traces.stream().map(Trace::volts).toArray(double[][]::new);
        double lo = Figure.min(vs), hi = Figure.max(vs);
        double pad = (hi - lo) * 0.08 + 1e-9;
        double scale = 1e9; // plotted in ns: conversions last tens to hundreds of ns
        // the extra room above the traces holds the legend (top-right corner), clear of the comparator's high level
        Figure f = new Figure(720, 420, timeSeconds[0] * scale, timeSeconds[timeSeconds.length - 1] * scale,
                lo - pad, hi + pad * (1 + 1.2 * traces.size())).axes(title, "time (ns)", "voltage (V)", true);
        var g = f.graphics();
        g.setStroke(new BasicStroke(1.6f));
        for (int s = 0; s < traces.size(); s++) {
            var c = Figure.PALETTE[s % Figure.PALETTE.length];
            g.setColor(c);
            double[] v = traces.get(s).volts();
            for (int i = 1; i < timeSeconds.length; i++) {
                g.drawLine(f.px(timeSeconds[i - 1] * scale), f.py(v[i - 1]), f.px(timeSeconds[i] * scale), f.py(v[i]));
            }
            f.legend(traces.get(s).name(), c);
        }
        return f.png();
    }
}
