package memcim.transfer.posterior;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import memcim.networks.NetworkShape;
import memcim.networks.WeightSamples;
import memcim.report.Plot;
import memcim.report.plot.Axis;
import memcim.report.plot.LineChart;
import memcim.transfer.mcmc.McmcRun;

/**
 * A sampled posterior: the run (every chain's draws), the draws pooled S × Q (S = chains · draws per chain, chain
 * after chain), each draw's log density {@code [chain][draw]}, and the diagnostics.
 */
public record PosteriorDraws(NetworkShape shape, PosteriorSettings settings, McmcRun run, double[][] draws,
                             double[][] logDensity, PosteriorDiagnostics diagnostics) {

    /** One scalar's trace in every chain, {@code chains[chain][draw]}; {@code weight} −1 for the log density. */
    public record Trace(String name, int weight, double rhat, double[][] chains) {}

    /** The pooled draws as network samples (what {@code networks.Evaluator} reads, rounded hidden codes). */
    public WeightSamples weightSamples() { return new WeightSamples(shape, draws); }

    /**
     * The log density's trace, then those of the {@code weights} weights of largest pooled posterior variance
     * (the ones that move most, so a chain stuck or drifting shows there first; ties to the lower index).
     */
    public List<Trace> traces(int weights) {
        List<Trace> out = new ArrayList<>();
        out.add(new Trace("log density", -1, diagnostics.rhatLogDensity(), copy(logDensity)));
        double[] variance = new double[shape.weights()];
        for (int k = 0; k < variance.length; k++) variance[k] = pooledVariance(k);
        IntStream.range(0, variance.length).boxed()
                .sorted(Comparator.comparingDouble((Integer k) -> -variance[k]).thenComparingInt(k -> k))
                .limit(Math.max(0, weights))
                .forEach(k -> out.add(new Trace(weightName(k), k, diagnostics.weightRhat()[k], run.coordinate(k))));
        return out;
    }

    /** Line charts of {@link #traces} (4 weights): draw index on x, one series per chain. */
    public List<Plot> tracePlots() {
        List<Plot> plots = new ArrayList<>();
        for (Trace t : traces(4)) {
            List<LineChart.Series> series = new ArrayList<>();
            for (int c = 0; c < t.chains().length; c++) {
                double[] x = new double[t.chains()[c].length];
                for (int i = 0; i < x.length; i++) x[i] = i + 1;
                series.add(LineChart.Series.of("chain " + (c + 1), x, t.chains()[c]));
            }
            String file = t.weight() < 0 ? "trace-log-density.png" : "trace-w" + t.weight() + ".png";
            String why = t.weight() < 0
                    ? "permutation-invariant: the chains should overlap"
                    : "chains may sit at different levels: swapping hidden units relabels the same network, so a weight's "
                            + "R-hat is not the convergence check (the grid's predicted probabilities are)";
            String caption = String.format(Locale.ROOT, "Trace of %s after warm-up, %d chains (%s); split R-hat %.3f, %s.",
                    t.name(), t.chains().length, diagnostics.kernel(), t.rhat(), why);
            LineChart chart = new LineChart("Trace: " + t.name(), Axis.linear("draw"),
                    Axis.linear(t.weight() < 0 ? "log density" : "weight", t.weight() < 0 ? "nats" : "network units"), series);
            plots.add(new Plot(file, caption, chart));
        }
        return plots;
    }

    /** "w17 (layer 1, row 2, column 5)", rows and columns from 0 as in the flat layout. */
    public String weightName(int k) {
        int layer = 0;
        while (layer + 1 < shape.layers() && k >= shape.offset(layer + 1)) layer++;
        int local = k - shape.offset(layer), cols = shape.cols(layer);
        return String.format(Locale.ROOT, "w%d (layer %d, row %d, column %d)", k, layer + 1, local / cols, local % cols);
    }

    private double pooledVariance(int k) {
        double mean = 0;
        for (double[] d : draws) mean += d[k];
        mean /= draws.length;
        double v = 0;
        for (double[] d : draws) v += (d[k] - mean) * (d[k] - mean);
        return v / Math.max(1, draws.length - 1);
    }

    private static double[][] copy(double[][] x) {
        double[][] out = new double[x.length][];
        for (int i = 0; i < x.length; i++) out[i] = x[i].clone();
        return out;
    }
}
