package memcim.networks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import memcim.data.CodedSamples;
import org.junit.jupiter.api.Test;

class PredictionsTest {
    private record Codes(byte[] codes, int[] labels) implements CodedSamples {
        @Override public int width() { return 1; }
    }

    @Test
    void twoOpposedSamplesGiveTheClosedFormUncertainty() {
        // one input code x = 1 into a 1 → 2 layer; sample 0 logits (ln 3, 0) → p = (3/4, 1/4); sample 1 the mirror image.
        // mean (1/2, 1/2): U_p = ln 2; U_a = −(3/4 ln 3/4 + 1/4 ln 1/4); U_e = U_p − U_a
        NetworkShape shape = new NetworkShape(List.of(1, 2), 1, 1, 1);
        double l3 = Math.log(3);
        WeightSamples two = new WeightSamples(shape, new double[][] {{l3, 0}, {0, l3}});
        Predictions p = Predictions.of(two, new Codes(new byte[] {1}, new int[] {0}));
        double ua = -(0.75 * Math.log(0.75) + 0.25 * Math.log(0.25));
        assertEquals(0.5, p.confidence()[0], 1e-12);
        assertEquals(ua, p.aleatoric()[0], 1e-12);
        assertEquals(Math.log(2) - ua, p.epistemic()[0], 1e-12);
        WeightSamples one = new WeightSamples(shape, new double[][] {{l3, 0}});
        Predictions q = Predictions.of(one, new Codes(new byte[] {1}, new int[] {0}));
        assertEquals(0.75, q.confidence()[0], 1e-12);
        assertEquals(0, q.epistemic()[0], 1e-12);
        assertEquals(Math.log(2) - ua, p.epistemicDifference(q), 1e-12);
    }

    @Test
    void expectedCalibrationErrorOfHandCountedBins() {
        // bin [0.9, 1): confidences 0.95, 0.95, one right → |1/2 − 0.95| = 0.45 for half the samples;
        // bin [0.5, 0.6): 0.55, 0.55, both right → |1 − 0.55| = 0.45 for the other half; ECE = 0.45.
        // The fifth sample is of an unseen class (label 2 of 2 trained) and is left out.
        Predictions p = new Predictions(new int[] {0, 1, 0, 1, 0}, new double[] {0.95, 0.95, 0.55, 0.55, 0.99},
                new double[5], new double[5], new double[5][2]);
        assertEquals(0.45, Calibration.expectedError(p, new int[] {0, 0, 0, 1, 2}, 2, 10), 1e-12);
        Predictions perfect = new Predictions(new int[] {0, 1}, new double[] {1.0, 1.0}, new double[2], new double[2], new double[2][2]);
        assertEquals(0, Calibration.expectedError(perfect, new int[] {0, 1}, 2, 15), 1e-12);
    }
}
