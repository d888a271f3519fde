package memcim.mapping;

import memcim.core.InputException;

/**
 * n differential pairs per weight with significance factor F (Mackin et al., Nat Commun 2022, n = 2):
 * W = Σ_k F^(n−1−k)·(G⁺_k − G⁻_k)/γ, pair 0 the most significant; for n = 2, W·γ = F·(G⁺ − G⁻) + (g⁺ − g⁻). Cells in
 * the order G⁺₀, G⁻₀, G⁺₁, G⁻₁, …; n = 1 is {@link DifferentialPair}.
 *
 * <p>Every pair's difference d_k lies in [−R, R], R = the range's span, so |W| up to R·Σ_k F^(n−1−k)/γ is exact
 * ({@link #maxWeight()}); within a pair the cell of d's sign sits |d| above the range's lower end and the other at it.
 * How W·γ is shared among the pairs is the {@link Split}.
 *
 * @param pairs        n ≥ 1
 * @param significance F > 0
 * @param scaleSiemens γ: siemens per network unit of the least significant pair's difference
 * @param range        the conductances a cell may be given
 * @param split        how the weight is shared among the pairs
 */
public record MultiPair(int pairs, double significance, double scaleSiemens, ConductanceRange range, Split split)
        implements WeightConverter {
    /** How W·γ is shared among the pairs; each keeps every cell within the range. */
    public enum Split {
        /**
         * Most significant pair first: pair k takes d_k = clamp(r_k/F^(n−1−k), −R, R) of the residual r_k still to place
         * (r₀ = W·γ), and passes r_k − F^(n−1−k)·d_k to the next; the lower pairs hold only what the upper ones could not.
         */
        MOST_SIGNIFICANT_FIRST,
        /** Every pair the same difference d = W·γ/Σ_k F^(n−1−k) (clamped to [−R, R]): each uses the same share of its range. */
        PROPORTIONAL,
        /**
         * Least significant pair first: the pairs take the residual in the reverse order, pair n − 1 as much as it holds,
         * the more significant pairs only what is left (the usual naive split of Mackin et al.).
         */
        LEAST_SIGNIFICANT_FIRST
    }

    public MultiPair {
        if (pairs < 1) throw new InputException("multi-pair pairs", ">= 1", String.valueOf(pairs));
        if (!(significance > 0) || Double.isInfinite(significance))
            throw new InputException("multi-pair significance F", "a finite value > 0", String.valueOf(significance));
        DifferentialPair.checkScale(scaleSiemens);
        if (range == null || Double.isInfinite(range.maxSiemens()))
            throw new InputException("multi-pair range", "a bounded conductance range", range == null ? "none" : "no upper bound");
        if (split == null) throw new InputException("multi-pair split", "one of MOST_SIGNIFICANT_FIRST, PROPORTIONAL, LEAST_SIGNIFICANT_FIRST", "none");
    }

    /** n pairs, most significant first. */
    public MultiPair(int pairs, double significance, double scaleSiemens, ConductanceRange range) {
        this(pairs, significance, scaleSiemens, range, Split.MOST_SIGNIFICANT_FIRST);
    }

    @Override public int cellsPerWeight() { return 2 * pairs; }

    /** F^(n−1−k): the weight of pair k's difference. */
    public double factor(int pair) {
        return Math.pow(significance, pairs - 1 - pair);
    }

    private double factorSum() {
        double s = 0;
        for (int k = 0; k < pairs; k++) s += factor(k);
        return s;
    }

    @Override public double maxWeight() { return range.spanSiemens() * factorSum() / scaleSiemens; }

    @Override
    public double[] encode(double weight) {
        double span = range.spanSiemens(), low = range.minSiemens();
        double[] g = new double[cellsPerWeight()];
        double residual = weight * scaleSiemens, even = residual / factorSum();
        for (int i = 0; i < pairs; i++) {
            int k = split == Split.LEAST_SIGNIFICANT_FIRST ? pairs - 1 - i : i;
            double f = factor(k);
            double d = split == Split.PROPORTIONAL ? even : residual / f;
            d = Math.max(-span, Math.min(span, d));
            residual -= f * d;
            g[2 * k] = d > 0 ? low + d : low;
            g[2 * k + 1] = d < 0 ? low - d : low;
        }
        return g;
    }

    @Override
    public double decode(double[] siemens, int offset) {
        double sum = 0;
        for (int k = 0; k < pairs; k++) sum += factor(k) * (siemens[offset + 2 * k] - siemens[offset + 2 * k + 1]);
        return sum / scaleSiemens;
    }
}
