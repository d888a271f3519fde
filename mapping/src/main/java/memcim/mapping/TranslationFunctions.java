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
    private final double[] levelWeights;
    private final double maxWeight;
    private final MultiPair pairs;

    /**
     * Equally spaced levels.
     *
     * @param levelSiemens [D][4] conductances G⁺, G⁻, g⁺, g⁻ at |W| = maxWeight·l/(D − 1), l = 0 … D − 1
     * @param maxWeight    the largest |W| (the last level)
     */
    public TranslationFunctions(double significance, double scaleSiemens, ConductanceRange range, double maxWeight,
                                double[][] levelSiemens) {
        this(significance, scaleSiemens, range, uniform(levelSiemens.length, maxWeight), levelSiemens);
    }

    /**
     * Levels at chosen weights.
     *
     * @param levelWeights |W| of each level: from 0, not decreasing, the last the largest |W| held; a repeated weight
     *                     is a step of the functions there
     * @param levelSiemens [D][4] conductances G⁺, G⁻, g⁺, g⁻ at each level
     */
    public TranslationFunctions(double significance, double scaleSiemens, ConductanceRange range, double[] levelWeights,
                                double[][] levelSiemens) {
        this.pairs = new MultiPair(2, significance, scaleSiemens, range);
        if (levelSiemens.length < 2 || levelWeights.length != levelSiemens.length)
            throw new InputException("translation functions levels", "at least 2, as many weights as conductance rows",
                    levelWeights.length + " weights, " + levelSiemens.length + " rows");
        double maxWeight = levelWeights[levelWeights.length - 1];
        if (!(maxWeight > 0) || Double.isInfinite(maxWeight))
            throw new InputException("translation functions maxWeight", "a finite value > 0", String.valueOf(maxWeight));
        if (levelWeights[0] != 0)
            throw new InputException("translation functions level 0", "|W| = 0", "|W| = " + levelWeights[0]);
        for (int l = 1; l < levelWeights.length; l++)
            if (!(levelWeights[l] >= levelWeights[l - 1]))
                throw new InputException("translation functions level " + l, "|W| >= the level below (" + levelWeights[l - 1] + ")",
                        String.valueOf(levelWeights[l]));
        this.levelWeights = levelWeights.clone();
        this.levelSiemens = new double[levelSiemens.length][];
        for (int l = 0; l < levelSiemens.length; l++) {
            if (levelSiemens[l].length != 4)
                throw new InputException("translation functions level " + l, "4 conductances (G+, G-, g+, g-)", levelSiemens[l].length + "");
            for (double g : levelSiemens[l])
                if (!range.contains(g))
                    throw new InputException("translation functions level " + l, "conductances within [" + range.minSiemens()
                            + ", " + range.maxSiemens() + "] S", g + " S");
            double w = pairs.decode(levelSiemens[l], 0), target = levelWeights[l];
            if (Math.abs(w - target) > 1e-9 * Math.max(1, maxWeight))
                throw new InputException("translation functions level " + l, "conductances encoding |W| = " + target, "W = " + w);
            this.levelSiemens[l] = levelSiemens[l].clone();
        }
        this.maxWeight = maxWeight;
    }

    private static double level(int l, int levels, double maxWeight) {
        return maxWeight * l / (levels - 1);
    }

    private static double[] uniform(int levels, double maxWeight) {
        double[] w = new double[levels];
        for (int l = 0; l < levels; l++) w[l] = level(l, levels, maxWeight);
        w[levels - 1] = maxWeight;
        return w;
    }

    public double significance() { return pairs.significance(); }

    public int levels() { return levelSiemens.length; }

    /** The conductances G⁺, G⁻, g⁺, g⁻ of level l (at |W| = {@link #levelWeight}(l)). */
    public double[] levelSiemens(int l) { return levelSiemens[l].clone(); }

    /** The |W| of level l. */
    public double levelWeight(int l) { return levelWeights[l]; }

    @Override public int cellsPerWeight() { return 4; }
    @Override public double scaleSiemens() { return pairs.scaleSiemens(); }
    @Override public ConductanceRange range() { return pairs.range(); }
    @Override public double maxWeight() { return maxWeight; }

    @Override
    public double[] encode(double weight) {
        double a = Math.min(Math.abs(weight), maxWeight);
        int l = 0;
        while (l < levels() - 2 && a >= levelWeights[l + 1]) l++;
        double width = levelWeights[l + 1] - levelWeights[l];
        double t = width > 0 ? Math.min(1, (a - levelWeights[l]) / width) : 1;
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
     * The search space, coordinates in [0, 1]. Coordinate 0 gives F in [fMin, fMax]; coordinate 1 the scale as the
     * fill, the largest weight's share of the most the two pairs can hold, (F + 1)·R with R the range's span, from
     * {@code minFill} to {@code maxFill}; then per level l three coordinates: x_Δ, the MSP pair's share of what it may
     * take, and x_G, x_g, where each pair's + cell sits on the line its difference allows: 3D + 2 in all. With
     * {@code freeLevels} the D − 2 inner levels are placed too, one coordinate each (its |W| as a share of the top
     * level's, in any order: they are sorted), 4D in all; otherwise they are equally spaced, as in the paper.
     *
     * <p>Why free levels: a naive split bends where a pair fills (LSP first: where g⁺ reaches the range's end), and
     * D = 6 equally spaced levels cannot hold that bend; the straight line across it costs the naive split 3 % of its
     * weight error on pcm. Free levels hold every naive split exactly ({@link #pointOf}), so the optimised functions
     * start from the baselines themselves, not from their nearest approximation.
     *
     * <p>A fill above 1 saturates the largest weights: the levels then span |W| up to maxWeight/fill, where both pairs
     * are full, and every larger weight is held as that one. A few clipped weights can cost less than the coarser scale
     * that keeps them (weights are mostly small; the device's error is per cell).
     *
     * <p>The bounding rule is the published method's (and aihwkit's {@code wpo.py}): for level weight c = W_l·γ the MSP
     * term F·Δ lies in [max(c − R, −F·R), min(c + R, F·R)], so that the LSP pair can still hold the rest c − F·Δ within
     * [−R, R]. Decoding the weight exactly removes the fourth coordinate per level that a free choice of four
     * conductances would have (the paper's 4D + 2): that one only moves the level off its weight.
     */
    public record Box(int levels, ConductanceRange range, double maxWeight, double fMin, double fMax, double minFill,
                      double maxFill, boolean freeLevels) {
        public Box {
            if (levels < 2) throw new InputException("translation levels D", ">= 2", String.valueOf(levels));
            if (range == null || Double.isInfinite(range.maxSiemens()))
                throw new InputException("translation range", "a bounded conductance range", range == null ? "none" : "no upper bound");
            if (!(maxWeight > 0) || Double.isInfinite(maxWeight))
                throw new InputException("translation maxWeight", "a finite value > 0", String.valueOf(maxWeight));
            if (!(fMin > 0 && fMin <= fMax && Double.isFinite(fMax)))
                throw new InputException("translation F bounds", "0 < fMin <= fMax", fMin + ", " + fMax);
            if (!(minFill > 0 && minFill <= maxFill && Double.isFinite(maxFill)))
                throw new InputException("translation fill bounds", "0 < minFill <= maxFill", minFill + ", " + maxFill);
        }

        /** The largest fill {@link #of} allows: the largest weight may need up to twice what the pairs hold. */
        public static final double DEFAULT_MAX_FILL = 2;

        /**
         * D free levels, F in [1, 5] (below 1 the pairs only swap roles, and "most significant" would name the wrong
         * one), the largest weight filling from 5 % (aihwkit's floor) to {@value #DEFAULT_MAX_FILL} times what the pairs
         * hold.
         */
        public static Box of(int levels, ConductanceRange range, double maxWeight) {
            return new Box(levels, range, maxWeight, 1, 5, 0.05, DEFAULT_MAX_FILL, true);
        }

        /** The same box with equally spaced levels ({@code false}) or free ones. */
        public Box withFreeLevels(boolean free) {
            return new Box(levels, range, maxWeight, fMin, fMax, minFill, maxFill, free);
        }

        /** F at coordinate x₀. */
        public double significance(double x0) { return fMin + x0 * (fMax - fMin); }

        /** The fill at coordinate x₁. */
        public double fill(double x1) { return minFill + x1 * (maxFill - minFill); }

        public int dimensions() { return 3 * levels + 2 + (freeLevels ? levels - 2 : 0); }

        public TranslationFunctions decode(double[] x) {
            if (x.length != dimensions())
                throw new IllegalArgumentException("expected " + dimensions() + " coordinates, got " + x.length);
            for (double v : x)
                if (!(v >= 0 && v <= 1)) throw new IllegalArgumentException("coordinates must lie in [0, 1], got " + v);
            double f = significance(x[0]), fill = fill(x[1]);
            double span = range.spanSiemens(), low = range.minSiemens(), high = range.maxSiemens();
            double gamma = fill * (f + 1) * span / maxWeight, top = maxWeight / Math.max(1, fill);
            double[] w = levelWeights(x, top);
            double[][] g = new double[levels][4];
            for (int l = 0; l < levels; l++) {
                double c = gamma * w[l];
                double lo = Math.max(c - span, -f * span), hi = Math.min(c + span, f * span);
                double msp = lo + x[2 + 3 * l] * (hi - lo);
                double dMsp = clampSpan(msp / f, span), dLsp = clampSpan(c - f * dMsp, span);
                place(g[l], 0, dMsp, x[3 + 3 * l], low, high);
                place(g[l], 2, dLsp, x[4 + 3 * l], low, high);
            }
            return new TranslationFunctions(f, gamma, range, w, g);
        }

        private double[] levelWeights(double[] x, double top) {
            double[] w = new double[levels];
            if (freeLevels) {
                double[] inner = Arrays.copyOfRange(x, 3 * levels + 2, 3 * levels + 2 + levels - 2);
                Arrays.sort(inner);
                for (int k = 0; k < inner.length; k++) w[k + 1] = top * inner[k];
            } else {
                for (int l = 1; l < levels - 1; l++) w[l] = level(l, levels, top);
            }
            w[levels - 1] = top;
            return w;
        }

        /**
         * The point whose functions come closest to a two-pair {@link MultiPair}: its F and scale (clamped into the box)
         * and, at every level, its conductances. With free levels, inner levels sit where the pair's split bends (where
         * the LSP pair fills, W·γ = R, and where the MSP pair does, W·γ = F·R), the rest equally spaced, and the
         * functions equal the pair's split at every weight (given D − 2 inner levels for the bends within the range).
         * With equally spaced levels they equal it at the levels only.
         */
        public double[] pointOf(MultiPair pair) {
            if (pair.pairs() != 2) throw new IllegalArgumentException("a two-pair converter, got " + pair.pairs() + " pairs");
            double[] x = new double[dimensions()];
            double f = pair.significance();
            x[0] = share(f, fMin, fMax);
            double fill = pair.scaleSiemens() * maxWeight / ((significance(x[0]) + 1) * range.spanSiemens());
            x[1] = share(fill, minFill, maxFill);
            double fx = significance(x[0]), gamma = fill(x[1]) * (fx + 1) * range.spanSiemens() / maxWeight;
            double top = maxWeight / Math.max(1, fill(x[1])), span = range.spanSiemens();
            if (freeLevels) placeAtBends(x, new double[]{span / gamma / top, fx * span / gamma / top});
            double[] w = levelWeights(x, top);
            double low = range.minSiemens(), high = range.maxSiemens();
            MultiPair same = new MultiPair(2, fx, gamma, range, pair.split());
            for (int l = 0; l < levels; l++) {
                double[] g = same.encode(w[l]);
                double c = gamma * w[l];
                double lo = Math.max(c - span, -fx * span), hi = Math.min(c + span, fx * span);
                x[2 + 3 * l] = share(fx * (g[0] - g[1]), lo, hi);
                x[3 + 3 * l] = share(g[0], low + Math.max(g[0] - g[1], 0), high + Math.min(g[0] - g[1], 0));
                x[4 + 3 * l] = share(g[2], low + Math.max(g[2] - g[3], 0), high + Math.min(g[2] - g[3], 0));
            }
            return x;
        }

        /** Inner levels equally spaced, then the nearest free one moved onto each bend (shares of the top level). */
        private void placeAtBends(double[] x, double[] bends) {
            int inner = levels - 2, at = 3 * levels + 2;
            boolean[] moved = new boolean[inner];
            for (int k = 0; k < inner; k++) x[at + k] = (k + 1.0) / (levels - 1);
            for (double b : bends) {
                if (!(b > 0 && b < 1)) continue;
                int nearest = -1;
                for (int k = 0; k < inner; k++)
                    if (!moved[k] && (nearest < 0 || Math.abs(x[at + k] - b) < Math.abs(x[at + nearest] - b))) nearest = k;
                if (nearest < 0) return;
                x[at + nearest] = b;
                moved[nearest] = true;
            }
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
