package memcim.wpo;

import java.util.ArrayList;
import java.util.List;
import memcim.core.optimise.DifferentialEvolution;
import memcim.mapping.MultiPair;
import memcim.mapping.TranslationFunctions;
import memcim.mapping.WeightConverter;

/**
 * The two searches compared on one {@link WeightErrorCost} and one {@link TranslationFunctions.Box}: the translation
 * functions by differential evolution over the whole box, then polished; and every {@link NaiveSplit} over the box's
 * own F and scale coordinates (a grid, then polished), so that the gain is measured against the best naive choice
 * over the same F and scale, not a straw man.
 */
public final class ProgrammingSearch {
    /** The naive grid: F values, linear over the box's F range, and fills, geometric over its fill range. */
    public static final int NAIVE_GRID_F = 7, NAIVE_GRID_FILLS = 16;
    /** Cost evaluations each polish may spend: a naive split's two coordinates, the translation functions' 3D + 2. */
    public static final int NAIVE_POLISH_EVALUATIONS = 150, POLISH_EVALUATIONS = 4000;

    private ProgrammingSearch() {}

    /** A converter and its cost, with the error at every time. */
    public record Scored(String strategy, WeightConverter converter, double significance, double scaleSiemens,
                         double cost, double[] errorPerTime) {}

    /** A naive split at the best F and scale of the box's ranges. */
    public static Scored bestNaive(WeightErrorCost cost, NaiveSplit split, TranslationFunctions.Box box) {
        double[] best = null;
        double bestCost = Double.POSITIVE_INFINITY;
        double logFills = Math.log(box.maxFill() / box.minFill());
        for (int i = 0; i < NAIVE_GRID_F; i++) {
            for (int k = 0; k < NAIVE_GRID_FILLS; k++) {
                double fill = box.minFill() * Math.exp(logFills * k / (NAIVE_GRID_FILLS - 1));
                double[] x = {i / (NAIVE_GRID_F - 1.0), (fill - box.minFill()) / (box.maxFill() - box.minFill())};
                double c = cost.cost(naive(box, split, x));
                if (c < bestCost) {
                    bestCost = c;
                    best = x;
                }
            }
        }
        var polished = BoundedPolish.polish(x -> cost.cost(naive(box, split, x)), best, NAIVE_POLISH_EVALUATIONS);
        MultiPair m = naive(box, split, polished.point());
        return new Scored(split.name(), m, m.significance(), m.scaleSiemens(), polished.cost(), cost.errorPerTime(m));
    }

    /**
     * A naive split at a fixed F, only its scale searched (the box's fill range: a grid, then golden-section refinement
     * around the grid's best): the baseline the scale search alone gives.
     */
    public static Scored bestNaiveAtF(WeightErrorCost cost, NaiveSplit split, TranslationFunctions.Box box, double f) {
        double x0 = (f - box.fMin()) / (box.fMax() - box.fMin());
        if (!(x0 >= 0 && x0 <= 1)) throw new IllegalArgumentException("F " + f + " outside the box's [" + box.fMin() + ", " + box.fMax() + "]");
        java.util.function.DoubleUnaryOperator c = x1 -> cost.cost(naive(box, split, new double[]{x0, x1}));
        double logFills = Math.log(box.maxFill() / box.minFill()), bestX = 0, bestCost = Double.POSITIVE_INFINITY;
        double[] grid = new double[NAIVE_GRID_FILLS];
        for (int k = 0; k < grid.length; k++) {
            grid[k] = (box.minFill() * Math.exp(logFills * k / (grid.length - 1)) - box.minFill()) / (box.maxFill() - box.minFill());
            double v = c.applyAsDouble(grid[k]);
            if (v < bestCost) {
                bestCost = v;
                bestX = grid[k];
            }
        }
        int at = java.util.Arrays.binarySearch(grid, bestX);
        double a = grid[Math.max(0, at - 1)], b = grid[Math.min(grid.length - 1, at + 1)], g = (Math.sqrt(5) - 1) / 2;
        double p = b - g * (b - a), q = a + g * (b - a), cp = c.applyAsDouble(p), cq = c.applyAsDouble(q);
        for (int i = 0; i < 30; i++) {
            if (cp < cq) { b = q; q = p; cq = cp; p = b - g * (b - a); cp = c.applyAsDouble(p); }
            else { a = p; p = q; cp = cq; q = a + g * (b - a); cq = c.applyAsDouble(q); }
        }
        if (Math.min(cp, cq) < bestCost) bestX = cp < cq ? p : q;
        MultiPair m = naive(box, split, new double[]{x0, bestX});
        return new Scored(split.name(), m, m.significance(), m.scaleSiemens(), cost.cost(m), cost.errorPerTime(m));
    }

    /** The split at the box's F and scale coordinates x₀, x₁. */
    static MultiPair naive(TranslationFunctions.Box box, NaiveSplit split, double[] x) {
        double f = box.significance(x[0]);
        double gamma = box.fill(x[1]) * (f + 1) * box.range().spanSiemens() / box.maxWeight();
        return new MultiPair(2, f, gamma, box.range(), split.split());
    }

    /** Every naive split at its best. */
    public static List<Scored> naive(WeightErrorCost cost, TranslationFunctions.Box box) {
        List<Scored> out = new ArrayList<>();
        for (NaiveSplit s : NaiveSplit.values()) out.add(bestNaive(cost, s, box));
        return out;
    }

    /** The optimised translation functions, the optimiser's record, and the cost evaluations the polish spent. */
    public record Optimised(Scored scored, TranslationFunctions functions, DifferentialEvolution.Result search,
                            double costBeforePolish, int polishEvaluations) {}

    /**
     * Differential evolution over the box, its population started with the naive splits' best points ({@code starts},
     * as the box holds them at its levels) among the Latin-hypercube points, then polished from its best point: the
     * search begins where the baselines are, and a result worse than the best of them as the box holds them is not
     * possible.
     */
    public static Optimised optimise(WeightErrorCost cost, TranslationFunctions.Box box, DifferentialEvolution.Settings settings,
                                     List<Scored> starts, DifferentialEvolution.Listener listener) {
        DifferentialEvolution de = DifferentialEvolution.unitBox(box.dimensions(), settings);
        List<double[]> points = new ArrayList<>();
        for (Scored s : starts) if (s.converter() instanceof MultiPair m) points.add(box.pointOf(m));
        DifferentialEvolution.Result r = de.minimise(x -> cost.cost(box.decode(x)), listener, points);
        var polished = BoundedPolish.polish(x -> cost.cost(box.decode(x)), r.best(), POLISH_EVALUATIONS);
        TranslationFunctions t = box.decode(polished.point());
        return new Optimised(new Scored("OPTIMISED", t, t.significance(), t.scaleSiemens(), polished.cost(), cost.errorPerTime(t)),
                t, r, r.bestCost(), polished.evaluations());
    }
}
