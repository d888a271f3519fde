package memcim.device.array;

/**
 * Newton's method on the memristor voltages of a crossbar read, with the wires eliminated. Row and column wires
 * are paths hanging from ideal sources, so without the cells they are trees whose node voltages follow from the
 * cell currents by two running sums per wire: the row node (i, j) sits R_row·Σ_{s≤j} Σ_{j'≥s} I(i, j') below its
 * driver, the column node (i, j) sits R_col·Σ_{i'≥i} Σ_{i''≤i'} I(i'', j) above its virtual ground. That linear
 * operator Z (symmetric positive semi-definite, O(rows·cols) to apply, no matrix stored) turns the read into one
 * equation per cell for its memristor voltage Vm:
 *
 * <pre>  F(Vm) = Vm + Ra·I(Vm) + (Z·I(Vm)) − V_row = 0,   I(Vm) = G·V₀·sinh(Vm/V₀)</pre>
 *
 * so the access resistor Ra needs neither a node nor an inner scalar solve. The Newton system
 * (1 + (Ra + Z)·D)·δ = F with D = diag(dI/dVm) becomes symmetric positive definite in z = √D·δ:
 * (1 + √D(Ra + Z)√D)·z = √D·F, solved by plain conjugate gradients. Its condition number is 1 + λmax(√D·Z·√D),
 * about 1.1 on a 32×32 array with 1 Ω segments and 2 at 128×128, so a handful of O(rows·cols) iterations solve it,
 * with no factorisation and no preconditioner. Each Newton iteration costs one exponential per cell.
 */
final class CellPortNewton {
    private static final int MAX_NEWTON_ITERATIONS = 50;
    private static final int MAX_CG_ITERATIONS = 500;
    /**
     * Inexact Newton: the correction is solved to a relative residual η = 0.1·|F|/V (at most 1e-3, at least 1e-12),
     * so the error it leaves, η·|F|, stays below Newton's own quadratic error ~ |F|²/V: far from the answer a few CG
     * iterations do, close to it the correction is accurate.
     */
    private static final double MAX_CG_RELATIVE_RESIDUAL = 1e-3;

    private final int rows;
    private final int cols;
    private final double[] g;
    private final double v0;
    private final double invV0;
    /** 1 / (1 + Ra·G) of each cell: the memristor's share of the cell voltage at 0 V. */
    private final double[] linearSplit;
    private final boolean linear;
    private final double ra;
    private final double rRow;
    private final double rCol;

    /** @param conductance G of cell (i, j) at [i·cols + j] (not copied: the caller's immutable copy) */
    CellPortNewton(CrossbarReadSpec spec, double[] conductance) {
        rows = spec.rows();
        cols = spec.cols();
        g = conductance;
        v0 = spec.nonlinearityVolts();
        invV0 = 1 / v0;
        linear = spec.linearCells();
        ra = spec.accessOnOhms();
        rRow = spec.rowSegmentOhms();
        rCol = spec.colSegmentOhms();
        linearSplit = new double[rows * cols];
        for (int k = 0; k < linearSplit.length; k++) linearSplit[k] = 1 / (1 + ra * g[k]);
    }

    /**
     * The solved read: cell currents and the wire drop Z·I at each cell (row drop plus column rise). The arrays are
     * the calling thread's workspace: valid until that thread's next solve (of any array).
     */
    record Solution(double[] cellAmps, double[] rowDrop, double[] colRise, int iterations) {}

    /**
     * Per-thread scratch arrays, shared by every array model the thread reads and grown to the largest: a read
     * allocates nothing of size rows·cols, and a thread holding many models holds one workspace, not one per model.
     * Arrays may be longer than rows·cols; only the first rows·cols entries are used.
     */
    private static final int WORK_ARRAYS = 17;
    private static final ThreadLocal<double[][]> WORKSPACE = ThreadLocal.withInitial(() -> new double[WORK_ARRAYS][0]);

    /**
     * Solves one read to max |F| ≤ tol volts.
     *
     * @return the solution, or null when Newton did not converge (the caller falls back to the node solver)
     */
    Solution solve(double[] rowVolts, double tol) {
        int n = rows * cols;
        double[][] w = WORKSPACE.get();
        if (w[0].length < n) {
            w = new double[WORK_ARRAYS][n];
            WORKSPACE.set(w);
        }
        double[] vm = w[0], cur = w[1], slope = w[2], rowDrop = w[3], colRise = w[4], f = w[5], sq = w[6];
        double[] sh = w[7], ch = w[8], z = w[9], p = w[10], q = w[11], r = w[12], tmp = w[13];
        double scale = 0;
        for (double v : rowVolts) scale = Math.max(scale, Math.abs(v));
        double maxStep = linear ? Double.POSITIVE_INFINITY : Math.max(v0, scale);
        // start: no wire drop, the linear split between access resistor and memristor
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                int k = i * cols + j;
                vm[k] = rowVolts[i] * linearSplit[k];
                setCell(k, vm[k], cur, slope, sh, ch);
            }
        }
        for (int it = 1; it <= MAX_NEWTON_ITERATIONS; it++) {
            wireDrops(cur, rowDrop, colRise, tmp);
            double worst = 0;
            for (int i = 0; i < rows; i++) {
                double v = rowVolts[i];
                for (int j = 0; j < cols; j++) {
                    int k = i * cols + j;
                    double fk = vm[k] + ra * cur[k] + rowDrop[k] + colRise[k] - v;
                    f[k] = fk;
                    worst = Math.max(worst, Math.abs(fk));
                }
            }
            if (worst <= tol) return new Solution(cur, rowDrop, colRise, it);
            for (int k = 0; k < n; k++) sq[k] = Math.sqrt(slope[k]);
            double eta = Math.max(1e-12, Math.min(MAX_CG_RELATIVE_RESIDUAL, 0.1 * worst / Math.max(scale, 1e-3)));
            if (!conjugateGradients(sq, f, w, eta)) return null;
            // δ = F − (Ra + Z)·(√D·z), from δ + (Ra + Z)·D·δ = F
            for (int k = 0; k < n; k++) p[k] = sq[k] * z[k];
            wireDrops(p, q, r, tmp);
            for (int k = 0; k < n; k++) {
                double d = f[k] - ra * p[k] - q[k] - r[k];
                if (d > maxStep) d = maxStep;
                else if (d < -maxStep) d = -maxStep;
                vm[k] -= d;
                stepCell(k, -d, vm[k], cur, slope, sh, ch);
            }
        }
        return null;
    }

    /** I, dI/dVm, sinh and cosh of cell k at memristor voltage vm, from one exponential. */
    private void setCell(int k, double vm, double[] cur, double[] slope, double[] sh, double[] ch) {
        if (linear) {
            cur[k] = g[k] * vm;
            slope[k] = g[k];
            return;
        }
        double x = vm * invV0, s, c;
        if (Math.abs(x) < 1e-2) { // series: exp(x) − exp(−x) would cancel
            double x2 = x * x;
            s = x * (1 + x2 * (1.0 / 6) * (1 + x2 * (1.0 / 20) * (1 + x2 * (1.0 / 42))));
            c = 1 + x2 * 0.5 * (1 + x2 * (1.0 / 12) * (1 + x2 * (1.0 / 30)));
        } else {
            double e = Math.exp(x), ei = 1 / e;
            s = 0.5 * (e - ei);
            c = 0.5 * (e + ei);
        }
        sh[k] = s;
        ch[k] = c;
        cur[k] = g[k] * v0 * s;
        slope[k] = g[k] * c;
    }

    /**
     * Cell k after its memristor voltage moved by dv to vm: Newton's later steps are small, so the addition theorems
     * sinh(x + h) = sinh x·cosh h + cosh x·sinh h with short series in h replace the exponential.
     */
    private void stepCell(int k, double dv, double vm, double[] cur, double[] slope, double[] sh, double[] ch) {
        if (linear) {
            cur[k] = g[k] * vm;
            return;
        }
        double h = dv * invV0;
        if (!(Math.abs(h) < 0.05)) {
            setCell(k, vm, cur, slope, sh, ch);
            return;
        }
        double h2 = h * h; // |h| < 0.05: the first omitted terms, h¹¹/11! and h¹⁰/10!, are below 1e-20
        // constant reciprocals, not divisions: a division per term would cost more than the exponential it replaces
        double sinhH = h * (1 + h2 * (1.0 / 6) * (1 + h2 * (1.0 / 20) * (1 + h2 * (1.0 / 42) * (1 + h2 * (1.0 / 72)))));
        double coshH = 1 + h2 * 0.5 * (1 + h2 * (1.0 / 12) * (1 + h2 * (1.0 / 30) * (1 + h2 * (1.0 / 56))));
        double s = sh[k] * coshH + ch[k] * sinhH;
        double c = ch[k] * coshH + sh[k] * sinhH;
        sh[k] = s;
        ch[k] = c;
        cur[k] = g[k] * v0 * s;
        slope[k] = g[k] * c;
    }

    /**
     * Z·c: for cell currents c (row node into column node), the drop of each row node below its driver and the rise
     * of each column node above its virtual ground. {@code tmp} is scratch.
     */
    void wireDrops(double[] c, double[] rowDrop, double[] colRise, double[] tmp) {
        if (rRow > 0) {
            for (int i = 0; i < rows; i++) {
                int base = i * cols;
                double s = 0;
                for (int j = cols - 1; j >= 0; j--) { // current of the segment feeding node j
                    s += c[base + j];
                    tmp[base + j] = s;
                }
                double d = 0;
                for (int j = 0; j < cols; j++) {
                    d += tmp[base + j];
                    rowDrop[base + j] = rRow * d;
                }
            }
        } else {
            java.util.Arrays.fill(rowDrop, 0, rows * cols, 0);
        }
        if (rCol > 0) {
            // current of the segment below node (i, j): Σ_{i' ≤ i} c(i', j), accumulated row by row (contiguous)
            for (int j = 0; j < cols; j++) tmp[j] = c[j];
            for (int i = 1; i < rows; i++) {
                int base = i * cols, prev = base - cols;
                for (int j = 0; j < cols; j++) tmp[base + j] = tmp[prev + j] + c[base + j];
            }
            int last = (rows - 1) * cols;
            for (int j = 0; j < cols; j++) colRise[last + j] = rCol * tmp[last + j];
            for (int i = rows - 2; i >= 0; i--) {
                int base = i * cols, next = base + cols;
                for (int j = 0; j < cols; j++) colRise[base + j] = colRise[next + j] + rCol * tmp[base + j];
            }
        } else {
            java.util.Arrays.fill(colRise, 0, rows * cols, 0);
        }
    }

    /**
     * Solves (1 + √D(Ra + Z)√D)·z = √D·F by conjugate gradients from z = 0 to a relative residual relTol into w[9], with w[10..16] as scratch.
     *
     * @return false when the iterations were not enough
     */
    private boolean conjugateGradients(double[] sq, double[] f, double[][] w, double relTol) {
        int n = rows * cols;
        double[] z = w[9], p = w[10], q = w[11], r = w[12], tmp = w[13], u = w[14], a = w[15], b = w[16];
        double rr = 0;
        for (int k = 0; k < n; k++) {
            double bk = sq[k] * f[k];
            r[k] = bk;
            p[k] = bk;
            z[k] = 0;
            rr += bk * bk;
        }
        double stop = relTol * relTol * rr;
        if (rr == 0) return true;
        for (int it = 0; it < MAX_CG_ITERATIONS; it++) {
            for (int k = 0; k < n; k++) u[k] = sq[k] * p[k];
            wireDrops(u, a, b, tmp);
            double pq = 0;
            for (int k = 0; k < n; k++) {
                double qk = p[k] + sq[k] * (ra * u[k] + a[k] + b[k]);
                q[k] = qk;
                pq += p[k] * qk;
            }
            double alpha = rr / pq, rrNew = 0;
            for (int k = 0; k < n; k++) {
                z[k] += alpha * p[k];
                r[k] -= alpha * q[k];
                rrNew += r[k] * r[k];
            }
            if (rrNew <= stop) return true;
            double beta = rrNew / rr;
            rr = rrNew;
            for (int k = 0; k < n; k++) p[k] = r[k] + beta * p[k];
        }
        return false;
    }
}
