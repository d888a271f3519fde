package memcim.device.array;

import java.util.Arrays;
import memcim.core.InputException;

/**
 * The solved read of a crossbar ({@link CrossbarReadSpec}). Three solvers, same answers (tests hold them to each
 * other, to an independent dense solver and to ngspice):
 * <ul>
 *   <li>{@link Method#CELL_NEWTON} (default): Newton on the memristor voltages with the wires eliminated by running
 *       sums ({@link CellPortNewton}); each correction a few unpreconditioned CG iterations of O(rows·cols), the
 *       access resistor folded into the cell equation. Falls back to LINE_PCG should it not converge.</li>
 * </ul>
 * and two nodal ones, whose unknowns are the row and column wire nodes (a node between 0 Ω segments is merged with
 * its driver or with the virtual ground, so it is known; the access transistor is folded into its cell,
 * {@link CellCurrent}, costing no node; the matrix is symmetric positive definite):
 * <ul>
 *   <li>{@link Method#LINE_PCG}: conjugate gradients preconditioned by whole-wire tridiagonal sweeps
 *       ({@link LinePcg}); O(rows·cols) per iteration, no factorisation, fast at every size. Nonlinear cells:
 *       Newton steps, each a PCG solve with the cells' current slopes.</li>
 *   <li>{@link Method#BANDED_CHOLESKY}: nodes numbered along the shorter side give a band of half-width
 *       2·min(rows, cols); one Cholesky factorisation, then chord iterations reuse it for nonlinear cells (cell
 *       slopes only grow with voltage), full Newton as fallback. Also the fallback should PCG ever stall.</li>
 * </ul>
 * A model is built once per programmed array and reads any number of row-voltage vectors. For linear cells its second
 * read builds the transfer matrix (column currents per volt on each row, one solve per row) and every later read is
 * one matrix-vector product; the static {@link #solve} reads once and does not build it.
 *
 * <p>Thread-safe: reads share only immutable factorisations and the transfer matrix, built once under a lock; cell
 * Newton's scratch arrays are per thread.
 */
public final class FastArrayModel {
    /** How the nodal equations are solved. */
    public enum Method { LINE_PCG, BANDED_CHOLESKY, CELL_NEWTON }

    private static final int MAX_CHORD_ITERATIONS = 40;
    private static final int MAX_NEWTON_ITERATIONS = 50;
    private static final int MAX_PCG_ITERATIONS = 2000;
    private static final double PCG_RELATIVE_RESIDUAL = 1e-13;
    /**
     * A Newton correction need not be exact: solved to 1e-8 it still shrinks the error by that factor per step on
     * top of Newton's own convergence, and the answer's accuracy is set by the residual, not by this solve.
     */
    private static final double NEWTON_PCG_RELATIVE_RESIDUAL = 1e-8;
    private static final double RELATIVE_TOLERANCE = 1e-11;
    /**
     * Cell Newton stops when every cell's equation holds to 1e-10 of the largest row voltage: the currents are then
     * right to about that fraction of full scale (0.5 % is the target against SPICE), and Newton's quadratic
     * convergence from the ideal start (1e-2, 1e-5, 1e-11 V on 32×32) reaches it one iteration sooner than 1e-11.
     */
    private static final double CELL_NEWTON_RELATIVE_TOLERANCE = 1e-10;

    private final CrossbarReadSpec spec;
    private final Method method;
    private final int rows;
    private final int cols;
    private final double[] g;
    private final CellCurrent cell;
    private final CrossbarLayout layout;
    private final BandedCholesky chord;
    private final LinePcg pcgAtZero;
    private final CellPortNewton cellNewton;
    private FastArrayModel fallback;
    private double[][] transfer;
    private int reads;

    public FastArrayModel(CrossbarReadSpec spec) {
        this(spec, Method.CELL_NEWTON);
    }

    public FastArrayModel(CrossbarReadSpec spec, Method method) {
        this.spec = spec;
        this.method = method;
        rows = spec.rows();
        cols = spec.cols();
        g = new double[rows * cols];
        for (int i = 0; i < rows; i++) for (int j = 0; j < cols; j++) g[i * cols + j] = spec.conductance(i, j);
        cell = new CellCurrent(spec.nonlinearityVolts(), spec.accessOnOhms());
        layout = method == Method.BANDED_CHOLESKY ? CrossbarLayout.banded(spec) : CrossbarLayout.lines(spec);
        double[] slopes = new double[rows * cols];
        for (int k = 0; k < slopes.length; k++) slopes[k] = cell.slopeAtZero(g[k]);
        boolean none = layout.unknowns == 0;
        chord = none || method != Method.BANDED_CHOLESKY ? null : factor(slopes);
        pcgAtZero = none || method != Method.LINE_PCG ? null : new LinePcg(layout, slopes);
        cellNewton = method == Method.CELL_NEWTON ? new CellPortNewton(spec, g) : null;
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

    public Method method() { return method; }

    /** Number of circuit unknowns (wire nodes not merged). */
    public int unknowns() { return layout.unknowns; }

    /** Half-bandwidth of the banded numbering; −1 for {@link Method#LINE_PCG}. */
    public int halfBandwidth() { return layout.halfBandwidth; }

    /** Column currents for one vector of row voltages (the transfer matrix once it exists). */
    public double[] columnCurrents(double[] rowVolts) {
        checkVolts(rowVolts);
        double[][] t = cell.linear() ? transferIfWorthIt(false) : null;
        if (t == null && cellNewton != null) {
            // straight from the cell currents: no node-voltage matrices for a caller who wants currents only
            CellPortNewton.Solution s = cellNewton.solve(rowVolts, CELL_NEWTON_RELATIVE_TOLERANCE * scaleOf(rowVolts));
            if (s == null) return fallback().read(rowVolts).columnCurrentsAmps();
            countRead();
            return columnSums(s.cellAmps());
        }
        if (t == null) return read(rowVolts).columnCurrentsAmps();
        // a sum of the selected rows of T, scaled by their voltages: contiguous multiply-adds the JIT vectorises,
        // and unselected (0 V) rows cost nothing
        double[] out = new double[cols];
        for (int i = 0; i < rows; i++) {
            double v = rowVolts[i];
            if (v == 0) continue;
            double[] ti = t[i];
            for (int j = 0; j < cols; j++) out[j] += v * ti[j];
        }
        return out;
    }

    /**
     * The transfer matrix of a linear array: entry [i][j] is the current of column j per volt on row i (the others
     * at 0 V), so column currents are Σᵢ Vᵢ·T[i][j]. Built on first call (one solve per row). A copy.
     */
    public double[][] transferMatrix() {
        if (!cell.linear()) {
            throw new InputException("transferMatrix", "linear cells (nonlinearityVolts = Infinity)",
                    "nonlinearityVolts = " + spec.nonlinearityVolts());
        }
        double[][] t = transferIfWorthIt(true);
        double[][] copy = new double[rows][];
        for (int i = 0; i < rows; i++) copy[i] = t[i].clone();
        return copy;
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
        if (cellNewton != null) return readCellNewton(rowVolts);
        double[] x = new double[layout.unknowns];
        int iterations = layout.unknowns == 0 ? 1 : iterate(x, rowVolts);
        if (iterations < 0) return fallback().read(rowVolts);
        countRead();
        double[][] vr = new double[rows][cols];
        double[][] vc = new double[rows][cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                vr[i][j] = rowVolt(x, rowVolts, i, j);
                vc[i][j] = colVolt(x, i, j);
            }
        }
        return new ArraySolution(columnCurrentsOf(x, rowVolts), vr, vc, iterations);
    }

    private ArraySolution readCellNewton(double[] rowVolts) {
        CellPortNewton.Solution s = cellNewton.solve(rowVolts, CELL_NEWTON_RELATIVE_TOLERANCE * scaleOf(rowVolts));
        if (s == null) return fallback().read(rowVolts);
        countRead();
        double[][] vr = new double[rows][cols];
        double[][] vc = new double[rows][cols];
        double[] drop = s.rowDrop(), rise = s.colRise();
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                vr[i][j] = rowVolts[i] - drop[i * cols + j];
                vc[i][j] = rise[i * cols + j];
            }
        }
        return new ArraySolution(columnSums(s.cellAmps()), vr, vc, s.iterations());
    }

    /** Column currents as the sums of their cells' currents (all of a column's cell current reaches its sense node). */
    private double[] columnSums(double[] cellAmps) {
        double[] out = new double[cols];
        for (int i = 0; i < rows; i++) {
            int base = i * cols;
            for (int j = 0; j < cols; j++) out[j] += cellAmps[base + j];
        }
        return out;
    }

    private synchronized void countRead() {
        reads++;
    }

    /** The node solver this model falls back to: line PCG for cell Newton, banded Cholesky for line PCG. */
    private synchronized FastArrayModel fallback() {
        if (fallback == null) {
            fallback = new FastArrayModel(spec, method == Method.CELL_NEWTON ? Method.LINE_PCG : Method.BANDED_CHOLESKY);
        }
        return fallback;
    }

    /** Largest |row voltage|, at least 1 mV: the voltage scale of the tolerances. */
    private static double scaleOf(double[] v) {
        double scale = 0;
        for (double vi : v) scale = Math.max(scale, Math.abs(vi));
        return Math.max(scale, 1e-3);
    }

    private void checkVolts(double[] v) {
        if (v == null || v.length != rows) {
            throw new InputException("rowVolts", rows + " values", v == null ? "null" : v.length + " values");
        }
        for (int i = 0; i < rows; i++) {
            if (!Double.isFinite(v[i])) throw new InputException("rowVolts[" + i + "]", "a finite voltage", String.valueOf(v[i]));
        }
    }

    /**
     * Builds the transfer matrix (a solve per row) when asked, or at the second read: a model is built to read a
     * programmed array many times, while {@link #solve} reads once and never pays for it.
     */
    private synchronized double[][] transferIfWorthIt(boolean now) {
        if (transfer == null && (now || reads >= 1)) {
            double[][] t = new double[rows][];
            double[] unit = new double[rows];
            for (int i = 0; i < rows; i++) {
                unit[i] = 1;
                t[i] = read(unit).columnCurrentsAmps();
                unit[i] = 0;
            }
            transfer = t;
        }
        return transfer;
    }

    private double rowVolt(double[] x, double[] v, int i, int j) {
        int k = layout.rowNode[i * cols + j];
        return k >= 0 ? x[k] : v[i];
    }

    private double colVolt(double[] x, int i, int j) {
        int k = layout.colNode[i * cols + j];
        return k >= 0 ? x[k] : 0;
    }

    private BandedCholesky factor(double[] cellSlopes) {
        int b = layout.halfBandwidth, w = b + 1;
        double[] band = new double[layout.unknowns * w];
        double gRow = layout.gRow, gCol = layout.gCol;
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                int r = layout.rowNode[i * cols + j], c = layout.colNode[i * cols + j];
                if (r >= 0) {
                    band[BandedCholesky.index(b, r, r)] += gRow * (j + 1 < cols ? 2 : 1);
                    if (j + 1 < cols) stampOff(band, b, r, layout.rowNode[i * cols + j + 1], -gRow);
                }
                if (c >= 0) {
                    band[BandedCholesky.index(b, c, c)] += gCol * (i > 0 ? 2 : 1);
                    if (i + 1 < rows) stampOff(band, b, c, layout.colNode[(i + 1) * cols + j], -gCol);
                }
                double s = cellSlopes[i * cols + j];
                if (r >= 0) band[BandedCholesky.index(b, r, r)] += s;
                if (c >= 0) band[BandedCholesky.index(b, c, c)] += s;
                if (r >= 0 && c >= 0) stampOff(band, b, r, c, -s);
            }
        }
        return new BandedCholesky(layout.unknowns, b, band);
    }

    private static void stampOff(double[] band, int b, int p, int q, double value) {
        band[BandedCholesky.index(b, Math.max(p, q), Math.min(p, q))] += value;
    }

    /**
     * Kirchhoff residual: for each unknown node the current leaving it through wires and cells. Fills the cells'
     * dI/dV when {@code slopes} is not null.
     */
    private void residual(double[] x, double[] v, double[] f, double[] slopes, double[] memristorVolts) {
        Arrays.fill(f, 0);
        double[] slope = slopes == null ? null : new double[1];
        int[] rowNode = layout.rowNode, colNode = layout.colNode;
        double gRow = layout.gRow, gCol = layout.gCol;
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                int k = i * cols + j;
                int r = rowNode[k], c = colNode[k];
                double vr = r >= 0 ? x[r] : v[i];
                double vc = c >= 0 ? x[c] : 0;
                if (r >= 0) {
                    double left = j == 0 ? v[i] : rowVolt(x, v, i, j - 1);
                    double iSeg = gRow * (left - vr); // into node (i, j) from the left
                    f[r] -= iSeg;
                    if (j > 0) f[rowNode[k - 1]] += iSeg;
                }
                if (c >= 0) {
                    double below = i + 1 < rows ? colVolt(x, i + 1, j) : 0;
                    double iSeg = gCol * (vc - below); // out of node (i, j) downwards
                    f[c] += iSeg;
                    if (i + 1 < rows) f[colNode[k + cols]] -= iSeg;
                }
                if (r >= 0 || c >= 0) {
                    double ic = cell.current(g[k], vr - vc, slope, memristorVolts, k);
                    if (slopes != null) slopes[k] = slope[0];
                    if (r >= 0) f[r] += ic;
                    if (c >= 0) f[c] -= ic;
                }
            }
        }
    }

    /** Solves for the unknowns in place; returns the iterations, or −1 when PCG stalled (use the fallback). */
    private int iterate(double[] x, double[] v) {
        double scale = scaleOf(v);
        double tol = RELATIVE_TOLERANCE * scale;
        return method == Method.LINE_PCG ? iteratePcg(x, v, tol, scale) : iterateBanded(x, v, tol, scale);
    }

    private int iteratePcg(double[] x, double[] v, double tol, double maxStep) {
        double[] f = new double[layout.unknowns];
        double[] vm = memristorVoltsGuess();
        if (cell.linear()) {
            residual(x, v, f, null, vm); // at x = 0 the residual is −b
            for (int k = 0; k < f.length; k++) f[k] = -f[k];
            idealStart(x, v);
            return pcgAtZero.solve(f, x, PCG_RELATIVE_RESIDUAL, MAX_PCG_ITERATIONS) < 0 ? -1 : 1;
        }
        // Newton from the ideal voltages: the error is only the wire drops, so two or three steps suffice
        idealStart(x, v);
        double[] slopes = new double[rows * cols];
        double[] dx = new double[layout.unknowns];
        for (int it = 1; it <= MAX_NEWTON_ITERATIONS; it++) {
            residual(x, v, f, slopes, vm);
            Arrays.fill(dx, 0);
            if (new LinePcg(layout, slopes).solve(f, dx, NEWTON_PCG_RELATIVE_RESIDUAL, MAX_PCG_ITERATIONS) < 0) return -1;
            if (subtract(x, dx, maxStep) <= tol) return it;
        }
        return -1;
    }

    /** The node voltages without wire resistance: every row node at its driver, every column node at 0 V. */
    private void idealStart(double[] x, double[] v) {
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                int r = layout.rowNode[i * cols + j], c = layout.colNode[i * cols + j];
                if (r >= 0) x[r] = v[i];
                if (c >= 0) x[c] = 0;
            }
        }
    }

    private int iterateBanded(double[] x, double[] v, double tol, double maxStep) {
        double[] f = new double[layout.unknowns];
        double[] before = new double[layout.unknowns];
        double[] vm = memristorVoltsGuess();
        double previous = Double.POSITIVE_INFINITY;
        int it = 0;
        while (it < MAX_CHORD_ITERATIONS) {
            residual(x, v, f, null, vm);
            chord.solveInPlace(f);
            System.arraycopy(x, 0, before, 0, x.length);
            double step = subtract(x, f, Double.POSITIVE_INFINITY);
            it++;
            if (cell.linear() || step <= tol) return it;
            if (it > 1 && step > 0.5 * previous) {
                // the chord converges too slowly or diverges (cells far steeper than at 0 V): Newton from here
                System.arraycopy(before, 0, x, 0, x.length);
                break;
            }
            previous = step;
        }
        double[] slopes = new double[rows * cols];
        for (int k = 0; k < MAX_NEWTON_ITERATIONS; k++) {
            residual(x, v, f, slopes, vm);
            factor(slopes).solveInPlace(f);
            it++;
            if (subtract(x, f, maxStep) <= tol) return it;
        }
        throw new IllegalStateException("crossbar read did not converge after " + it + " iterations (V/V0 too large?)");
    }

    /** Per-cell memristor voltages carried from one Newton iterate to the next (NaN: no guess yet). */
    private double[] memristorVoltsGuess() {
        double[] vm = new double[rows * cols];
        Arrays.fill(vm, Double.NaN);
        return vm;
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
            if (layout.colWire) {
                out[j] = layout.gCol * colVolt(x, rows - 1, j);
            } else {
                double s = 0;
                for (int i = 0; i < rows; i++) s += cell.current(g[i * cols + j], rowVolt(x, v, i, j), null);
                out[j] = s;
            }
        }
        return out;
    }
}
