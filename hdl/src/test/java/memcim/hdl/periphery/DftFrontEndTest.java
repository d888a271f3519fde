package memcim.hdl.periphery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import memcim.hdl.sim.Simulator;
import org.junit.jupiter.api.Test;

/** The DFT front end, simulated, against its integer reference and the DFT's closed form. */
class DftFrontEndTest {
    private static final int N = 252, K = 32, S = 12, T = 10;

    @Test
    void simulatedBinsEqualTheReferenceBitForBit() {
        long[] x = window(new SplittableRandom(5));
        Simulator sim = new Simulator(new DftFrontEnd(N, K, S, T), Simulator.Engine.COMPILED);
        load(sim, x);
        long[][] expected = DftFrontEnd.reference(x, K, T);
        sim.poke("start", 1);
        sim.step();
        sim.poke("start", 0);
        int seen = 0;
        long cycles = 1;
        while (seen < K) {
            sim.step();
            cycles++;
            if (sim.peek("valid") == 1) {
                int k = (int) sim.peek("bin");
                assertEquals(seen, k);
                assertEquals(expected[k][0], sim.peekSigned("re"), "re of bin " + (k + 1));
                assertEquals(expected[k][1], sim.peekSigned("im"), "im of bin " + (k + 1));
                seen++;
            }
            assertTrue(cycles < 2 * DftFrontEnd.cycles(N, K), "every bin done in N cycles");
        }
        assertEquals(DftFrontEnd.cycles(N, K), cycles, "N cycles per bin plus the start edge");
        sim.step();
        assertEquals(0, sim.peek("busy"));
    }

    @Test
    void referenceIsTheDftOfTheWindowWithinTheTwiddleRounding() {
        long[] x = window(new SplittableRandom(9));
        long[][] bins = DftFrontEnd.reference(x, K, T);
        double full = (1 << (T - 1)) - 1;
        double sumAbs = 0;
        for (long v : x) sumAbs += Math.abs(v);
        for (int k = 0; k < K; k++) {
            double re = 0, im = 0;
            for (int n = 0; n < N; n++) {
                double phase = 2 * Math.PI * (k + 1) * n / N;
                re += x[n] * Math.cos(phase);
                im -= x[n] * Math.sin(phase);
            }
            // each twiddle is off by at most half a code
            double bound = 0.5 * sumAbs;
            assertEquals(full * re, bins[k][0], bound, "re of bin " + (k + 1));
            assertEquals(full * im, bins[k][1], bound, "im of bin " + (k + 1));
        }
    }

    @Test
    void aPureToneLandsInItsBin() {
        long[] x = new long[N];
        for (int n = 0; n < N; n++) x[n] = Math.round(1000 * Math.cos(2 * Math.PI * 5 * n / N));
        long[][] bins = DftFrontEnd.reference(x, K, T);
        double full = (1 << (T - 1)) - 1;
        // |X_5| = A·N/2 for a cosine of amplitude A on bin 5
        assertEquals(1000 * N / 2.0 * full, bins[4][0], 0.002 * 1000 * N / 2.0 * full);
        for (int k = 0; k < K; k++) {
            if (k != 4) assertTrue(Math.hypot(bins[k][0], bins[k][1]) < 0.002 * 1000 * N / 2.0 * full, "leak into bin " + (k + 1));
        }
    }

    private static long[] window(SplittableRandom r) {
        long[] x = new long[N];
        for (int n = 0; n < N; n++) x[n] = r.nextInt(-(1 << (S - 1)), 1 << (S - 1));
        return x;
    }

    private static void load(Simulator sim, long[] x) {
        sim.poke("x_we", 1);
        for (int n = 0; n < x.length; n++) {
            sim.poke("x_addr", n);
            sim.poke("x_data", x[n] & ((1 << S) - 1));
            sim.step();
        }
        sim.poke("x_we", 0);
    }
}
