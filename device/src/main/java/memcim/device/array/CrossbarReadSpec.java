package memcim.device.array;

import java.io.Serializable;
import java.util.Arrays;
import memcim.core.InputException;

/**
 * One read of one crossbar array: the circuit that both the fast model ({@link FastArrayModel}) and the SPICE deck
 * of the netlist module build.
 *
 * <p>Topology. Row i is driven at its left end by an ideal source VROW&lt;i&gt; = rowVolts[i] (0 V for an unselected
 * row). The row wire runs left to right with one segment of {@code rowSegmentOhms} before each cell (driver → cell 0,
 * cell 0 → cell 1, ...). Column j runs top to bottom with one segment of {@code colSegmentOhms} after each cell
 * (cell row 0 → row 1, ..., last row → sense) and is held at 0 V at its bottom end by a source VCOL&lt;j&gt; whose
 * current, positive from the array into the sense node, is the column current (Σ V·G when ideal). Cell (i, j) joins
 * row node (i, j) to column node (i, j): for ONE_R the memristor alone; for ONE_T_ONE_R the access transistor, fully
 * on, as a linear resistance {@code accessOnOhms} from the row node to the memristor, then the memristor. The
 * memristor's I-V is I = G·V₀·sinh(V/V₀) (slope G at 0 V); V₀ = +∞ is a linear cell. A segment of 0 Ω merges its
 * two nodes.
 *
 * <p>Immutable: arrays are copied in and out.
 */
public record CrossbarReadSpec(
        int rows,
        int cols,
        double[][] conductanceSiemens,
        double[] rowVolts,
        double rowSegmentOhms,
        double colSegmentOhms,
        CellType cellType,
        double nonlinearityVolts,
        double accessOnOhms) implements Serializable {

    public CrossbarReadSpec {
        if (rows < 1 || cols < 1) throw new InputException("CrossbarReadSpec rows x cols", "at least 1 x 1", rows + " x " + cols);
        if (conductanceSiemens == null || conductanceSiemens.length != rows) {
            throw new InputException("CrossbarReadSpec.conductanceSiemens", rows + " rows",
                    conductanceSiemens == null ? "null" : conductanceSiemens.length + " rows");
        }
        double[][] g = new double[rows][];
        for (int i = 0; i < rows; i++) {
            if (conductanceSiemens[i] == null || conductanceSiemens[i].length != cols) {
                throw new InputException("CrossbarReadSpec.conductanceSiemens[" + i + "]", cols + " columns",
                        conductanceSiemens[i] == null ? "null" : conductanceSiemens[i].length + " columns");
            }
            g[i] = conductanceSiemens[i].clone();
            for (int j = 0; j < cols; j++) {
                if (!(g[i][j] >= 0) || Double.isInfinite(g[i][j])) {
                    throw new InputException("CrossbarReadSpec.conductanceSiemens[" + i + "][" + j + "]",
                            "a finite conductance >= 0 S", String.valueOf(g[i][j]));
                }
            }
        }
        conductanceSiemens = g;
        if (rowVolts == null || rowVolts.length != rows) {
            throw new InputException("CrossbarReadSpec.rowVolts", rows + " values", rowVolts == null ? "null" : rowVolts.length + " values");
        }
        rowVolts = rowVolts.clone();
        for (int i = 0; i < rows; i++) {
            if (!Double.isFinite(rowVolts[i])) throw new InputException("CrossbarReadSpec.rowVolts[" + i + "]", "a finite voltage", String.valueOf(rowVolts[i]));
        }
        checkOhms("rowSegmentOhms", rowSegmentOhms);
        checkOhms("colSegmentOhms", colSegmentOhms);
        if (cellType == null) throw new InputException("CrossbarReadSpec.cellType", "ONE_R or ONE_T_ONE_R", "null");
        if (!(nonlinearityVolts > 0)) {
            throw new InputException("CrossbarReadSpec.nonlinearityVolts", "> 0 V (Double.POSITIVE_INFINITY for a linear cell)",
                    String.valueOf(nonlinearityVolts));
        }
        checkOhms("accessOnOhms", accessOnOhms);
        if (cellType == CellType.ONE_R) accessOnOhms = 0; // no transistor: the field has no meaning
    }

    private static void checkOhms(String field, double ohms) {
        if (!(ohms >= 0) || Double.isInfinite(ohms)) {
            throw new InputException("CrossbarReadSpec." + field, "a finite resistance >= 0 ohm", String.valueOf(ohms));
        }
    }

    /** A linear 1R array with equal wire segments: the simplest spec. */
    public static CrossbarReadSpec linear(double[][] conductanceSiemens, double[] rowVolts, double segmentOhms) {
        return new CrossbarReadSpec(conductanceSiemens.length, conductanceSiemens[0].length, conductanceSiemens, rowVolts,
                segmentOhms, segmentOhms, CellType.ONE_R, Double.POSITIVE_INFINITY, 0);
    }

    /** The same array and wires read with other row voltages. */
    public CrossbarReadSpec withRowVolts(double[] volts) {
        return new CrossbarReadSpec(rows, cols, conductanceSiemens, volts, rowSegmentOhms, colSegmentOhms, cellType,
                nonlinearityVolts, accessOnOhms);
    }

    public boolean linearCells() {
        return nonlinearityVolts == Double.POSITIVE_INFINITY;
    }

    @Override
    public double[][] conductanceSiemens() {
        double[][] g = new double[rows][];
        for (int i = 0; i < rows; i++) g[i] = conductanceSiemens[i].clone();
        return g;
    }

    @Override
    public double[] rowVolts() {
        return rowVolts.clone();
    }

    /** Conductance of one cell without copying the matrix. */
    public double conductance(int row, int col) {
        return conductanceSiemens[row][col];
    }

    public double rowVolt(int row) {
        return rowVolts[row];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CrossbarReadSpec s && rows == s.rows && cols == s.cols
                && Arrays.deepEquals(conductanceSiemens, s.conductanceSiemens) && Arrays.equals(rowVolts, s.rowVolts)
                && Double.compare(rowSegmentOhms, s.rowSegmentOhms) == 0 && Double.compare(colSegmentOhms, s.colSegmentOhms) == 0
                && cellType == s.cellType && Double.compare(nonlinearityVolts, s.nonlinearityVolts) == 0
                && Double.compare(accessOnOhms, s.accessOnOhms) == 0;
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(conductanceSiemens) * 31 + Arrays.hashCode(rowVolts);
    }

    @Override
    public String toString() {
        return "CrossbarReadSpec[" + rows + "x" + cols + ", rowSegmentOhms=" + rowSegmentOhms + ", colSegmentOhms="
                + colSegmentOhms + ", cellType=" + cellType + ", nonlinearityVolts=" + nonlinearityVolts
                + ", accessOnOhms=" + accessOnOhms + ", rowVolts=" + Arrays.toString(rowVolts) + "]";
    }
}
