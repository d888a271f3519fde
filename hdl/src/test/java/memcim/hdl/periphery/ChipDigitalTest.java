package memcim.hdl.periphery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ChipDigitalTest {
    private static int[] features(long seed, ChipConfig c) {
        SplittableRandom r = new SplittableRandom(seed);
        int[] x = new int[c.inputs()];
        for (int i = 0; i < x.length; i++) x[i] = r.nextInt(1 << c.bits());
        return x;
    }

    @Test
    void simulatedChipComputesWhatTheSoftwareReferenceComputes() {
        ChipConfig c = ChipConfig.reference().withSamples(3).withAdcBits(6);
        ChipSession session = new ChipSession(new ChipDigital(c));
        for (int trial = 0; trial < 3; trial++) {
            IntegerArray array = new IntegerArray(c, 100 + trial, 3);
            int[] x = features(trial, c);
            InferenceResult hw = session.infer(x, array);
            InferenceResult sw = ChipReference.infer(c, x, array);
            assertTrue(hw.sameOutputs(sw), "trial " + trial + ": hardware " + hw + " vs reference " + sw);
            assertTrue(hw.up() > 0, "a non-degenerate prediction: " + hw);
        }
    }

    @Test
    void inferenceTakesThePredictedNumberOfCycles() {
        ChipConfig c = ChipConfig.reference().withSamples(2).withAdcBits(5);
        ChipSession session = new ChipSession(new ChipDigital(c));
        InferenceResult hw = session.infer(features(1, c), new IntegerArray(c, 5, 2));
        long predicted = InferenceController.cyclesPerInference(c.hidden(), c.classes(), c.samples(), c.bits(), c.adcBits(),
                3 * c.classes() + SoftmaxEntropy.DIV_WIDTH + 3, c.classes() + 2);
        assertEquals(predicted, hw.cycles());
    }
}
