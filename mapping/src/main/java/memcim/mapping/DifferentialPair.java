package memcim.mapping;

import memcim.core.InputException;
import memcim.device.CellTarget;
import memcim.device.FeasiblePoint;

/**
 * The reference chip's converter: two cells per weight, W = (G⁺ − G⁻)/γ, G⁺ in the first cell (array column 2j), G⁻ in
 * the second (2j + 1). Encoding puts |W|·γ on the cell of the weight's sign above the range's lower end and leaves the
 * other cell there (W beyond {@link #maxWeight()} saturates at the upper end). The reference chip does not encode
 * weights this way: it programs each cell with one SET at the compliance its feasible point names
 * ({@link #compliances(FeasiblePoint)}), and reads back with {@link #decode}.
 *
 * @param scaleSiemens γ, siemens per network unit
 * @param range        the conductances encoding may use
 */
public record DifferentialPair(double scaleSiemens, ConductanceRange range) implements WeightConverter {
    public static final int CELLS = 2;

    public DifferentialPair {
        checkScale(scaleSiemens);
        if (range == null) throw new InputException("pair range", "a conductance range", "none");
    }

    static void checkScale(double scaleSiemens) {
        if (!(scaleSiemens > 0) || Double.isInfinite(scaleSiemens))
            throw new InputException("converter scaleSiemens", "a finite value > 0 (siemens per network unit)", String.valueOf(scaleSiemens));
    }

    /** A pair used to decode (and to carry γ): encoding may use any conductance ≥ 0. */
    public static DifferentialPair of(double scaleSiemens) {
        return new DifferentialPair(scaleSiemens, ConductanceRange.unbounded());
    }

    @Override public int cellsPerWeight() { return CELLS; }

    @Override public double maxWeight() { return range.spanSiemens() / scaleSiemens; }

    @Override
    public double[] encode(double weight) {
        double d = Math.max(-range.spanSiemens(), Math.min(range.spanSiemens(), weight * scaleSiemens));
        double low = range.minSiemens();
        return new double[] {d > 0 ? low + d : low, d < 0 ? low - d : low};
    }

    @Override
    public double decode(double[] siemens, int offset) {
        return decode(siemens[offset], siemens[offset + 1]);
    }

    /** (G⁺ − G⁻)/γ. */
    public double decode(double plusSiemens, double minusSiemens) {
        return (plusSiemens - minusSiemens) / scaleSiemens;
    }

    /** The pair's cells as a feasible point programs them: one SET at G⁺'s compliance, one at G⁻'s. */
    public static CellTarget[] compliances(FeasiblePoint point) {
        return new CellTarget[] {CellTarget.compliance(point.complianceAmpsPlus()), CellTarget.compliance(point.complianceAmpsMinus())};
    }
}
