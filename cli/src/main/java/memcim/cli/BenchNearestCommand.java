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
    @Option(names = {"-n", "--conditions"}, defaultValue = "64", description = "conditions per cell: n^2 points (default ${DEFAULT-VALUE})") int conditions;
    @Option(names = "--queries", defaultValue = "200000", description = "queries (default ${DEFAULT-VALUE})") int queries;
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
        // warm both paths up so the timings compare compiled code
        for (int k = 0; k < Math.min(queries, 20000); k++) {
            pair.nearest(mu[k], sigma[k]);
            pair.nearestBruteForce(mu[k], sigma[k]);
        }
        FeasiblePoint[] brute = new FeasiblePoint[queries], fast = new FeasiblePoint[queries];
        long t0 = System.nanoTime();
        for (int k = 0; k < queries; k++) brute[k] = pair.nearestBruteForce(mu[k], sigma[k]);
        long t1 = System.nanoTime();
        for (int k = 0; k < queries; k++) fast[k] = pair.nearest(mu[k], sigma[k]);
        long t2 = System.nanoTime();
        int mismatches = 0;
        for (int k = 0; k < queries; k++) {
            double a = FeasibleDomain.kl(mu[k], Math.max(sigma[k], 1e-30), brute[k]);
            double b = FeasibleDomain.kl(mu[k], Math.max(sigma[k], 1e-30), fast[k]);
            if (Math.abs(a - b) > 1e-9 * Math.max(1, Math.abs(a))) mismatches++;
        }
        double bruteUs = (t1 - t0) / 1e3 / queries, fastUs = (t2 - t1) / 1e3 / queries;
        out.printf(Locale.ROOT, "brute force: %.3f us per query%n", bruteUs);
        out.printf(Locale.ROOT, "indexed:     %.3f us per query%n", fastUs);
        out.printf(Locale.ROOT, "same minimum KL: %d of %d queries%n", queries - mismatches, queries);
        out.printf(Locale.ROOT, "ratio brute/indexed: %.1fx%n", bruteUs / fastUs);
        return mismatches == 0 ? 0 : 1;
    }
}
