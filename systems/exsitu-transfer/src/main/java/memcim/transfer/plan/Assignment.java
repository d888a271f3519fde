package memcim.transfer.plan;

import java.util.Arrays;

/**
 * The assignment problem: the permutation p minimising Σ_i cost[i][p[i]] of a square cost matrix, by the Hungarian
 * method with row and column potentials (Kuhn–Munkres, O(n³)). Small matrices only (the hidden units of one layer).
 */
final class Assignment {
    private Assignment() {}

    /** @return p with p[i] the column assigned to row i */
    static int[] minimise(double[][] cost) {
        int n = cost.length;
        for (double[] row : cost)
            if (row.length != n) throw new IllegalArgumentException("a square cost matrix, found a row of " + row.length + " for " + n + " rows");
        // 1-based arrays: index 0 is the virtual column the augmenting path starts from
        double[] u = new double[n + 1], v = new double[n + 1];
        int[] rowOfColumn = new int[n + 1], way = new int[n + 1];
        for (int i = 1; i <= n; i++) {
            rowOfColumn[0] = i;
            int column = 0;
            double[] least = new double[n + 1];
            boolean[] used = new boolean[n + 1];
            Arrays.fill(least, Double.POSITIVE_INFINITY);
            do {
                used[column] = true;
                int row = rowOfColumn[column], next = 0;
                double delta = Double.POSITIVE_INFINITY;
                for (int j = 1; j <= n; j++) {
                    if (used[j]) continue;
                    double reduced = cost[row - 1][j - 1] - u[row] - v[j];
                    if (reduced < least[j]) {
                        least[j] = reduced;
                        way[j] = column;
                    }
                    if (least[j] < delta) {
                        delta = least[j];
                        next = j;
                    }
                }
                for (int j = 0; j <= n; j++) {
                    if (used[j]) {
                        u[rowOfColumn[j]] += delta;
                        v[j] -= delta;
                    } else {
                        least[j] -= delta;
                    }
                }
                column = next;
            } while (rowOfColumn[column] != 0);
            do {
                int previous = way[column];
                rowOfColumn[column] = rowOfColumn[previous];
                column = previous;
            } while (column != 0);
        }
        int[] p = new int[n];
        for (int j = 1; j <= n; j++) p[rowOfColumn[j] - 1] = j - 1;
        return p;
    }
}
