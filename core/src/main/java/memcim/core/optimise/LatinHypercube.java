package memcim.core.optimise;

import java.util.SplittableRandom;

/**
 * Latin-hypercube points in the unit box: along every dimension the n points fall one in each of n equal strata (a
 * seeded permutation per dimension, uniform within the stratum), so a small population still covers every range.
 */
public final class LatinHypercube {
    private LatinHypercube() {}

    /** n points of d coordinates in [0, 1), drawn from {@code random}. */
    public static double[][] unitPoints(int n, int d, SplittableRandom random) {
        if (n < 1 || d < 1) throw new IllegalArgumentException("need n >= 1 points and d >= 1 dimensions, got " + n + ", " + d);
        double[][] points = new double[n][d];
        int[] order = new int[n];
        for (int j = 0; j < d; j++) {
            for (int i = 0; i < n; i++) order[i] = i;
            for (int i = n - 1; i > 0; i--) {
                int k = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[k];
                order[k] = t;
            }
            for (int i = 0; i < n; i++) points[i][j] = (order[i] + random.nextDouble()) / n;
        }
        return points;
    }
}
