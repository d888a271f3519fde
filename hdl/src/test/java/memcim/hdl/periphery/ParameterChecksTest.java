package memcim.hdl.periphery;

import memcim.core.InputException;
import memcim.hdl.spec.ChipSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Periphery modules reject parameters they cannot build, naming the module and the bad value. */
class ParameterChecksTest {
    private static void fails(Executable e, String... fragments) {
        InputException x = assertThrows(InputException.class, e);
        for (String f : fragments) assertTrue(x.getMessage().contains(f), "'" + f + "' in: " + x.getMessage());
    }

    @Test void lfsrWidth() { fails(() -> new Lfsr(12, 1), "lfsr width", "8, 16, 24 or 32", "12"); }
    @Test void lfsrSeed() { fails(() -> new Lfsr(8, 0), "lfsr seed", "nonzero 8-bit"); }
    @Test void decoderLines() { fails(() -> new Decoder(3, 32), "decoder", "addressable", "3 bits for 32 lines"); }
    @Test void sequencerBits() { fails(() -> new BitSerialSequencer(32, 4), "bit-serial sequencer", "1..3 bits", "32 inputs of 4 bits"); }
    @Test void sarBits() { fails(() -> new SarAdcLogic(1), "SAR ADC", "2..16 bits", "1"); }
    @Test void shiftAddWidth() { fails(() -> new ShiftAdd(9, 10), "shift-add", "wider than W+2", "10"); }
    @Test void reluShift() { fails(() -> new ClippedRelu(8, 7, 3), "clipped ReLU", "shift 7"); }
    @Test void expStep() { fails(() -> new ExpRom(0), "exp table step", "1..8000"); }
    @Test void dividerWidth() { fails(() -> new Divider(63), "divider", "2..62 bits", "63"); }
    @Test void softmaxClasses() { fails(() -> new SoftmaxEntropy(16, 13, 4, 250), "softmax", "2..15 classes", "16"); }
    @Test void softmaxLogits() { fails(() -> new SoftmaxEntropy(9, 6, 4, 250), "softmax", "8..32-bit logits", "6 bits"); }
    @Test void accumulator() { fails(() -> new SampleAccumulator(9, 12), "sample accumulator", "13..32-bit sums"); }
    @Test void uncertaintySamples() { fails(() -> new UncertaintyUnit(9, 256, 24), "uncertainty unit", "1..255 samples", "256"); }
    @Test void controller() { fails(() -> new InferenceController(17, 9, 50, 3), "controller", "2..16 hidden", "17/9/50/3"); }
    @Test void chipInputs() { fails(() -> new ChipDigital(new PeripheryConfig(8, 16, 9, 2, 3, 8, 6, 4, 250)), "chip", "inputs >= hidden", "8"); }

    @Test
    void featuresOutOfRange() {
        ChipSession s = new ChipSession(new ChipDigital(ChipSpec.reference().periphery().withSamples(1)));
        fails(() -> s.loadFeatures(new int[31]), "features", "32 values", "31 values");
        int[] x = new int[32];
        x[5] = 8;
        fails(() -> s.loadFeatures(x), "features[5]", "0..7", "8");
    }
}
