package memcim.device.array;

import memcim.core.InputException;

/**
 * Nodal analysis of a crossbar read ({@link CrossbarReadSpec}): every row and column wire node is an unknown
 * (a 0 Ω segment merges its nodes into a known voltage), the access transistor is folded into its cell, and the
 * system — symmetric positive definite, banded once nodes are numbered along the shorter array side — is solved by
 * a banded Cholesky factorisation. Nonlinear cells are solved by chord iterations that reuse the factorisation at
 * 0 V (cell slopes only grow with voltage, so the chord converges for read voltages well below the cell's V₀), with
 * full Newton steps as fallback.
 *
 * <p>A model is built once per programmed array (conductances, wires, cell type) and reads any number of row
 * voltage vectors. For linear cells, once as many vectors have been read as there are rows, it builds the transfer
 * matrix (column currents per volt on each row) and later reads are one matrix-vector product.
 */
public final class FastArrayModel {
    private static final int MAX_CHORD_ITERATIONS = 40;
    private static final int MAX_NEWTON_ITERATIONS = 50;
    private static final double RELATIVE_TOLERANCE = 1e-11;

    private final int rows;
    private final int cols;
    private final double[][] g;
    private final boolean rowWire;
    private final boolean colWire;
    private final double gRow;
    private final double gCol;
    private final CellCurrent cell;
    /** Unknown index of row node (i, j) at [i·cols + j], or −1 when the node is merged with its driver. */
    private final int[] rowNode;
    /** Unknown index of column node (i, j), or −1 when merged with the virtual ground. */
    private final int[] colNode;
    private final int unknowns;
    private final int halfBandwidth;
    private final BandedCholesky chord;
    private double[][] transfer;
    private int reads;

    public FastArrayModel(CrossbarReadSpec spec) {
        rows = spec.rows();
        cols = spec.cols();
        g = spec.conductanceSiemens();
        rowWire = spec.rowSegmentOhms() > 0;
        colWire = spec.colSegmentOhms() > 0;
        gRow = rowWire ? 1 / spec.rowSegmentOhms() : 0;
        gCol = colWire ? 1 / spec.colSegmentOhms() : 0;
        cell = new CellCurrent(spec.nonlinearityVolts(), spec.accessOnOhms());
        rowNode = new int[rows * cols];
        colNode = new int[rows * cols];
        unknowns = ((rowWire ? 1 : 0) + (colWire ? 1 : 0)) * rows * cols;
        int bandRowMajor = number(true);
        int bandColMajor = number(false);
        if (bandRowMajor <= bandColMajor) number(true);
        halfBandwidth = Math.min(bandRowMajor, bandColMajor);
        double[][] slopes = new double[rows][cols];
        for (int i = 0; i < rows; i++) for (int j = 0; j < cols; j++) slopes[i][j] = cell.slopeAtZero(g[i][j]);
        chord = unknowns == 0 ? null : factor(slopes);
    }

    /** Column currents of one read (amperes, positive into the sense node). */
    public static double[] solve(CrossbarReadSpec spec) {
        return new FastArrayModel(spec).read(spec.rowVolts()).columnCurrentsAmps();
    }

    /** Column currents and every node voltage of one read. */
    public static ArraySolution solveNodes(CrossbarReadSpec spec) {
        return new FastArrayModel(spec).read(spec.rowVolts());
    }

    /** The ideal column currents Σᵢ Vᵢ·Gᵢⱼ: no wires, no access transistor, linear cells. */
    public static double[] idealCurrents(CrossbarReadSpec spec) {
        double[] out = new double[spec.cols()];
        for (int i = 0; i < spec.rows(); i++) {
            double v = spec.rowVolt(i);
            for (int j = 0; j < spec.cols(); j++) out[j] += v * spec.conductance(i, j);
        }
        return out;
    }

    /** Column currents for one vector of row voltages (fast path: the transfer matrix once it exists). */
    public double[] columnCurrents(double[] rowVolts) {
        checkVolts(rowVolts);
        if (cell.linear()) {
            double[][] t = transferIfWorthIt();
            if (t != null) {
                double[] out = new double[cols];
                for (int j = 0; j < cols; j++) {
                    double s = 0;
                    double[] tj = t[j];
                    for (int i = 0; i < rows; i++) s += tj[i] * rowVolts[i];
                    out[j] = s;
                }
                return out;
            }
        }
        return read(rowVolts).columnCurrentsAmps();
    }

    /** Column currents for a whole data set of row-voltage vectors, one result row per vector. */
    public double[][] columnCurrents(double[][] rowVoltsSet) {
        double[][] out = new double[rowVoltsSet.length][];
        for (int k = 0; k < rowVoltsSet.length; k++) out[k] = columnCurrents(rowVoltsSet[k]);
        return out;
    }

    /** The full solution of one read: node voltages and column currents. */
    public ArraySolution read(double[] rowVolts) {
        checkVolts(rowVolts);
        double[] x = new double[unknowns];
        int iterations = unknowns == 0 ? 0 : iterate(x, rowVolts);
        synchronized (this) {
            reads++;
        }
        double[][] vr = new double[rows][cols];
        double[][] vc = new double[rows][cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                vr[i][j] = rowVolt(x, rowVolts, i, j);
                vc[i][j] = colVolt(x, i, j);
            }
        }
        return new ArraySolution(columnCurrentsOf(x, rowVolts), vr, vc, Math.max(1, iterations));
    }

    /** Number of circuit unknowns and the half-bandwidth of the ordering chosen (for benchmarks and docs). */
    public int unknowns() { return unknowns; }

    public int halfBandwidth() { return halfBandwidth; }

    private void checkVolts(double[] v) {
        if (v == null || v.length != rows) {
            throw new InputException("rowVolts", rows + " values", v == null ? "null" : v.length + " values");
        }
    }

    /** Builds the transfer matrix once the reads so far would have paid for it (one solve per row). */
    private synchronized double[][] transferIfWorthIt() {
        if (transfer == null && reads >= rows) {
            double[][] t = new double[cols][rows];
            double[] unit = new double[rows];
            for (int i = 0; i < rows; i++) {
                unit[i] = 1;
                double[] x = new double[unknowns];
                if (unknowns > 0) iterate(x, unit);
                double[] c = columnCurrentsOf(x, unit);
                for (int j = 0; j < cols; j++) t[j][i] = c[j];
                unit[i] = 0;
            }
            transfer = t;
        }
        return transfer;
    }

    /** Numbers the unknown nodes row by row or column by column; returns the half-bandwidth it gives. */
    private int number(boolean rowMajor) {
        int k = 0;
        int outer = rowMajor ? rows : cols, inner = rowMajor ? cols : rows;
        for (int a = 0; a < outer; a++) {
            for (int b = 0; b < inner; b++) {
                int i = rowMajor ? a : b, j = rowMajor ? b : a;
                rowNode[i * cols + j] = rowWire ? k++ : -1;
                colNode[i * cols + j] = colWire ? k++ : -1;
            }
        }
        int band = 0;
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                int r = rowNode[i * cols + j], c = colNode[i * cols + j];
                if (r >= 0 && j + 1 < cols) band = Math.max(band, Math.abs(r - rowNode[i * cols + j + 1]));
                if (c >= 0 && i + 1 < rows) band = Math.max(band, Math.abs(c - colNode[(i + 1) * cols + j]));
                if (r >= 0 && c >= 0) band = Math.max(band, Math.abs(r - c));
            }
        }
        return band;
    }

    private double rowVolt(double[] x, double[] v, int i, int j) {
        int k = rowNode[i * cols + j];
        return k >= 0 ? x[k] : v[i];
    }

    private double colVolt(double[] x, int i, int j) {
        int k = colNode[i * cols + j];
        return k >= 0 ? x[k] : 0;
    }

    private BandedCholesky factor(double[][] cellSlopes) {
        int b = halfBandwidth, w = b + 1;
        double[] band = new double[unknowns * w];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                int r = rowNode[i * cols + j], c = colNode[i * cols + j];
                if (r >= 0) {
                    band[BandedCholesky.index(b, r, r)] += gRow * (j + 1 < cols ? 2 : 1);
                    if (j + 1 < cols) stampOff(band, b, r, rowNode[i * cols + j + 1], -gRow);
                }
                if (c >= 0) {
                    band[BandedCholesky.index(b, c, c)] += gCol * (i > 0 ? 2 : 1);
                    if (i + 1 < rows) stampOff(band, b, c, colNode[(i + 1) * cols + j], -gCol);
                }
                double s = cellSlopes[i][j];
                if (r >= 0) band[BandedCholesky.index(b, r, r)] += s;
                if (c >= 0) band[BandedCholesky.index(b, c, c)] += s;
                if (r >= 0 && c >= 0) stampOff(band, b, r, c, -s);
            }
        }
        return new BandedCholesky(unknowns, b, band);
    }

    private static void stampOff(double[] band, int b, int p, int q, double value) {
        int hi = Math.max(p, q), lo = Math.min(p, q);
        band[BandedCholesky.index(b, hi, lo)] += value;
    }

    /**
     * Kirchhoff residual: for each unknown node the current leaving it through wires and cells. Fills the cell
     * slopes when {@code slopes} is not null.
     */
    private void residual(double[] x, double[] v, double[] f, double[][] slopes) {
        java.util.Arrays.fill(f, 0);
        double[] slope = slopes == null ? null : new double[1];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                int r = rowNode[i * cols + j], c = colNode[i * cols + j];
                double vr = r >= 0 ? x[r] : v[i];
                double vc = c >= 0 ? x[c] : 0;
                if (r >= 0) {
                    double left = j == 0 ? v[i] : rowVolt(x, v, i, j - 1);
                    double iSeg = gRow * (left - vr); // into node (i, j) from the left
                    f[r] -= iSeg;
                    if (j > 0) f[rowNode[i * cols + j - 1]] += iSeg;
                }
                if (c >= 0) {
                    double below = i + 1 < rows ? colVolt(x, i + 1, j) : 0;
                    double iSeg = gCol * (vc - below); // out of node (i, j) downwards
                    f[c] += iSeg;
                    if (i + 1 < rows) f[colNode[(i + 1) * cols + j]] -= iSeg;
                }
                if (r >= 0 || c >= 0) {
                    double ic = cell.current(g[i][j], vr - vc, slope);
                    if (slopes != null) slopes[i][j] = slope[0];
                    if (r >= 0) f[r] += ic;
                    if (c >= 0) f[c] -= ic;
                }
            }
        }
    }

    /** Solves for the unknowns in place; returns the number of iterations. */
    private int iterate(double[] x, double[] v) {
        double[] f = new double[unknowns];
        double scale = 0;
        for (double vi : v) scale = Math.max(scale, Math.abs(vi));
        double tol = RELATIVE_TOLERANCE * Math.max(scale, 1e-3);
        int it = 0;
        boolean converged = false;
        while (it < MAX_CHORD_ITERATIONS) {
            residual(x, v, f, null);
            chord.solveInPlace(f);
            double step = subtract(x, f, Double.POSITIVE_INFINITY);
            it++;
            if (cell.linear() || step <= tol) {
                converged = true;
                break;
            }
        }
        if (converged) return it;
        double[][] slopes = new double[rows][cols];
        for (int k = 0; k < MAX_NEWTON_ITERATIONS; k++) {
            residual(x, v, f, slopes);
            factor(slopes).solveInPlace(f);
            double step = subtract(x, f, Math.max(scale, 1e-3));
            it++;
            if (step <= tol) return it;
        }
        throw new IllegalStateException("crossbar read did not converge after " + it + " iterations (V/V0 too large?)");
    }

    /** x −= dx, the step limited to {@code maxStep} volts per node; returns max |dx| applied. */
    private static double subtract(double[] x, double[] dx, double maxStep) {
        double m = 0;
        for (double d : dx) m = Math.max(m, Math.abs(d));
        double scale = m > maxStep ? maxStep / m : 1;
        for (int k = 0; k < x.length; k++) x[k] -= scale * dx[k];
        return m * scale;
    }

    private double[] columnCurrentsOf(double[] x, double[] v) {
        double[] out = new double[cols];
        for (int j = 0; j < cols; j++) {
            if (colWire) {
                out[j] = gCol * colVolt(x, rows - 1, j);
            } else {
                double s = 0;
                for (int i = 0; i < rows; i++) s += cell.current(g[i][j], rowVolt(x, v, i, j), null);
                out[j] = s;
            }
        }
        return out;
    }
}
