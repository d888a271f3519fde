package memcim.hdl.periphery;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import memcim.hdl.sim.Simulator;
import org.junit.jupiter.api.Test;

/** The sign-backpropagation periphery, simulated, against its Java references and hand counts. */
class TrainingPeripheryTest {
    private final SplittableRandom random = new SplittableRandom(14);

    @Test
    void outputErrorsAreTheHingeOnTheLabel() {
        Simulator sim = new Simulator(new OutputErrorUnit(10));
        for (int t = 0; t < 500; t++) {
            long pos = random.nextLong(1 << 10), neg = random.nextLong(1 << 10) | pos;   // above +m implies above −m
            int label = random.nextInt(10);
            sim.poke("above_pos", pos);
            sim.poke("above_neg", neg);
            sim.poke("label", label);
            sim.settle();
            int[] d = OutputErrorUnit.reference(pos, neg, label, 10);
            long ep = 0, en = 0;
            for (int k = 0; k < 10; k++) { if (d[k] > 0) ep |= 1L << k; if (d[k] < 0) en |= 1L << k; }
            assertEquals(ep, sim.peek("err_pos"));
            assertEquals(en, sim.peek("err_neg"));
            assertEquals(ep != 0 || en != 0 ? 1 : 0, sim.peek("any"));
        }
        // by hand: label 2 at +0.5 margin-units (not above +m), neuron 5 above −m: raise 2, lower 5
        assertArrayEquals(new int[] {0, 0, -1, 0, 0, 1, 0, 0, 0, 0}, OutputErrorUnit.reference(0b0000000000, 0b0000100100, 2, 10));
    }

    @Test
    void ternaryErrorsNeedTheDeadZoneAndTheWindow() {
        Simulator sim = new Simulator(new TernaryUnit(3));
        for (int pos = 0; pos < 8; pos++)
            for (int neg = 0; neg < 8; neg++)
                for (int win = 0; win < 8; win++) {
                    sim.poke("e_pos", pos);
                    sim.poke("e_neg", neg);
                    sim.poke("in_window", win);
                    sim.settle();
                    for (int j = 0; j < 3; j++) {
                        int d = TernaryUnit.reference((pos >> j & 1) == 1, (neg >> j & 1) == 1, (win >> j & 1) == 1);
                        assertEquals(d > 0 ? 1 : 0, sim.peek("err_pos") >> j & 1);
                        assertEquals(d < 0 ? 1 : 0, sim.peek("err_neg") >> j & 1);
                    }
                }
    }

    @Test
    void columnDriversPulseThePairsLinesAsTheRuleSays() {
        Simulator sim = new Simulator(new PairColumnDriver(4));
        // pair 0 raised (SET G+, RESET G-), pair 1 lowered (RESET G+, SET G-), pairs 2 and 3 alone
        int[] delta = {-1, 1, 0, 0};
        sim.poke("err_neg", 0b0001);
        sim.poke("err_pos", 0b0010);
        sim.poke("set_en", 1);
        sim.poke("reset_en", 0);
        sim.settle();
        // lines: 0 = G+ of pair 0, 1 = its G-, 2 = G+ of pair 1, 3 = its G-
        assertEquals(0b1001, sim.peek("bl_set"));
        assertEquals(0, sim.peek("sl_reset"));
        assertArrayEquals(new long[] {0b1001, 0}, PairColumnDriver.reference(delta, true, false));
        sim.poke("set_en", 0);
        sim.poke("reset_en", 1);
        sim.settle();
        assertEquals(0b0110, sim.peek("sl_reset"));
        assertEquals(0, sim.peek("bl_set"));
        for (int t = 0; t < 300; t++) {
            int[] d = new int[4];
            long p = 0, n = 0;
            for (int j = 0; j < 4; j++) {
                d[j] = random.nextInt(3) - 1;
                if (d[j] > 0) p |= 1L << j;
                if (d[j] < 0) n |= 1L << j;
            }
            boolean se = random.nextBoolean(), re = random.nextBoolean();
            sim.poke("err_pos", p);
            sim.poke("err_neg", n);
            sim.poke("set_en", se ? 1 : 0);
            sim.poke("reset_en", re ? 1 : 0);
            sim.settle();
            assertArrayEquals(PairColumnDriver.reference(d, se, re), new long[] {sim.peek("bl_set"), sim.peek("sl_reset")});
        }
    }

    @Test
    void theSchedulerOpensSetAndResetWindowsPulseByPulse() {
        int s = 15, r = 6, g = 5;
        for (int pulses = 0; pulses <= 3; pulses++) {
            Simulator sim = new Simulator(new PulseScheduler(s, r, g, 4));
            sim.poke("pulses", pulses);
            sim.poke("start", 1);
            sim.step();
            sim.poke("start", 0);
            long cycles = 1;
            int setCycles = 0, resetCycles = 0, windows = 0, previous = 0;
            while (sim.peek("done") == 0) {
                setCycles += (int) sim.peek("set_en");
                resetCycles += (int) sim.peek("reset_en");
                assertEquals(sim.peek("set_en") | sim.peek("reset_en"), sim.peek("wl_en"));
                int open = (int) sim.peek("wl_en");
                if (open == 1 && previous == 0) windows++;
                previous = open;
                sim.step();
                cycles++;
                assertTrue(cycles < 1000);
            }
            assertEquals(PulseScheduler.cycles(s, r, g, pulses), cycles, pulses + " pulses");
            assertEquals(s * pulses, setCycles);
            assertEquals(r * pulses, resetCycles);
            assertEquals(2 * pulses, windows, "a SET and a RESET window per pulse, apart");
        }
        // by hand: one pulse is 1 + 15 + 5 + 6 + 5 = 32 cycles from the start edge to done
        assertEquals(32, PulseScheduler.cycles(15, 6, 5, 1));
    }

    @Test
    void theControllerSequencesReadsLatchesAndBothUpdates() {
        int t = 4;
        for (boolean error : new boolean[] {false, true}) {
            Simulator ctrl = new Simulator(new TrainingController(t));
            Simulator sched = new Simulator(new PulseScheduler(3, 2, 1, 4));
            sched.poke("pulses", 1);
            ctrl.poke("any_error", error ? 1 : 0);
            ctrl.poke("start", 1);
            List<String> strobes = new ArrayList<>();
            long cycles = 0;
            do {
                ctrl.poke("sched_done", sched.peek("done"));
                ctrl.settle();
                for (String s : new String[] {"latch_h", "latch_out", "latch_d1", "sched_start"})
                    if (ctrl.peek(s) == 1) strobes.add(s + (s.equals("sched_start") ? ctrl.peek("layer") : ""));
                sched.poke("start", ctrl.peek("sched_start"));
                ctrl.step();
                sched.step();
                ctrl.poke("start", 0);
                cycles++;
                assertTrue(cycles < 500);
            } while (ctrl.peek("done") == 0);
            long u = PulseScheduler.cycles(3, 2, 1, 1);
            assertEquals(TrainingController.cycles(t, error, u), cycles, "error " + error);
            assertEquals(error ? List.of("latch_h", "latch_out", "latch_d1", "sched_start1", "sched_start0") : List.of("latch_h", "latch_out"),
                    strobes, "the output layer is updated before the hidden one, after both reads");
            assertEquals(error ? 1 : 0, ctrl.peek("updated"));
        }
        // by hand, T = 4, one pulse of 3 + 1 + 2 + 1 cycles: 1 + 12 + 2·(1 + 8) + 1 = 32 with an error, 1 + 8 + 1 = 10 without
        assertEquals(32, TrainingController.cycles(4, true, 8));
        assertEquals(10, TrainingController.cycles(4, false, 8));
    }
}
