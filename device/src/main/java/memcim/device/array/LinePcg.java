package memcim.device.array;

/**
 * Preconditioned conjugate gradients for the crossbar's nodal matrix in the line numbering
 * ({@link CrossbarLayout#lines}). The preconditioner is a symmetric block Gauss-Seidel sweep over whole wires:
 * every row wire is a tridiagonal system (its segments plus the cells hanging from it), every column wire too, and
 * one sweep solves rows, then columns with the rows' new voltages, then rows again. Wires are far more conductive
 * than cells, so the cell couplings the blocks leave out are weak and few iterations are needed; when one wire
 * kind is merged (0 Ω) the sweep is exact and one iteration solves the system. Each iteration costs O(rows·cols).
 */
final class LinePcg {
    private final CrossbarLayout l;
    private final double[] slope;
    /** 1 / pivot of each row wire's LDLᵀ, at [i·cols + j]. */
    private final double[] rowPivot;
    /** 1 / pivot of each column wire's LDLᵀ, at [j·rows + i]. */
    private final double[] colPivot;

    /** @param cellSlopes dI/dV of each cell at [i·cols + j] */
    LinePcg(CrossbarLayout layout, double[] cellSlopes) {
        l = layout;
        slope = cellSlopes;
        rowPivot = l.rowWire ? new double[l.rows * l.cols] : null;
        colPivot = l.colWire ? new double[l.rows * l.cols] : null;
        // LDLᵀ of each tridiagonal wire matrix: only the inverse pivots are stored, the off-diagonal is the constant −g
        if (l.rowWire) {
            for (int i = 0; i < l.rows; i++) {
                double prev = 0;
                for (int j = 0; j < l.cols; j++) {
                    double d = l.gRow * (j + 1 < l.cols ? 2 : 1) + slope[l.cell(i, j)];
                    if (j > 0) d -= l.gRow * l.gRow / prev;
                    rowPivot[i * l.cols + j] = 1 / d;
                    prev = d;
                }
            }
        }
        if (l.colWire) {
            for (int j = 0; j < l.cols; j++) {
                double prev = 0;
                for (int i = 0; i < l.rows; i++) {
                    double d = l.gCol * (i > 0 ? 2 : 1) + slope[l.cell(i, j)];
                    if (i > 0) d -= l.gCol * l.gCol / prev;
                    colPivot[j * l.rows + i] = 1 / d;
                    prev = d;
                }
            }
        }
    }

    /** y = A·x. */
    void multiply(double[] x, double[] y) {
        int rows = l.rows, cols = l.cols, cb = l.colBase();
        boolean both = l.rowWire && l.colWire;
        if (l.rowWire) {
            double g = l.gRow;
            for (int i = 0; i < rows; i++) {
                int base = i * cols;
                for (int j = 0; j < cols; j++) {
                    int k = base + j;
                    double v = x[k];
                    double s = g * (j + 1 < cols ? 2 * v - x[k + 1] : v);
                    if (j > 0) s -= g * x[k - 1];
                    s += slope[k] * (both ? v - x[cb + j * rows + i] : v);
                    y[k] = s;
                }
            }
        }
        if (l.colWire) {
            double g = l.gCol;
            for (int j = 0; j < cols; j++) {
                int base = cb + j * rows;
                for (int i = 0; i < rows; i++) {
                    int k = base + i;
                    double v = x[k];
                    double s = g * (i > 0 ? 2 * v - x[k - 1] : v);
                    if (i + 1 < rows) s -= g * x[k + 1];
                    int c = i * cols + j;
                    s += slope[c] * (both ? v - x[c] : v);
                    y[k] = s;
                }
            }
        }
    }

    /** z = M⁻¹·r, the symmetric line Gauss-Seidel sweep. */
    void precondition(double[] r, double[] z) {
        if (l.rowWire) solveRows(r, z, null);
        if (l.colWire) solveCols(r, z, l.rowWire ? z : null);
        if (l.rowWire && l.colWire) solveRows(r, z, z);
    }

    /** z_rows = T_rows⁻¹ (r_rows + S·z_cols) (z_cols ignored when null). */
    private void solveRows(double[] r, double[] z, double[] colValues) {
        int rows = l.rows, cols = l.cols, cb = l.colBase();
        double g = l.gRow;
        for (int i = 0; i < rows; i++) {
            int base = i * cols;
            double prev = 0;
            for (int j = 0; j < cols; j++) { // forward: L y = b
                int k = base + j;
                double b = r[k];
                if (colValues != null) b += slope[k] * colValues[cb + j * rows + i];
                double y = j > 0 ? b + g * prev * rowPivot[k - 1] : b;
                z[k] = y;
                prev = y;
            }
            double next = 0;
            for (int j = cols - 1; j >= 0; j--) { // backward: D Lᵀ x = y
                int k = base + j;
                double x = (z[k] + (j + 1 < cols ? g * next : 0)) * rowPivot[k];
                z[k] = x;
                next = x;
            }
        }
    }

    /** z_cols = T_cols⁻¹ (r_cols + S·z_rows) (z_rows ignored when null). */
    private void solveCols(double[] r, double[] z, double[] rowValues) {
        int rows = l.rows, cols = l.cols, cb = l.colBase();
        double g = l.gCol;
        for (int j = 0; j < cols; j++) {
            int base = cb + j * rows;
            double prev = 0;
            for (int i = 0; i < rows; i++) {
                int k = base + i;
                double b = r[k];
                if (rowValues != null) b += slope[i * cols + j] * rowValues[i * cols + j];
                double y = i > 0 ? b + g * prev * colPivot[j * rows + i - 1] : b;
                z[k] = y;
                prev = y;
            }
            double next = 0;
            for (int i = rows - 1; i >= 0; i--) {
                int k = base + i;
                double x = (z[k] + (i + 1 < rows ? g * next : 0)) * colPivot[j * rows + i];
                z[k] = x;
                next = x;
            }
        }
    }

    /**
     * Solves A·x = b (x holds the start and receives the solution) to ‖r‖₂ ≤ relTol·‖b‖₂.
     *
     * @return iterations used, or −1 when {@code maxIterations} were not enough
     */
    int solve(double[] b, double[] x, double relTol, int maxIterations) {
        int n = b.length;
        double[] r = new double[n], z = new double[n], p = new double[n], q = new double[n];
        multiply(x, q);
        double bb = 0, rr = 0;
        for (int k = 0; k < n; k++) {
            r[k] = b[k] - q[k];
            bb += b[k] * b[k];
            rr += r[k] * r[k];
        }
        double stop = relTol * relTol * bb;
        if (rr <= stop) return 0;
        precondition(r, z);
        double rz = 0;
        for (int k = 0; k < n; k++) { p[k] = z[k]; rz += r[k] * z[k]; }
        for (int it = 1; it <= maxIterations; it++) {
            multiply(p, q);
            double pq = 0;
            for (int k = 0; k < n; k++) pq += p[k] * q[k];
            double alpha = rz / pq;
            rr = 0;
            for (int k = 0; k < n; k++) {
                x[k] += alpha * p[k];
                r[k] -= alpha * q[k];
                rr += r[k] * r[k];
            }
            if (rr <= stop) return it;
            precondition(r, z);
            double rzNew = 0;
            for (int k = 0; k < n; k++) rzNew += r[k] * z[k];
            double beta = rzNew / rz;
            rz = rzNew;
            for (int k = 0; k < n; k++) p[k] = z[k] + beta * p[k];
        }
        return -1;
    }
}
