package memcim.hdl.periphery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import memcim.hdl.sim.Simulator;
import org.junit.jupiter.api.Test;

/** The hidden requantisation rounds to nearest, ties to even, like the network's training (Math.rint). */
class ClippedReluTest {

    /** The trained network's rule (bnn NetworkShape.hiddenCode), on the exact quotient x / 2^shift. */
    private static int trainedRule(long x, int shift, int outBits) {
        double v = Math.rint(x / Math.pow(2, shift));
        return (int) Math.max(0, Math.min((1L << outBits) - 1, v));
    }

    @Test
    void referenceIsTheTrainedNetworksRoundingForEveryInputAndShift() {
        for (int shift = 0; shift <= 8; shift++) {
            for (long x = -3000; x <= 3000; x++) {
                assertEquals(trainedRule(x, shift, 3), ClippedRelu.reference(x, shift, 3), "x " + x + ", shift " + shift);
            }
        }
    }

    @Test
    void hardwareMatchesTheReferenceOverTheWholeInputRange() {
        int width = 11;
        for (int shift : new int[] {0, 1, 3, 7}) {
            Simulator sim = new Simulator(new ClippedRelu(width, shift, 3));
            for (long x = -(1L << (width - 1)); x < (1L << (width - 1)); x++) {
                sim.poke("x", x);
                assertEquals(ClippedRelu.reference(x, shift, 3), sim.peek("y"), "x " + x + ", shift " + shift);
            }
        }
    }

    @Test
    void tiesGoToTheEvenCodeNotDown() {
        // shift 4: 2^4 per code, so x = 8, 24, 40 are the ties 0.5, 1.5, 2.5
        assertEquals(0, ClippedRelu.reference(8, 4, 3));
        assertEquals(2, ClippedRelu.reference(24, 4, 3));
        assertEquals(2, ClippedRelu.reference(40, 4, 3));
        assertEquals(1, ClippedRelu.reference(9, 4, 3), "just above a half rounds up, where floor gave 0");
        assertEquals(6, ClippedRelu.reference(6 * 16 + 8, 4, 3), "6.5 goes to the even 6");
        assertEquals(7, ClippedRelu.reference(7 * 16 + 8, 4, 3), "7.5 rounds to 8, clipped to the top code");
    }
}
