package memcim.hdl.periphery;

import java.util.SplittableRandom;
import memcim.hdl.spec.ChipSpec;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChipDigitalTest {
    private static int[] features(long seed, PeripheryConfig c) {
        SplittableRandom r = new SplittableRandom(seed);
        int[] x = new int[c.inputs()];
        for (int i = 0; i < x.length; i++) x[i] = r.nextInt(1 << c.bits());
        return x;
    }

    @Test
    void simulatedChipComputesWhatTheSoftwareReferenceComputes() {
        PeripheryConfig c = ChipSpec.reference().periphery().withSamples(3).withAdcBits(6);
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
        PeripheryConfig c = ChipSpec.reference().periphery().withSamples(2).withAdcBits(5);
        ChipSession session = new ChipSession(new ChipDigital(c));
        InferenceResult hw = session.infer(features(1, c), new IntegerArray(c, 5, 2));
        assertEquals(c.timing().inferenceCycles(), hw.cycles());
        // by hand, 16 + 9 neurons, 3 phases, 5-bit ADC: read 1 + 6 = 7, phase 2·7 + 1 = 15, neuron 1 + 3·15 + 1 = 47,
        // softmax 3·9 + 20 = 47, sample 25·47 + 1 + 47 = 1223, inference 1 + 2·1223 + 1 + (9 + 2) + 1 = 2460
        assertEquals(2460, hw.cycles());
    }
}
