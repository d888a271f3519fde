package memcim.device.array;

import java.util.ArrayList;
import java.util.List;

/**
 * An independent, deliberately plain solver of the same crossbar circuit for tests: every element is a two-terminal
 * branch between explicit nodes (an internal node between access resistor and memristor), 0 Ω segments merged by
 * union-find, and Newton's method on the dense nodal matrix with Gaussian elimination. Slow, but shares no code
 * with {@link FastArrayModel}.
 */
final class DenseReferenceSolver {
    private record Branch(int a, int b, double g, boolean memristor) {}

    private final List<Branch> branches = new ArrayList<>();
    private final int[] parent;
    private int count;

    private DenseReferenceSolver(int capacity) {
        parent = new int[capacity];
        for (int k = 0; k < capacity; k++) parent[k] = k;
    }

    private int node() { return count++; }

    private int find(int k) { return parent[k] == k ? k : (parent[k] = find(parent[k])); }

    private void resistor(int a, int b, double ohms) {
        if (ohms == 0) parent[find(a)] = find(b);
        else branches.add(new Branch(a, b, 1 / ohms, false));
    }

    static double[] columnCurrents(CrossbarReadSpec s) {
        int rows = s.rows(), cols = s.cols();
        DenseReferenceSolver c = new DenseReferenceSolver(4 * rows * cols + rows + cols + 1);
        int ground = c.node();
        int[] driver = new int[rows];
        for (int i = 0; i < rows; i++) driver[i] = c.node();
        int[][] r = new int[rows][cols], col = new int[rows][cols];
        for (int i = 0; i < rows; i++) for (int j = 0; j < cols; j++) { r[i][j] = c.node(); col[i][j] = c.node(); }
        int[] sense = new int[cols];
        for (int j = 0; j < cols; j++) sense[j] = c.node();
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                c.resistor(j == 0 ? driver[i] : r[i][j - 1], r[i][j], s.rowSegmentOhms());
                c.resistor(col[i][j], i + 1 < rows ? col[i + 1][j] : sense[j], s.colSegmentOhms());
                int top = r[i][j];
                if (s.cellType() == CellType.ONE_T_ONE_R) {
                    int m = c.node();
                    c.resistor(r[i][j], m, s.accessOnOhms());
                    top = m;
                }
                c.branches.add(new Branch(top, col[i][j], s.conductance(i, j), true));
            }
        }
        for (int j = 0; j < cols; j++) c.resistor(sense[j], ground, 0); // virtual ground
        // fixed nodes: ground and drivers; everything else unknown
        int n = c.count;
        double[] known = new double[n];
        boolean[] fixed = new boolean[n];
        fixed[c.find(ground)] = true;
        for (int i = 0; i < rows; i++) {
            fixed[c.find(driver[i])] = true;
            known[c.find(driver[i])] = s.rowVolt(i);
        }
        int[] index = new int[n];
        int m = 0;
        for (int k = 0; k < n; k++) index[k] = (c.find(k) == k && !fixed[k]) ? m++ : -1;
        double[] x = new double[m];
        double v0 = s.nonlinearityVolts();
        for (int it = 0; it < 200; it++) {
            double[][] a = new double[m][m + 1];
            for (Branch b : c.branches) {
                int p = c.find(b.a), q = c.find(b.b);
                double vp = index[p] >= 0 ? x[index[p]] : known[p], vq = index[q] >= 0 ? x[index[q]] : known[q];
                double v = vp - vq, i, d;
                if (b.memristor && v0 != Double.POSITIVE_INFINITY) {
                    i = b.g * v0 * Math.sinh(v / v0);
                    d = b.g * Math.cosh(v / v0);
                } else {
                    i = b.g * v;
                    d = b.g;
                }
                if (index[p] >= 0) { a[index[p]][m] -= i; a[index[p]][index[p]] += d; }
                if (index[q] >= 0) { a[index[q]][m] += i; a[index[q]][index[q]] += d; }
                if (index[p] >= 0 && index[q] >= 0) { a[index[p]][index[q]] -= d; a[index[q]][index[p]] -= d; }
            }
            double[] dx = gauss(a, m);
            double step = 0;
            for (int k = 0; k < m; k++) { x[k] += dx[k]; step = Math.max(step, Math.abs(dx[k])); }
            if (step < 1e-15) break;
        }
        // column current: sum of the currents of every branch entering the sense node (merged with ground)
        double[] out = new double[cols];
        for (int j = 0; j < cols; j++) {
            if (s.colSegmentOhms() > 0) {
                int p = c.find(col[rows - 1][j]);
                out[j] = (index[p] >= 0 ? x[index[p]] : known[p]) / s.colSegmentOhms();
            } else {
                for (Branch b : c.branches) {
                    if (!b.memristor || !isColumn(col, b.b, j)) continue;
                    int p = c.find(b.a);
                    double v = index[p] >= 0 ? x[index[p]] : known[p];
                    out[j] += v0 == Double.POSITIVE_INFINITY ? b.g * v : b.g * v0 * Math.sinh(v / v0);
                }
            }
        }
        return out;
    }

    private static boolean isColumn(int[][] col, int node, int j) {
        for (int[] row : col) if (row[j] == node) return true;
        return false;
    }

    private static double[] gauss(double[][] a, int m) {
        for (int p = 0; p < m; p++) {
            int best = p;
            for (int r = p + 1; r < m; r++) if (Math.abs(a[r][p]) > Math.abs(a[best][p])) best = r;
            double[] t = a[p]; a[p] = a[best]; a[best] = t;
            for (int r = p + 1; r < m; r++) {
                double f = a[r][p] / a[p][p];
                if (f == 0) continue;
                for (int k = p; k <= m; k++) a[r][k] -= f * a[p][k];
            }
        }
        double[] x = new double[m];
        for (int p = m - 1; p >= 0; p--) {
            double s = a[p][m];
            for (int k = p + 1; k < m; k++) s -= a[p][k] * x[k];
            x[p] = s / a[p][p];
        }
        return x;
    }
}
