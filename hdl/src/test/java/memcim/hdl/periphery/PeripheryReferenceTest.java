package memcim.hdl.periphery;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import memcim.hdl.sim.Simulator;
import org.junit.jupiter.api.Test;

/** Each datapath module, simulated, against its Java reference function. */
class PeripheryReferenceTest {
    private final SplittableRandom random = new SplittableRandom(11);

    @Test
    void sarLogicConvertsEveryLevelWithAnIdealComparator() {
        Simulator sim = new Simulator(new SarAdcLogic(8));
        for (int level = 0; level < 256; level++) {
            sim.poke("start", 1);
            sim.step();
            sim.poke("start", 0);
            int cycles = 1;
            while (sim.peek("done") == 0) {
                sim.poke("cmp", level >= sim.peek("dac") ? 1 : 0);
                sim.step();
                cycles++;
            }
            assertEquals(level, sim.peek("result"));
            assertEquals(9, cycles, "N+1 cycles from start to done");
            int l = level;
            assertEquals(level, SarAdcLogic.convert(8, code -> l >= code));
        }
    }

    @Test
    void dividerMatchesIntegerDivision() {
        Simulator sim = new Simulator(new Divider(17));
        for (int t = 0; t < 200; t++) {
            long num = t == 0 ? 65536 : random.nextLong(1 << 17);
            long den = t == 1 ? 0 : t == 2 ? 1 : random.nextLong(1 << (1 + random.nextInt(17)));
            sim.poke("num", num);
            sim.poke("den", den);
            sim.poke("start", 1);
            sim.step();
            sim.poke("start", 0);
            sim.step(17);
            assertEquals(1, sim.peek("done"));
            long[] ref = Divider.reference(num, den, 17);
            assertEquals(ref[0], sim.peek("quo"), num + "/" + den);
            assertEquals(ref[1], sim.peek("rem"), num + "%" + den);
            sim.step();
        }
    }

    @Test
    void softmaxAndEntropyMatchTheReferenceAndTheRealValues() {
        int classes = 9;
        SoftmaxEntropy dut = new SoftmaxEntropy(classes, 13, 4, 250);
        Simulator sim = new Simulator(dut);
        for (int t = 0; t < 30; t++) {
            long[] logits = new long[classes];
            for (int c = 0; c < classes; c++) logits[c] = random.nextInt(-1500, 1500);
            if (t == 0) java.util.Arrays.fill(logits, 7); // uniform: entropy ln 9
            sim.poke("wr_en", 1);
            for (int c = 0; c < classes; c++) {
                sim.poke("wr_addr", c);
                sim.poke("wr_data", logits[c]);
                sim.step();
            }
            sim.poke("wr_en", 0);
            sim.poke("start", 1);
            sim.step();
            sim.poke("start", 0);
            int[] p = new int[classes];
            int seen = 0;
            while (sim.peek("done") == 0) {
                if (sim.peek("p_valid") == 1) {
                    p[(int) sim.peek("p_class")] = (int) sim.peek("p");
                    seen++;
                }
                sim.step();
            }
            SoftmaxEntropy.Result ref = dut.reference(logits);
            assertEquals(classes, seen);
            assertArrayEquals(ref.p(), p);
            assertEquals(ref.h(), sim.peek("h"));
            if (t == 0) assertEquals(Math.log(9), ref.h() / 256.0, 0.03, "uniform distribution");
            sim.step();
        }
    }

    @Test
    void uncertaintyUnitMatchesItsReference() {
        int classes = 9, samples = 50;
        Simulator sim = new Simulator(new UncertaintyUnit(classes, samples, 18));
        for (int t = 0; t < 40; t++) {
            long[] sums = new long[classes];
            for (int c = 0; c < classes; c++) sums[c] = random.nextLong(samples * 256L / 3);
            long hsum = random.nextLong(samples * 563L);
            sim.poke("h_sum", hsum);
            sim.poke("start", 1);
            sim.step();
            sim.poke("start", 0);
            while (sim.peek("done") == 0) {
                int addr = (int) sim.peek("rd_addr");
                sim.poke("rd_data", addr < classes ? sums[addr] : 0);
                sim.step();
            }
            UncertaintyUnit.Result ref = UncertaintyUnit.reference(sums, hsum, samples);
            assertEquals(ref.prediction(), sim.peek("pred"));
            assertEquals(ref.up(), sim.peek("u_p"));
            assertEquals(ref.ua(), sim.peek("u_a"));
            assertEquals(ref.ue(), sim.peekSigned("u_e"));
            sim.step();
        }
    }

    @Test
    void combinationalModulesMatchTheirReferences() {
        Simulator relu = new Simulator(new ClippedRelu(13, 6, 3));
        Simulator diff = new Simulator(new DiffPair(8));
        Simulator dec = new Simulator(new Decoder(5, 18));
        Simulator wl = new Simulator(new WordLineDriver(32));
        for (int t = 0; t < 500; t++) {
            long x = random.nextInt(-4096, 4096);
            relu.poke("x", x);
            assertEquals(ClippedRelu.reference(x, 6, 3), relu.peek("y"), "relu " + x);
            long a = random.nextInt(256), b = random.nextInt(256);
            diff.poke("pos", a);
            diff.poke("neg", b);
            assertEquals(DiffPair.reference(a, b), diff.peekSigned("diff"));
            int addr = random.nextInt(32);
            boolean en = random.nextBoolean();
            dec.poke("addr", addr);
            dec.poke("en", en ? 1 : 0);
            assertEquals(Decoder.reference(addr, en, 18), dec.peek("sel"));
            long sel = random.nextLong() & 0xFFFFFFFFL;
            wl.poke("wl_sel", sel);
            wl.poke("read_en", en ? 1 : 0);
            assertEquals(WordLineDriver.reference(sel, en), wl.peek("wl_drive"));
        }
    }

    @Test
    void sequencerAndShiftAddRecombineBitSerialInputs() {
        Simulator seq = new Simulator(new BitSerialSequencer(32, 3));
        Simulator sa = new Simulator(new ShiftAdd(9, 13));
        int[] x = new int[32];
        seq.poke("load_en", 1);
        for (int i = 0; i < 32; i++) {
            x[i] = random.nextInt(8);
            seq.poke("load_addr", i);
            seq.poke("load_data", x[i]);
            seq.step();
        }
        seq.poke("load_en", 0);
        seq.poke("enable", 1);
        long[] partial = new long[3];
        int[] w = new int[32];
        for (int i = 0; i < 32; i++) w[i] = random.nextInt(-3, 4);
        sa.poke("clear", 1);
        sa.step();
        sa.poke("clear", 0);
        sa.poke("valid", 1);
        for (int p = 0; p < 3; p++) {
            seq.poke("phase", p);
            long lines = seq.peek("wl_sel");
            assertEquals(BitSerialSequencer.wordLines(x, p), lines);
            long dot = 0;
            for (int i = 0; i < 32; i++) if ((lines >> i & 1) != 0) dot += w[i];
            partial[p] = dot;
            sa.poke("phase", p);
            sa.poke("x", dot);
            sa.step();
        }
        long expected = 0;
        for (int i = 0; i < 32; i++) expected += (long) w[i] * x[i];
        assertEquals(expected, ShiftAdd.reference(partial), "I = X0 + 2 X1 + 4 X2");
        assertEquals(expected, sa.peekSigned("acc"));
    }

    @Test
    void lfsrHasMaximalPeriodAndMatchesItsReference() {
        Simulator sim = new Simulator(new Lfsr(16, 0xACE1));
        sim.poke("en", 1);
        long state = 0xACE1;
        int period = 0;
        do {
            sim.step();
            state = Lfsr.next(state, 16);
            assertEquals(state, sim.peek("q"));
            period++;
        } while (state != 0xACE1);
        assertEquals(65535, period);
    }

    @Test
    void lfsrTapSetsAreMaximalLength() {
        for (int width : new int[] {8, 24}) { // 16 above in hardware; 32 (2^32 - 1 steps) is too long for a unit test
            long seed = 1, state = seed, period = 0;
            do {
                state = Lfsr.next(state, width);
                period++;
            } while (state != seed && period < (1L << width));
            assertEquals((1L << width) - 1, period, "width " + width);
        }
    }
}
