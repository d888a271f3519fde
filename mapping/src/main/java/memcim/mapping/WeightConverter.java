package memcim.mapping;

import memcim.core.InputException;
import memcim.device.CellTarget;

/**
 * How one network weight becomes the conductances of its cells, and how the conductances read back become a weight.
 * {@link #encode} gives the cell targets of one weight (siemens, in the converter's cell order, every one within its
 * {@link #range()}); {@link #decode} the effective weight of conductances read from those cells (network units). On an
 * array the cells of one weight sit in adjacent columns: weight (i, j) of a layer owns columns
 * j·{@link #cellsPerWeight()} … j·{@link #cellsPerWeight()} + {@link #cellsPerWeight()} − 1 of row i
 * ({@link #column}).
 */
public interface WeightConverter {
    /** Cells that hold one weight. */
    int cellsPerWeight();

    /** Siemens per network unit of the least significant cell difference (γ of the reference chip). */
    double scaleSiemens();

    /** The conductances {@link #encode} may give a cell. */
    ConductanceRange range();

    /** The largest |weight| {@link #encode} represents exactly; beyond it the cells saturate at the range's ends. */
    double maxWeight();

    /** Target conductances of the cells of one weight, siemens, {@link #cellsPerWeight()} of them. */
    double[] encode(double weight);

    /** The effective weight of the conductances of one weight's cells, {@code siemens[offset …]}. */
    double decode(double[] siemens, int offset);

    /** The effective weight of one weight's conductances. */
    default double decode(double[] siemens) {
        if (siemens.length != cellsPerWeight())
            throw new InputException("conductances of one weight", cellsPerWeight() + " (cells per weight)", String.valueOf(siemens.length));
        return decode(siemens, 0);
    }

    /** {@link #encode} as target conductances (program-and-verify style programming). */
    default CellTarget[] targets(double weight) {
        double[] g = encode(weight);
        CellTarget[] t = new CellTarget[g.length];
        for (int k = 0; k < g.length; k++) t[k] = CellTarget.conductance(g[k]);
        return t;
    }

    /** The array column of cell {@code cell} of the weight in output column {@code output}. */
    default int column(int output, int cell) {
        return output * cellsPerWeight() + cell;
    }

    /**
     * The weights of a layer read from its array ({@code [rows][outputs·cellsPerWeight]} conductances): {@code [rows][outputs]}.
     */
    default double[][] decodeArray(double[][] arraySiemens) {
        int n = cellsPerWeight();
        double[][] w = new double[arraySiemens.length][];
        for (int i = 0; i < w.length; i++) {
            if (arraySiemens[i].length % n != 0)
                throw new InputException("array row " + i, "a multiple of " + n + " cells (cells per weight)", arraySiemens[i].length + " cells");
            w[i] = new double[arraySiemens[i].length / n];
            for (int j = 0; j < w[i].length; j++) w[i][j] = decode(arraySiemens[i], j * n);
        }
        return w;
    }
}
