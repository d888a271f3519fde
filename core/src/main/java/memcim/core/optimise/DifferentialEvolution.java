package memcim.core.optimise;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;

/**
 * Differential evolution, strategy best1bin (Storn &amp; Price 1997; scipy's {@code differential_evolution} default),
 * on a box [lower, upper]: a Latin-hypercube population of {@code popsize × d}; each generation every member i gets
 * the trial best + F·(x_r1 − x_r2) (F dithered uniformly in [mutationMin, mutationMax) per generation), crossed with
 * x_i coordinate by coordinate with probability {@code recombination} (one coordinate always from the mutant), a
 * coordinate outside the box drawn again uniformly inside it; the trial replaces x_i when its cost is not higher.
 *
 * <p>Updating is deferred, as scipy's with several workers: all trials of a generation are drawn first, from one seeded
 * generator in member order, then their costs are computed in parallel ({@code threads}), then selected in member
 * order. The cost must be a deterministic function of the point (fix its noise draws: common random numbers); then the
 * same seed gives the same result whatever the number of threads. Stops when the population's cost spread (standard
 * deviation) is at most {@code absoluteTolerance + relativeTolerance·|mean cost|}, or after {@code maxGenerations}.
 */
public final class DifferentialEvolution {

    /** Options, scipy's names; {@link #defaults()} are scipy's defaults except where noted. */
    public record Settings(int popsize, int maxGenerations, double mutationMin, double mutationMax, double recombination,
                           double relativeTolerance, double absoluteTolerance, long seed, int threads) {
        public Settings {
            if (popsize < 1) throw new IllegalArgumentException("popsize must be at least 1, got " + popsize);
            if (maxGenerations < 0) throw new IllegalArgumentException("maxGenerations must be >= 0, got " + maxGenerations);
            if (!(mutationMin >= 0 && mutationMin <= mutationMax && mutationMax <= 2))
                throw new IllegalArgumentException("mutation must satisfy 0 <= min <= max <= 2, got " + mutationMin + ", " + mutationMax);
            if (!(recombination >= 0 && recombination <= 1))
                throw new IllegalArgumentException("recombination must be in [0, 1], got " + recombination);
            if (!(relativeTolerance >= 0 && absoluteTolerance >= 0)) throw new IllegalArgumentException("tolerances must be >= 0");
            if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }

        /** popsize 15, 1,000 generations, F dithered in [0.5, 1), CR 0.7, tol 0.01, atol 0, seed 1, all cores. */
        public static Settings defaults() {
            return new Settings(15, 1000, 0.5, 1.0, 0.7, 0.01, 0, 1, Runtime.getRuntime().availableProcessors());
        }

        public Settings withPopsize(int p) { return new Settings(p, maxGenerations, mutationMin, mutationMax, recombination, relativeTolerance, absoluteTolerance, seed, threads); }
        public Settings withMaxGenerations(int g) { return new Settings(popsize, g, mutationMin, mutationMax, recombination, relativeTolerance, absoluteTolerance, seed, threads); }
        public Settings withMutation(double min, double max) { return new Settings(popsize, maxGenerations, min, max, recombination, relativeTolerance, absoluteTolerance, seed, threads); }
        public Settings withRecombination(double cr) { return new Settings(popsize, maxGenerations, mutationMin, mutationMax, cr, relativeTolerance, absoluteTolerance, seed, threads); }
        public Settings withTolerance(double rel, double abs) { return new Settings(popsize, maxGenerations, mutationMin, mutationMax, recombination, rel, abs, seed, threads); }
        public Settings withSeed(long s) { return new Settings(popsize, maxGenerations, mutationMin, mutationMax, recombination, relativeTolerance, absoluteTolerance, s, threads); }
        public Settings withThreads(int t) { return new Settings(popsize, maxGenerations, mutationMin, mutationMax, recombination, relativeTolerance, absoluteTolerance, seed, t); }
    }

    /** Called after the initial population (generation 0) and after every generation. */
    public interface Listener {
        void generation(int generation, double bestCost, long evaluations);
    }

    /** The best point, its cost, the generations run, the cost evaluations and whether the spread criterion stopped it. */
    public record Result(double[] best, double bestCost, int generations, long evaluations, boolean converged) {}

    private final double[] lower;
    private final double[] upper;
    private final Settings settings;

    public DifferentialEvolution(double[] lower, double[] upper, Settings settings) {
        if (lower.length == 0 || lower.length != upper.length)
            throw new IllegalArgumentException("bounds need the same number (>= 1) of lower and upper values, got "
                    + lower.length + " and " + upper.length);
        for (int j = 0; j < lower.length; j++)
            if (!(lower[j] < upper[j]) || !Double.isFinite(lower[j]) || !Double.isFinite(upper[j]))
                throw new IllegalArgumentException("bound " + j + ": expected finite lower < upper, found " + lower[j] + ", " + upper[j]);
        this.lower = lower.clone();
        this.upper = upper.clone();
        this.settings = settings;
    }

    /** The unit box of d dimensions. */
    public static DifferentialEvolution unitBox(int d, Settings settings) {
        double[] lo = new double[d], hi = new double[d];
        Arrays.fill(hi, 1);
        return new DifferentialEvolution(lo, hi, settings);
    }

    public Result minimise(ToDoubleFunction<double[]> cost, Listener listener) {
        return minimise(cost, listener, java.util.List.of());
    }

    /**
     * As {@link #minimise(ToDoubleFunction, Listener)}, with {@code starts} (points in the box) in place of the first
     * members of the Latin-hypercube population (scipy's {@code init} array in part): known good points, such as the
     * baselines the result must beat, join the search instead of being rediscovered.
     */
    public Result minimise(ToDoubleFunction<double[]> cost, Listener listener, java.util.List<double[]> starts) {
        int d = lower.length;
        int n = Math.max(5, settings.popsize() * d);
        if (starts.size() > n) throw new IllegalArgumentException(starts.size() + " starts for a population of " + n);
        SplittableRandom random = new SplittableRandom(settings.seed());
        double[][] pop = LatinHypercube.unitPoints(n, d, random);
        for (double[] x : pop) toBox(x);
        for (int i = 0; i < starts.size(); i++) {
            double[] x = starts.get(i);
            if (x.length != d) throw new IllegalArgumentException("start " + i + " has " + x.length + " coordinates, expected " + d);
            for (int j = 0; j < d; j++)
                if (!(x[j] >= lower[j] && x[j] <= upper[j]))
                    throw new IllegalArgumentException("start " + i + " coordinate " + j + " = " + x[j] + " lies outside the box");
            pop[i] = x.clone();
        }
        ForkJoinPool pool = new ForkJoinPool(settings.threads());
        try {
            double[] costs = evaluate(pool, cost, pop);
            long evaluations = n;
            int best = argMin(costs);
            listener.generation(0, costs[best], evaluations);
            int generation = 0;
            boolean converged = spreadSmall(costs);
            while (!converged && generation < settings.maxGenerations()) {
                generation++;
                double f = settings.mutationMin() + random.nextDouble() * (settings.mutationMax() - settings.mutationMin());
                double[][] trials = new double[n][];
                for (int i = 0; i < n; i++) trials[i] = trial(pop, best, i, f, random);
                double[] trialCosts = evaluate(pool, cost, trials);
                evaluations += n;
                for (int i = 0; i < n; i++) {
                    if (trialCosts[i] <= costs[i]) {
                        pop[i] = trials[i];
                        costs[i] = trialCosts[i];
                    }
                }
                best = argMin(costs);
                listener.generation(generation, costs[best], evaluations);
                converged = spreadSmall(costs);
            }
            return new Result(pop[best].clone(), costs[best], generation, evaluations, converged);
        } finally {
            pool.shutdown();
        }
    }

    private double[] trial(double[][] pop, int best, int i, double f, SplittableRandom random) {
        int n = pop.length, d = lower.length;
        int r1, r2;
        do r1 = random.nextInt(n); while (r1 == i || r1 == best);
        do r2 = random.nextInt(n); while (r2 == i || r2 == best || r2 == r1);
        double[] x = pop[i].clone();
        int forced = random.nextInt(d);
        for (int j = 0; j < d; j++) {
            boolean cross = j == forced || random.nextDouble() < settings.recombination();
            if (!cross) continue;
            double v = pop[best][j] + f * (pop[r1][j] - pop[r2][j]);
            if (v < lower[j] || v > upper[j]) v = lower[j] + random.nextDouble() * (upper[j] - lower[j]);
            x[j] = v;
        }
        return x;
    }

    private double[] evaluate(ForkJoinPool pool, ToDoubleFunction<double[]> cost, double[][] points) {
        double[] out = new double[points.length];
        try {
            pool.submit(() -> IntStream.range(0, points.length).parallel().forEach(i -> {
                double c = cost.applyAsDouble(points[i]);
                out[i] = Double.isNaN(c) ? Double.POSITIVE_INFINITY : c;
            })).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while evaluating costs", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException(e.getCause());
        }
        return out;
    }

    private void toBox(double[] unit) {
        for (int j = 0; j < unit.length; j++) unit[j] = lower[j] + unit[j] * (upper[j] - lower[j]);
    }

    private boolean spreadSmall(double[] costs) {
        double mean = 0;
        for (double c : costs) mean += c;
        mean /= costs.length;
        if (!Double.isFinite(mean)) return false;
        double var = 0;
        for (double c : costs) var += (c - mean) * (c - mean);
        double sd = Math.sqrt(var / costs.length);
        return sd <= settings.absoluteTolerance() + settings.relativeTolerance() * Math.abs(mean);
    }

    private static int argMin(double[] costs) {
        int best = 0;
        for (int i = 1; i < costs.length; i++) if (costs[i] < costs[best]) best = i;
        return best;
    }
}
