package memcim.mapping;

import java.util.Arrays;
import memcim.core.InputException;
import memcim.device.CellTarget;
import memcim.device.ComplianceCurve;

/**
 * What every cell of a programmed network is programmed to: per sample, per weight, per cell a {@link CellTarget}
 * (a compliance current for one SET, or a target conductance), with the {@link WeightConverter} that says how the cells
 * of a weight read back. Weights are flat, in the network's order; the cells of weight q are
 * {@code q·cellsPerWeight … q·cellsPerWeight + cellsPerWeight − 1}. A sample is one programmed copy of the network
 * (one row of arrays of the chip). Immutable.
 *
 * <ul>
 *   <li>{@link #sameEverySample}: the reference chip's γ mapping, every sample programmed with the same compliances
 *       (the cycle-to-cycle spread of one SET is the sampler);</li>
 *   <li>{@link #oneSet}: a SET per cell at the compliance whose median is the converter's target, one plan row per
 *       weight sample (e.g. posterior samples or mixture components, Dalgaty et al. 2021);</li>
 *   <li>{@link #targets}: the converter's targets as target conductances (program-and-verify style).</li>
 * </ul>
 */
public final class ProgrammingPlan {
    private final WeightConverter converter;
    private final int weights;
    private final CellTarget[][] cells;   // [sample][weight·cellsPerWeight + cell]

    private ProgrammingPlan(WeightConverter converter, int weights, CellTarget[][] cells) {
        this.converter = converter;
        this.weights = weights;
        this.cells = cells;
    }

    /**
     * A plan from its cells, {@code [sample][weight·cellsPerWeight + cell]}; every sample the same number of weights.
     */
    public static ProgrammingPlan of(WeightConverter converter, CellTarget[][] cells) {
        int n = converter.cellsPerWeight();
        if (cells.length == 0) throw new InputException("programming plan", "at least one sample", "none");
        int length = cells[0].length;
        if (length % n != 0)
            throw new InputException("programming plan sample 0", "a multiple of " + n + " cells (cells per weight)", length + " cells");
        CellTarget[][] copy = new CellTarget[cells.length][];
        for (int s = 0; s < cells.length; s++) {
            if (cells[s].length != length)
                throw new InputException("programming plan sample " + s, length + " cells like sample 0", cells[s].length + " cells");
            for (int c = 0; c < length; c++)
                if (cells[s][c] == null)
                    throw new InputException("programming plan sample " + s + " cell " + c, "a compliance or a target", "none");
            copy[s] = cells[s].clone();
        }
        return new ProgrammingPlan(converter, length / n, copy);
    }

    /** {@code samples} copies of one sample's cells ({@code [weight][cell]}): every sample programmed alike. */
    public static ProgrammingPlan sameEverySample(WeightConverter converter, int samples, CellTarget[][] perWeight) {
        if (samples < 1) throw new InputException("programming plan samples", ">= 1", String.valueOf(samples));
        CellTarget[] one = flatten(converter, perWeight);
        CellTarget[][] cells = new CellTarget[samples][];
        Arrays.fill(cells, one);
        return of(converter, cells);
    }

    /** Each weight sample ({@code [sample][weight]}, network units) as the converter's target conductances. */
    public static ProgrammingPlan targets(WeightConverter converter, double[][] weightSamples) {
        CellTarget[][] cells = new CellTarget[weightSamples.length][];
        for (int s = 0; s < cells.length; s++) {
            CellTarget[][] perWeight = new CellTarget[weightSamples[s].length][];
            for (int q = 0; q < perWeight.length; q++) perWeight[q] = converter.targets(weightSamples[s][q]);
            cells[s] = flatten(converter, perWeight);
        }
        return of(converter, cells);
    }

    /**
     * Each weight sample ({@code [sample][weight]}) with one SET per cell at the compliance current whose median is the
     * converter's target. The targets must lie within the medians the curve reaches (a converter whose range is
     * {@link ConductanceRange#ofSets}).
     */
    public static ProgrammingPlan oneSet(WeightConverter converter, ComplianceCurve sets, double[][] weightSamples) {
        CellTarget[][] cells = new CellTarget[weightSamples.length][];
        for (int s = 0; s < cells.length; s++) {
            CellTarget[] row = new CellTarget[weightSamples[s].length * converter.cellsPerWeight()];
            for (int q = 0; q < weightSamples[s].length; q++) {
                double[] g = converter.encode(weightSamples[s][q]);
                for (int k = 0; k < g.length; k++)
                    row[q * g.length + k] = CellTarget.compliance(sets.complianceForMedian(g[k]));
            }
            cells[s] = row;
        }
        return of(converter, cells);
    }

    private static CellTarget[] flatten(WeightConverter converter, CellTarget[][] perWeight) {
        int n = converter.cellsPerWeight();
        CellTarget[] flat = new CellTarget[perWeight.length * n];
        for (int q = 0; q < perWeight.length; q++) {
            if (perWeight[q].length != n)
                throw new InputException("programming plan weight " + q, n + " cells (cells per weight)", perWeight[q].length + " cells");
            System.arraycopy(perWeight[q], 0, flat, q * n, n);
        }
        return flat;
    }

    public WeightConverter converter() { return converter; }

    public int samples() { return cells.length; }

    public int weights() { return weights; }

    public int cellsPerWeight() { return converter.cellsPerWeight(); }

    /** What cell {@code cell} of weight {@code weight} of sample {@code sample} is programmed to. */
    public CellTarget target(int sample, int weight, int cell) {
        if (cell < 0 || cell >= cellsPerWeight()) throw new IndexOutOfBoundsException("cell " + cell + " of " + cellsPerWeight());
        if (weight < 0 || weight >= weights) throw new IndexOutOfBoundsException("weight " + weight + " of " + weights);
        return cells[sample][weight * cellsPerWeight() + cell];
    }

    /**
     * The cells of one layer's array for one sample: the layer's weights are {@code rows × outputs}, flat row-major from
     * {@code offset}; the array is {@code [rows][outputs·cellsPerWeight]}, weight (i, j)'s cells in columns
     * {@link WeightConverter#column converter.column(j, k)}.
     */
    public CellTarget[][] array(int sample, int offset, int rows, int outputs) {
        int n = cellsPerWeight();
        if (offset < 0 || offset + rows * outputs > weights)
            throw new IndexOutOfBoundsException("weights " + offset + " … " + (offset + rows * outputs) + " of " + weights);
        CellTarget[][] a = new CellTarget[rows][outputs * n];
        for (int i = 0; i < rows; i++)
            for (int j = 0; j < outputs; j++)
                for (int k = 0; k < n; k++) a[i][converter.column(j, k)] = cells[sample][((offset + i * outputs + j) * n) + k];
        return a;
    }
}
