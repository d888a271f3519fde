package memcim.networks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class UncertaintyTest {
    @Test
    void predictiveIsAleatoricPlusEpistemicAndEpistemicIsNonNegative() {
        SplittableRandom rng = new SplittableRandom(9);
        double[] mean = new double[9];
        for (int trial = 0; trial < 2000; trial++) {
            int m = 1 + rng.nextInt(60);
            double[][] p = new double[m][9];
            double sharp = rng.nextDouble(0.1, 20);
            for (double[] row : p) {
                double sum = 0;
                for (int c = 0; c < 9; c++) sum += row[c] = Math.exp(sharp * rng.nextGaussian());
                for (int c = 0; c < 9; c++) row[c] /= sum;
            }
            Uncertainty u = Uncertainty.of(p, m, mean);
            assertTrue(u.epistemic() >= 0);
            assertTrue(u.aleatoric() >= 0 && u.predictive() <= Math.log(9) + 1e-12);
            assertEquals(u.predictive(), u.aleatoric() + u.epistemic(), 1e-12);
        }
    }

    @Test
    void identicalSamplesHaveNoEpistemicUncertainty() {
        double[] row = {0.5, 0.25, 0.25};
        Uncertainty u = Uncertainty.of(new double[][] {row, row.clone(), row.clone()}, 3, new double[3]);
        assertEquals(0, u.epistemic(), 1e-15);
        assertEquals(-(0.5 * Math.log(0.5) + 0.5 * Math.log(0.25)), u.aleatoric(), 1e-12);
        assertEquals(0, u.prediction());
    }

    @Test
    void disagreeingConfidentSamplesAreEpistemic() {
        Uncertainty u = Uncertainty.of(new double[][] {{1, 0}, {0, 1}}, 2, new double[2]);
        assertEquals(0, u.aleatoric(), 1e-15);
        assertEquals(Math.log(2), u.epistemic(), 1e-15);
    }

    @Test
    void aurocOfSeparatedTiedAndMixedScores() {
        assertEquals(1.0, Auroc.of(new double[] {3, 4}, new double[] {1, 2}));
        assertEquals(0.0, Auroc.of(new double[] {1, 2}, new double[] {3, 4}));
        assertEquals(0.5, Auroc.of(new double[] {0, 0, 0}, new double[] {0, 0}));
        // pairs (pos, neg): (2,1) win, (2,3) loss, (2,2) tie, (4,·) three wins → (4 + 0.5) / 6
        assertEquals(4.5 / 6, Auroc.of(new double[] {2, 4}, new double[] {1, 2, 3}), 1e-15);
    }
}
