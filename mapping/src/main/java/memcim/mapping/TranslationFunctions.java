package memcim.mapping;

import java.util.Arrays;
import memcim.core.InputException;

/**
 * Four conductances per weight, W·γ = F·(G⁺ − G⁻) + (g⁺ − g⁻) ({@link MultiPair} with two pairs, the same cell order
 * G⁺, G⁻, g⁺, g⁻), split among the four by translation functions (Mackin et al., Nat Commun 2022): the four
 * conductances are given at D levels of |W| from 0 to {@link #maxWeight()}, linear in between, and mirrored for
 * negative weights (the + and − cells of each pair swapped). Because every level encodes its weight exactly and the
 * encoding is linear in the conductances, the interpolated conductances encode every weight in between exactly too.
 *
 * <p>{@link Box#decode} makes such functions from a point of the unit box, the search space of an optimiser: every point
 * decodes to conductances inside the range that encode each level exactly.
 */
public final class TranslationFunctions implements WeightConverter {
    private final double[][] levelSiemens;
    private final double maxWeight;
    private final MultiPair pairs;

    /**
     * @param levelSiemens [D][4] conductances G⁺, G⁻, g⁺, g⁻ at |W| = maxWeight·l/(D − 1), l = 0 … D − 1
     * @param maxWeight    the largest |W| (the last level)
     */
    public TranslationFunctions(double significance, double scaleSiemens, ConductanceRange range, double maxWeight,
                                double[][] levelSiemens) {
        this.pairs = new MultiPair(2, significance, scaleSiemens, range);
        if (!(maxWeight > 0) || Double.isInfinite(maxWeight))
            throw new InputException("translation functions maxWeight", "a finite value > 0", String.valueOf(maxWeight));
        if (levelSiemens.length < 2)
            throw new InputException("translation functions levels", "at least 2", String.valueOf(levelSiemens.length));
        this.levelSiemens = new double[levelSiemens.length][];
        for (int l = 0; l < levelSiemens.length; l++) {
            if (levelSiemens[l].length != 4)
                throw new InputException("translation functions level " + l, "4 conductances (G+, G-, g+, g-)", levelSiemens[l].length + "");
            for (double g : levelSiemens[l])
                if (!range.contains(g))
                    throw new InputException("translation functions level " + l, "conductances within [" + range.minSiemens()
                            + ", " + range.maxSiemens() + "] S", g + " S");
            double w = pairs.decode(levelSiemens[l], 0), target = level(l, levelSiemens.length, maxWeight);
            if (Math.abs(w - target) > 1e-9 * Math.max(1, maxWeight))
                throw new InputException("translation functions level " + l, "conductances encoding |W| = " + target, "W = " + w);
            this.levelSiemens[l] = levelSiemens[l].clone();
        }
        this.maxWeight = maxWeight;
    }

    private static double level(int l, int levels, double maxWeight) {
        return maxWeight * l / (levels - 1);
    }

    public double significance() { return pairs.significance(); }

    public int levels() { return levelSiemens.length; }

    /** The conductances G⁺, G⁻, g⁺, g⁻ of level l (|W| = maxWeight·l/(D − 1)). */
    public double[] levelSiemens(int l) { return levelSiemens[l].clone(); }

    @Override public int cellsPerWeight() { return 4; }
    @Override public double scaleSiemens() { return pairs.scaleSiemens(); }
    @Override public ConductanceRange range() { return pairs.range(); }
    @Override public double maxWeight() { return maxWeight; }

    @Override
    public double[] encode(double weight) {
        double a = Math.min(Math.abs(weight), maxWeight) / maxWeight * (levels() - 1);
        int l = Math.min((int) Math.floor(a), levels() - 2);
        double t = a - l;
        double[] g = new double[4];
        ConductanceRange range = range();
        for (int k = 0; k < 4; k++) {
            double v = (1 - t) * levelSiemens[l][k] + t * levelSiemens[l + 1][k];
            g[k] = Math.max(range.minSiemens(), Math.min(range.maxSiemens(), v));   // the last ulp of the interpolation
        }
        if (weight < 0) {
            double p = g[0], q = g[2];
            g[0] = g[1];
            g[1] = p;
            g[2] = g[3];
            g[3] = q;
        }
        return g;
    }

    @Override
    public double decode(double[] siemens, int offset) {
        return pairs.decode(siemens, offset);
    }

    @Override
    public String toString() {
        return "TranslationFunctions[F=" + significance() + ", γ=" + scaleSiemens() + ", levels=" + Arrays.deepToString(levelSiemens) + "]";
    }

    /**
     * The search space: 3D + 2 coordinates in [0, 1]. Coordinate 0 gives F in [fMin, fMax]; coordinate 1 the scale, the
     * largest weight's share of the most the two pairs can hold, (F + 1)·R with R the range's span, from
     * {@code minFill} to 1; then per level l three coordinates: x_Δ, the MSP pair's share of what it may take, and x_G,
     * x_g, where each pair's + cell sits on the line its difference allows.
     *
     * <p>The bounding rule is the published method's (and aihwkit's {@code wpo.py}): for level weight c = W_l·γ the MSP
     * term F·Δ lies in [max(c − R, −F·R), min(c + R, F·R)], so that the LSP pair can still hold the rest c − F·Δ within
     * [−R, R]. Decoding the weight exactly removes the fourth coordinate per level that a free choice of four
     * conductances would have (the paper's 4D + 2): that one only moves the level off its weight.
     */
    public record Box(int levels, ConductanceRange range, double maxWeight, double fMin, double fMax, double minFill) {
        public Box {
            if (levels < 2) throw new InputException("translation levels D", ">= 2", String.valueOf(levels));
            if (range == null || Double.isInfinite(range.maxSiemens()))
                throw new InputException("translation range", "a bounded conductance range", range == null ? "none" : "no upper bound");
            if (!(maxWeight > 0) || Double.isInfinite(maxWeight))
                throw new InputException("translation maxWeight", "a finite value > 0", String.valueOf(maxWeight));
            if (!(fMin > 0 && fMin <= fMax && Double.isFinite(fMax)))
                throw new InputException("translation F bounds", "0 < fMin <= fMax", fMin + ", " + fMax);
            if (!(minFill > 0 && minFill <= 1))
                throw new InputException("translation minFill", "a share in (0, 1]", String.valueOf(minFill));
        }

        /** D levels, F in [0.5, 5], the largest weight filling at least 5 % of what the pairs hold (aihwkit's floor). */
        public static Box of(int levels, ConductanceRange range, double maxWeight) {
            return new Box(levels, range, maxWeight, 0.5, 5, 0.05);
        }

        public int dimensions() { return 3 * levels + 2; }

        public TranslationFunctions decode(double[] x) {
            if (x.length != dimensions())
                throw new IllegalArgumentException("expected " + dimensions() + " coordinates, got " + x.length);
            for (double v : x)
                if (!(v >= 0 && v <= 1)) throw new IllegalArgumentException("coordinates must lie in [0, 1], got " + v);
            double f = fMin + x[0] * (fMax - fMin);
            double span = range.spanSiemens(), low = range.minSiemens(), high = range.maxSiemens();
            double fullSiemens = (minFill + x[1] * (1 - minFill)) * (f + 1) * span;
            double gamma = fullSiemens / maxWeight;
            double[][] g = new double[levels][4];
            for (int l = 0; l < levels; l++) {
                double c = gamma * level(l, levels, maxWeight);
                double lo = Math.max(c - span, -f * span), hi = Math.min(c + span, f * span);
                double msp = lo + x[2 + 3 * l] * (hi - lo);
                double dMsp = clampSpan(msp / f, span), dLsp = clampSpan(c - f * dMsp, span);
                place(g[l], 0, dMsp, x[3 + 3 * l], low, high);
                place(g[l], 2, dLsp, x[4 + 3 * l], low, high);
            }
            return new TranslationFunctions(f, gamma, range, maxWeight, g);
        }

        /**
         * The point whose functions come closest to a two-pair {@link MultiPair}: its F and scale (clamped into the box)
         * and, at every level, its conductances. Between the levels the functions are linear where the pair's split may
         * bend (where a pair fills), so they equal the pair's split at the levels only.
         */
        public double[] pointOf(MultiPair pair) {
            if (pair.pairs() != 2) throw new IllegalArgumentException("a two-pair converter, got " + pair.pairs() + " pairs");
            double[] x = new double[dimensions()];
            double f = pair.significance();
            x[0] = share(f, fMin, fMax);
            double fill = pair.scaleSiemens() * maxWeight / ((fMin + x[0] * (fMax - fMin) + 1) * range.spanSiemens());
            x[1] = share(fill, minFill, 1);
            TranslationFunctions t = decode(x);
            double fx = t.significance(), gamma = t.scaleSiemens(), span = range.spanSiemens();
            double low = range.minSiemens(), high = range.maxSiemens();
            MultiPair same = new MultiPair(2, fx, gamma, range, pair.split());
            for (int l = 0; l < levels; l++) {
                double[] g = same.encode(level(l, levels, maxWeight));
                double c = gamma * level(l, levels, maxWeight);
                double lo = Math.max(c - span, -fx * span), hi = Math.min(c + span, fx * span);
                x[2 + 3 * l] = share(fx * (g[0] - g[1]), lo, hi);
                x[3 + 3 * l] = share(g[0], low + Math.max(g[0] - g[1], 0), high + Math.min(g[0] - g[1], 0));
                x[4 + 3 * l] = share(g[2], low + Math.max(g[2] - g[3], 0), high + Math.min(g[2] - g[3], 0));
            }
            return x;
        }

        private static double share(double v, double from, double to) {
            if (!(to > from)) return 0;
            return Math.max(0, Math.min(1, (v - from) / (to - from)));
        }

        private static double clampSpan(double d, double span) {
            return Math.max(-span, Math.min(span, d));
        }

        /** G⁺ − G⁻ = d with both in [low, high]: G⁺ from low + max(d, 0) to high + min(d, 0), at share s. */
        private static void place(double[] g, int at, double d, double s, double low, double high) {
            double from = low + Math.max(d, 0), to = high + Math.min(d, 0);
            double plus = Math.max(from, Math.min(to, from + s * (to - from)));
            double minus = plus - d;
            g[at] = plus;
            g[at + 1] = Math.max(low, Math.min(high, minus));
        }
    }
}
