package memcim.device.array;

import memcim.core.InputException;

/**
 * A storage read of a 1T1R array: the conductances of one row read out, one cell per column, as a memory reads a
 * word (the inference MAC of {@link CrossbarReadSpec} instead drives one row wire that carries every cell's current).
 *
 * <p>Topology (the netlist module's storage-read deck builds the same circuit). Word line i is the gate of row i's
 * access transistors: the selected row's are on ({@code accessOnOhms}), every other row's off. Bit line j is driven at
 * {@code readVolts} at its top end and runs down the column with one segment of {@code colSegmentOhms} before each
 * cell (driver → row 0, row 0 → row 1, ...); source line j runs beside it with one segment after each cell (row i →
 * row i + 1, last row → sense) and is held at 0 V at its bottom end by column j's sense amplifier, whose current is
 * the column current. Cell (i, j) joins bit-line node (i, j) through the memristor (I = G·V₀·sinh(V/V₀)) and the access
 * transistor to source-line node (i, j).
 *
 * <p>Why it reads so cleanly: with the other rows' transistors off, each column carries the one selected cell's
 * current, and whichever row is selected its path has row + 1 bit-line segments and rows − row source-line
 * segments, rows + 1 in all. A column current is therefore the lone cell's I-V in series with
 * {@link #pathOhms()}, the same for every row, and the periphery inverts it exactly ({@link #conductanceOf}).
 * The off transistors are taken as open here; the SPICE deck gives them a finite off-resistance and so measures
 * what that neglect costs.
 */
public record StorageRead(CrossbarReadSpec array, double readVolts) {

    public StorageRead {
        if (array == null) throw new InputException("StorageRead.array", "a 1T1R array", "null");
        if (array.cellType() != CellType.ONE_T_ONE_R) {
            throw new InputException("StorageRead.array.cellType", "ONE_T_ONE_R (a storage read selects a row by its access "
                    + "transistors)", array.cellType().name());
        }
        if (!(readVolts > 0) || Double.isInfinite(readVolts)) {
            throw new InputException("StorageRead.readVolts", "a finite read voltage > 0 V", String.valueOf(readVolts));
        }
    }

    /** An array of the card's kind of cell: equal segments along bit and source lines. */
    public static StorageRead of(double[][] conductanceSiemens, double segmentOhms, double readVolts, double nonlinearityVolts,
                                 double accessOnOhms) {
        int rows = conductanceSiemens == null ? 0 : conductanceSiemens.length;
        int cols = rows == 0 || conductanceSiemens[0] == null ? 0 : conductanceSiemens[0].length;
        return new StorageRead(new CrossbarReadSpec(rows, cols, conductanceSiemens, new double[rows], segmentOhms, segmentOhms,
                CellType.ONE_T_ONE_R, nonlinearityVolts, accessOnOhms), readVolts);
    }

    public int rows() { return array.rows(); }

    public int cols() { return array.cols(); }

    /** What every column current flows through besides the memristor: the access transistor and rows + 1 wire segments. */
    public double pathOhms() {
        return array.accessOnOhms() + (array.rows() + 1) * array.colSegmentOhms();
    }

    /** Column currents (amperes, into the sense amplifiers) with {@code row} selected. */
    public double[] columnCurrents(int row) {
        if (row < 0 || row >= rows()) throw new InputException("storage read row", "0 to " + (rows() - 1), String.valueOf(row));
        CellCurrent path = new CellCurrent(array.nonlinearityVolts(), pathOhms());
        double[] out = new double[cols()];
        for (int j = 0; j < out.length; j++) out[j] = path.current(array.conductance(row, j), readVolts, null);
        return out;
    }

    /** Every row read in turn, {@code [row][column]}. */
    public double[][] columnCurrents() {
        double[][] out = new double[rows()][];
        for (int r = 0; r < out.length; r++) out[r] = columnCurrents(r);
        return out;
    }

    /**
     * The conductance a column current decodes to: the memristor saw Vm = V − I·R_path, so G = I / (V₀·sinh(Vm/V₀))
     * (G = I / Vm for a linear cell). Exact for this read; a current the path cannot carry is refused.
     */
    public double conductanceOf(double amps) {
        return conductanceOf(amps, readVolts, array.nonlinearityVolts(), pathOhms());
    }

    /** The same inversion for any lone cell in series with {@code seriesOhms} at {@code volts}. */
    public static double conductanceOf(double amps, double volts, double nonlinearityVolts, double seriesOhms) {
        double vm = volts - amps * seriesOhms;
        if (!(amps >= 0) || !(vm > 0)) {
            throw new InputException("read current", "0 A up to what " + seriesOhms + " ohm pass at " + volts + " V",
                    amps + " A");
        }
        if (amps == 0) return 0;
        return Double.isInfinite(nonlinearityVolts) ? amps / vm : amps / (nonlinearityVolts * Math.sinh(vm / nonlinearityVolts));
    }

    /** {@link #conductanceOf} for every column of a read. */
    public double[] conductancesOf(double[] amps) {
        double[] g = new double[amps.length];
        for (int j = 0; j < g.length; j++) g[j] = conductanceOf(amps[j]);
        return g;
    }
}
