package memcim.cli;

import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import memcim.device.DeviceModel;
import memcim.device.DevicePresets;
import memcim.device.FeasibleDomain;
import memcim.device.FeasiblePoint;
import memcim.device.PairDomain;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code memcim bench nearest}: KL-nearest feasible pair point, indexed search vs trying every point. */
@Command(name = "nearest", mixinStandardHelpOptions = true,
        description = "Nearest feasible pair point under the KL metric: brute force vs the sorted index, same queries, "
                + "same answers checked; ratio printed last.")
public final class BenchNearestCommand implements Callable<Integer> {
    @Option(names = "--card", defaultValue = "hfox-1t1r", description = "preset or card file (default ${DEFAULT-VALUE})") String card;
    @Bounds.Count(min = Bounds.CONDITIONS_MIN, max = Bounds.NEAREST_CONDITIONS)
    @Option(names = {"-n", "--conditions"}, defaultValue = "64",
            description = "conditions per cell: n^2 points, " + Bounds.CONDITIONS_MIN + " to " + Bounds.NEAREST_CONDITIONS + " (default ${DEFAULT-VALUE})")
    int conditions;
    @Bounds.Count(max = Bounds.QUERIES)
    @Option(names = "--queries", defaultValue = "200000", description = "queries, 1 to " + Bounds.QUERIES + " (default ${DEFAULT-VALUE})") int queries;
    @Option(names = "--seed", defaultValue = "1", description = "random seed of the queries (default ${DEFAULT-VALUE})") long seed;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PairDomain pair = PairDomain.of(new DeviceModel(DevicePresets.resolve(card)), conditions);
        SplittableRandom rng = new SplittableRandom(seed);
        double[] mu = new double[queries], sigma = new double[queries];
        for (int k = 0; k < queries; k++) {
            mu[k] = (rng.nextDouble() * 2 - 1) * 120e-6;
            sigma[k] = rng.nextDouble() * 6e-6;
        }
        var out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "card %s, %d points, %d queries (weights' mu in +/-120 uS, sigma in 0-6 uS), seed %d%n",
                card, pair.points().size(), queries, seed);
        out.println("times: CPU time of the benchmark thread (wall time in brackets), after JIT warm-up");
        FeasiblePoint[] brute = new FeasiblePoint[queries], fast = new FeasiblePoint[queries];
        int warm = Math.min(queries, 20000);
        BenchTiming.warmUp(() -> { for (int k = 0; k < warm; k++) pair.nearestBruteForce(mu[k], sigma[k]); }, 1500);
        BenchTiming.warmUp(() -> { for (int k = 0; k < warm; k++) pair.nearest(mu[k], sigma[k]); }, 1500);
        BenchTiming.Cost tb = BenchTiming.time(() -> { for (int k = 0; k < queries; k++) brute[k] = pair.nearestBruteForce(mu[k], sigma[k]); });
        BenchTiming.Cost tf = BenchTiming.time(() -> { for (int k = 0; k < queries; k++) fast[k] = pair.nearest(mu[k], sigma[k]); });
        int mismatches = 0;
        for (int k = 0; k < queries; k++) {
            double a = FeasibleDomain.kl(mu[k], Math.max(sigma[k], 1e-30), brute[k]);
            double b = FeasibleDomain.kl(mu[k], Math.max(sigma[k], 1e-30), fast[k]);
            if (Math.abs(a - b) > 1e-9 * Math.max(1, Math.abs(a))) mismatches++;
        }
        out.printf(Locale.ROOT, "brute force: %.3f us per query (%.3f)%n", tb.cpuMicros(queries), tb.wallMicros(queries));
        out.printf(Locale.ROOT, "indexed:     %.3f us per query (%.3f)%n", tf.cpuMicros(queries), tf.wallMicros(queries));
        out.printf(Locale.ROOT, "same minimum KL: %d of %d queries%n", queries - mismatches, queries);
        out.printf(Locale.ROOT, "ratio brute/indexed (CPU): %.1fx%n", (double) tb.cpuNanos() / tf.cpuNanos());
        return mismatches == 0 ? 0 : 1;
    }
}
