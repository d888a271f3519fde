package memcim.transfer.plan;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.SplittableRandom;
import memcim.networks.Forward;
import memcim.networks.NetworkShape;
import org.junit.jupiter.api.Test;

class AssignmentTest {
    /** The least cost over all n! permutations, by enumeration (Heap's algorithm): an independent answer. */
    private static double bruteForce(double[][] c) {
        int n = c.length;
        int[] p = new int[n], k = new int[n];
        for (int i = 0; i < n; i++) p[i] = i;
        double best = cost(c, p);
        int i = 0;
        while (i < n) {
            if (k[i] < i) {
                int j = i % 2 == 0 ? 0 : k[i];
                int t = p[j];
                p[j] = p[i];
                p[i] = t;
                best = Math.min(best, cost(c, p));
                k[i]++;
                i = 0;
            } else {
                k[i] = 0;
                i++;
            }
        }
        return best;
    }

    private static double cost(double[][] c, int[] p) {
        double s = 0;
        for (int i = 0; i < p.length; i++) s += c[i][p[i]];
        return s;
    }

    @Test
    void hungarianFindsTheLeastCostOfEveryPermutation() {
        SplittableRandom rng = new SplittableRandom(4);
        for (int trial = 0; trial < 200; trial++) {
            int n = 1 + rng.nextInt(7);
            double[][] c = new double[n][n];
            for (double[] row : c) for (int j = 0; j < n; j++) row[j] = rng.nextInt(4) == 0 ? 1 : rng.nextDouble(); // ties too
            int[] p = Assignment.minimise(c);
            boolean[] used = new boolean[n];
            for (int v : p) {
                assertFalse(used[v], "a permutation");
                used[v] = true;
            }
            assertEquals(bruteForce(c), cost(c, p), 1e-12);
        }
    }

    @Test
    void chainsWithPermutedHiddenUnitsAreBroughtBackToChainZerosOrder() {
        // chain 1 is chain 0 with its 5 hidden units permuted (incoming columns and outgoing rows), plus small noise:
        // alignment must undo the permutation, and leave each draw's function unchanged
        NetworkShape shape = new NetworkShape(List.of(3, 5, 2), 6, 3, 8);
        SplittableRandom rng = new SplittableRandom(9);
        double[][][] draws = new double[2][40][shape.weights()];
        double[] centre = new double[shape.weights()];
        for (int i = 0; i < centre.length; i++) centre[i] = rng.nextGaussian();
        int[] perm = {3, 0, 4, 1, 2};
        for (int s = 0; s < 40; s++) {
            for (int i = 0; i < centre.length; i++) draws[0][s][i] = centre[i] + 0.01 * rng.nextGaussian();
            double[] other = new double[centre.length];
            for (int i = 0; i < centre.length; i++) other[i] = centre[i] + 0.01 * rng.nextGaussian();
            ChainAlignment.permuteUnits(shape, 0, perm, other);
            draws[1][s] = other;
        }
        double[][][] aligned = ChainAlignment.align(shape, draws);
        for (int s = 0; s < 40; s++)
            for (int i = 0; i < centre.length; i++) assertEquals(centre[i], aligned[1][s][i], 0.05, "weight " + i);
        assertArrayEquals(draws[0][7], aligned[0][7], 0, "chain 0 is the reference");
        Forward f = new Forward(shape, true);
        byte[] x = {20, 40, 63};
        f.run(draws[1][3], x, 0);
        double[] before = f.probs.clone();
        f.run(aligned[1][3], x, 0);
        assertArrayEquals(before, f.probs, 1e-12);
    }
}
