package memcim.transfer.mcmc;

import static org.junit.jupiter.api.Assertions.*;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** R̂ and ESS against series whose answers are known. */
class DiagnosticsTest {
    /** An AR(1) series x_t = φ·x_{t−1} + √(1−φ²)·ε_t, stationary N(0, 1) from its first value. */
    static double[][] ar1(double phi, int chains, int n, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] x = new double[chains][n];
        for (double[] c : x) {
            c[0] = Gaussian.next(rng);
            for (int t = 1; t < n; t++) c[t] = phi * c[t - 1] + Math.sqrt(1 - phi * phi) * Gaussian.next(rng);
        }
        return x;
    }

    @Test
    void effectiveSampleSizeOfAnAr1SeriesIsNTimesOneMinusPhiOverOnePlusPhi() {
        // integrated autocorrelation time of AR(1): 1 + 2·Σ φ^t = (1 + φ)/(1 − φ)
        for (double phi : new double[] {0.0, 0.5, 0.9}) {
            double ess = Diagnostics.effectiveSampleSize(ar1(phi, 4, 100_000, 1));
            double expected = 400_000 * (1 - phi) / (1 + phi);
            assertEquals(expected, ess, 0.1 * expected, "phi " + phi);
        }
    }

    @Test
    void rhatIsOneForAgreeingChainsAndLargeForOneThatSitsElsewhere() {
        double[][] x = ar1(0.3, 4, 2000, 2);
        assertEquals(1.0, Diagnostics.splitRhat(x), 0.01);
        for (int t = 0; t < x[3].length; t++) x[3][t] += 1;
        assertTrue(Diagnostics.splitRhat(x) > 1.1, "shifted chain");
    }

    @Test
    void splitRhatSeesAChainThatDriftsEvenWhenAllChainsDriftAlike() {
        double[][] x = ar1(0.3, 4, 2000, 3);
        for (double[] c : x) for (int t = 0; t < c.length; t++) c[t] += 3.0 * t / c.length;
        assertTrue(Diagnostics.splitRhat(x) > 1.1, "R-hat " + Diagnostics.splitRhat(x));
    }

    @Test
    void autocovarianceByFftEqualsTheDirectSum() {
        double[] x = ar1(0.7, 1, 300, 4)[0];
        double mean = Diagnostics.mean(x);
        double[] fft = Autocovariance.of(x, mean);
        for (int t : new int[] {0, 1, 2, 17, 299}) {
            double direct = 0;
            for (int i = 0; i + t < x.length; i++) direct += (x[i] - mean) * (x[i + t] - mean);
            assertEquals(direct / x.length, fft[t], 1e-10, "lag " + t);
        }
    }
}
