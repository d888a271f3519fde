package memcim.sbp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import memcim.device.NonlinearBoundedPulses;
import org.junit.jupiter.api.Test;

/** The rule and one parallel update on a 2 × 2 layer, worked by hand. */
class SignUpdateTest {
    /** Linear, noiseless: every SET +2 µS, every RESET −2 µS, within 10–100 µS; window 90 µS. */
    private static final NonlinearBoundedPulses LINEAR = new NonlinearBoundedPulses(10e-6, 100e-6, 2e-6, 2e-6, 0, 0, 0, 0);

    private static PulsedLayer twoByTwo() {
        PulsedLayer l = new PulsedLayer(2, 2, LINEAR, null, 0, Long.MAX_VALUE, new SplittableRandom(1));
        // rows: input 0, input 1, bias; columns: neuron 0, neuron 1 (G+ and G- per weight, µS)
        l.program(new double[] {55e-6, 40e-6, 70e-6, 20e-6, 50e-6, 50e-6},
                new double[] {46e-6, 58e-6, 25e-6, 65e-6, 41e-6, 50e-6});
        return l;
    }

    @Test
    void forwardAndBackwardReadsAreTheWeightSumsByHand() {
        PulsedLayer l = twoByTwo();
        // w = (G+ − G−)/90 µS: row 0 (0.1, −0.2), row 1 (0.5, −0.5), bias (0.1, 0)
        double[] out = new double[2];
        l.forward(new byte[] {1, 0}, 0, out);
        // input 0 and the bias line: (0.1 + 0.1, −0.2 + 0)
        assertArrayEquals(new double[] {0.2, -0.2}, out, 1e-12);
        l.forward(new byte[] {1, 1}, 0, out);
        assertArrayEquals(new double[] {0.7, -0.7}, out, 1e-12);
        // transposed: δ = (+1, −1) on the bit lines; word-line currents of the inputs: 0.1 + 0.2, 0.5 + 0.5
        double[] back = new double[2];
        l.backward(new byte[] {1, -1}, back);
        assertArrayEquals(new double[] {0.3, 1.0}, back, 1e-12);
    }

    @Test
    void oneParallelUpdatePulsesExactlyWhereAnInputBitMeetsAnError() {
        PulsedLayer l = twoByTwo();
        // x = (1, 0), δ = (−1, +1): neuron 0 is raised (SET G+, RESET G−), neuron 1 lowered (RESET G+, SET G−), on
        // word line 0 and the bias line; word line 1 is not driven and keeps its cells
        l.update(new byte[] {1, 0}, 0, new byte[] {-1, 1}, 1);
        double[] g = l.conductances();
        assertArrayEquals(new double[] {57e-6, 38e-6, 70e-6, 20e-6, 52e-6, 48e-6}, java.util.Arrays.copyOfRange(g, 0, 6), 1e-18, "G+");
        assertArrayEquals(new double[] {44e-6, 60e-6, 25e-6, 65e-6, 39e-6, 52e-6}, java.util.Arrays.copyOfRange(g, 6, 12), 1e-18, "G−");
        // each weight moved by 4/90: row 0 (0.1 + 0.0444, −0.2 − 0.0444), bias (0.1 + 0.0444, −0.0444)
        assertEquals(0.1 + 4.0 / 90, l.w[0], 1e-12);
        assertEquals(-0.2 - 4.0 / 90, l.w[1], 1e-12);
        assertEquals(0.5, l.w[2], 1e-12);
        assertEquals(-4.0 / 90, l.w[5], 1e-12);
        // four cells SET and four RESET: (2 driven lines) × (2 neurons) × (one SET and one RESET per pair)
        assertEquals(4, l.sets());
        assertEquals(4, l.resets());
    }

    @Test
    void twoPulsesPerUpdateAndTheBoundsHold() {
        PulsedLayer l = twoByTwo();
        l.update(new byte[] {0, 1}, 0, new byte[] {-1, 0}, 2);
        double[] g = l.conductances();
        // word line 1, neuron 0: 70 + 4, 25 − 4; neuron 1 has no error
        assertEquals(74e-6, g[2], 1e-18);
        assertEquals(21e-6, g[6 + 2], 1e-18);
        assertEquals(20e-6, g[3], 1e-18);
        for (int k = 0; k < 30; k++) l.update(new byte[] {0, 1}, 0, new byte[] {-1, 0}, 2);
        g = l.conductances();
        assertEquals(100e-6, g[2], 0, "SETs stop at the upper bound");
        assertEquals(10e-6, g[6 + 2], 0, "RESETs at the lower one");
    }

    @Test
    void theRuleIsAHingeOnTheOutputsAndADeadZoneOnTheHiddenErrors() {
        SignRule r = new SignRule(2, 6, 0.25, 1);
        assertEquals(-1, r.outputError(1.9, true), "the label's neuron below the margin is raised");
        assertEquals(0, r.outputError(2.1, true));
        assertEquals(1, r.outputError(-1.9, false), "another neuron above −margin is lowered");
        assertEquals(0, r.outputError(-2.1, false));
        assertEquals(1, r.hiddenError(0.3, 5.9));
        assertEquals(-1, r.hiddenError(-0.3, -5.9));
        assertEquals(0, r.hiddenError(0.2, 0), "inside the dead zone");
        assertEquals(0, r.hiddenError(3, 6.1), "outside the straight-through window");
    }
}
