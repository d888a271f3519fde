package memcim.transfer.mixture;

import static org.junit.jupiter.api.Assertions.*;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** EM and BIC on draws of known mixtures. */
class MixtureFitTest {
    static double gaussian(SplittableRandom rng) {
        double u = rng.nextDouble(), v = rng.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - u)) * Math.cos(2 * Math.PI * v);
    }

    static double[] draws(int n, long seed, double[] w, double[] mu, double[] sd) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            double u = rng.nextDouble();
            int k = 0;
            for (double c = w[0]; u >= c && k < w.length - 1; c += w[++k]) { }
            x[i] = mu[k] + sd[k] * gaussian(rng);
        }
        return x;
    }

    @Test
    void aKnownTwoComponentMixtureIsRecoveredAndBicChoosesTwo() {
        double[] x = draws(10_000, 1, new double[] {0.3, 0.7}, new double[] {-2, 1.5}, new double[] {0.5, 0.8});
        GaussianMixture g = MixtureFit.defaults().select(x, 4, 7);
        assertEquals(2, g.components(), g.describe());
        // Monte-Carlo error of each estimate is below 0.01 at n = 10,000 (0.014 for a mean of 3,000 draws of sd 0.8); 0.03 leaves room for EM's own bias
        assertEquals(0.3, g.weights()[0], 0.02);
        assertEquals(-2, g.means()[0], 0.03);
        assertEquals(1.5, g.means()[1], 0.03);
        assertEquals(0.5, g.sigmas()[0], 0.03);
        assertEquals(0.8, g.sigmas()[1], 0.03);
        assertEquals(0.3 * -2 + 0.7 * 1.5, g.mean(), 0.03);
    }

    @Test
    void oneGaussianStaysOneComponent() {
        double[] x = draws(5_000, 2, new double[] {1}, new double[] {0.4}, new double[] {0.1});
        GaussianMixture g = MixtureFit.defaults().select(x, 4, 7);
        assertEquals(1, g.components(), g.describe());
        assertEquals(0.4, g.means()[0], 0.01);
        assertEquals(0.1, g.sigmas()[0], 0.01);
    }

    @Test
    void theSameSeedGivesTheSameMixture() {
        double[] x = draws(2_000, 3, new double[] {0.5, 0.5}, new double[] {0, 1}, new double[] {0.3, 0.3});
        assertEquals(MixtureFit.defaults().select(x, 3, 5), MixtureFit.defaults().select(x, 3, 5));
    }

    @Test
    void componentDrawsFollowTheWeights() {
        GaussianMixture g = new GaussianMixture(new double[] {0.2, 0.5, 0.3}, new double[] {0, 1, 2},
                new double[] {1, 1, 1}, 0, 10);
        SplittableRandom rng = new SplittableRandom(4);
        int[] counts = new int[3];
        for (int i = 0; i < 100_000; i++) counts[g.drawComponent(rng)]++;
        assertEquals(20_000, counts[0], 600);
        assertEquals(50_000, counts[1], 600);
        assertEquals(30_000, counts[2], 600);
    }
}
