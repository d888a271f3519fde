package memcim.wpo;

import java.util.ArrayList;
import java.util.List;
import memcim.core.optimise.DifferentialEvolution;
import memcim.mapping.ConductanceRange;
import memcim.mapping.MultiPair;
import memcim.mapping.TranslationFunctions;
import memcim.mapping.WeightConverter;

/**
 * The two searches compared on one {@link WeightErrorCost}: the translation functions by differential evolution over
 * their {@link TranslationFunctions.Box}, and every {@link NaiveSplit} over a grid of F and scale, so that the gain is
 * measured against the best naive choice.
 */
public final class ProgrammingSearch {
    /** F values the naive splits are tried at. */
    public static final double[] NAIVE_F = {1, 1.5, 2, 3, 4, 5};
    /** Scales tried: the largest weight's share of what the two pairs hold, (F + 1)·R, geometric from 5 % to 100 %. */
    public static final int NAIVE_FILLS = 14;

    private ProgrammingSearch() {}

    /** A converter and its cost, with the error at every time. */
    public record Scored(String strategy, WeightConverter converter, double significance, double scaleSiemens,
                         double cost, double[] errorPerTime) {}

    /** A naive split at its best F and scale. */
    public static Scored bestNaive(WeightErrorCost cost, NaiveSplit split, ConductanceRange range) {
        Scored best = null;
        for (double f : NAIVE_F) {
            for (int i = 0; i < NAIVE_FILLS; i++) {
                double fill = 0.05 * Math.pow(1 / 0.05, i / (NAIVE_FILLS - 1.0));
                double gamma = fill * (f + 1) * range.spanSiemens() / cost.maxAbsWeight();
                MultiPair m = new MultiPair(2, f, gamma, range, split.split());
                double c = cost.cost(m);
                if (best == null || c < best.cost()) best = new Scored(split.name(), m, f, gamma, c, null);
            }
        }
        return new Scored(best.strategy(), best.converter(), best.significance(), best.scaleSiemens(), best.cost(),
                cost.errorPerTime(best.converter()));
    }

    /** Every naive split at its best. */
    public static List<Scored> naive(WeightErrorCost cost, ConductanceRange range) {
        List<Scored> out = new ArrayList<>();
        for (NaiveSplit s : NaiveSplit.values()) out.add(bestNaive(cost, s, range));
        return out;
    }

    /** The optimised translation functions, and the optimiser's record. */
    public record Optimised(Scored scored, TranslationFunctions functions, DifferentialEvolution.Result search) {}

    /**
     * Differential evolution over the box, its population started with the naive splits' best points ({@code starts},
     * as the box holds them at its levels) among the Latin-hypercube points: the search begins where the baselines
     * are, and a result worse than the best of them is not possible.
     */
    public static Optimised optimise(WeightErrorCost cost, TranslationFunctions.Box box, DifferentialEvolution.Settings settings,
                                     List<Scored> starts, DifferentialEvolution.Listener listener) {
        DifferentialEvolution de = DifferentialEvolution.unitBox(box.dimensions(), settings);
        List<double[]> points = new ArrayList<>();
        for (Scored s : starts) if (s.converter() instanceof MultiPair m) points.add(box.pointOf(m));
        DifferentialEvolution.Result r = de.minimise(x -> cost.cost(box.decode(x)), listener, points);
        TranslationFunctions t = box.decode(r.best());
        return new Optimised(new Scored("OPTIMISED", t, t.significance(), t.scaleSiemens(), r.bestCost(), cost.errorPerTime(t)), t, r);
    }
}
