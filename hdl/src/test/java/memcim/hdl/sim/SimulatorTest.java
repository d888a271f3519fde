package memcim.hdl.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import memcim.core.InputException;
import memcim.hdl.Expr;
import memcim.hdl.TestModules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulatorTest {
    @TempDir Path dir;

    private static long sx(long v, int w) { return (v << (64 - w)) >> (64 - w); }

    @Test
    void everyOperatorComputesWhatJavaComputes() {
        Simulator sim = new Simulator(TestModules.constructs());
        SplittableRandom r = new SplittableRandom(3);
        for (int t = 0; t < 2000; t++) {
            long a = r.nextInt(256), b = r.nextInt(256), sa = r.nextInt(256), sb = r.nextInt(64), amt = r.nextInt(8);
            long en = r.nextInt(2);
            sim.poke("a", a);
            sim.poke("b", b);
            sim.poke("sa", sa);
            sim.poke("sb", sb);
            sim.poke("en", en);
            sim.poke("amt", amt);
            long sA = sx(sa, 8), sB = sx(sb, 6);
            assertEquals((a + b) & 0xFF, sim.peek("sum"));
            assertEquals(a + b, sim.peek("carry"));
            assertEquals(sA - sB, sim.peekSigned("diff"));
            assertEquals(sA * sB, sim.peekSigned("prod"));
            assertEquals((((a & b) | (~(a ^ b))) ^ (-a)) & 0xFF, sim.peek("bitwise"));
            long cmp = (a < b ? 128 : 0) | (a >= b ? 64 : 0) | (sA < sB ? 32 : 0) | (sA >= sB ? 16 : 0) | (sA > sB ? 8 : 0)
                    | (sA <= sB ? 4 : 0) | (a == b ? 2 : 0) | (a != b ? 1 : 0);
            assertEquals(cmp, sim.peek("cmp"));
            long shifts = (((a << 3) & 0xFF) << 24) | (((sA >> 2) & 0xFF) << 16) | ((a >> 1) << 8) | (((a + b) << amt) & 0xFF);
            assertEquals(shifts, sim.peek("shifts"));
            long misc = ((a == 255 ? 1L : 0) << 15) | ((a != 0 ? 1L : 0) << 14) | ((Long.bitCount(a) & 1L) << 13)
                    | ((en * 3) << 11) | ((sB & 0x3F) << 5) | ((((a + b) & 0xFF) >> 3 & 1) << 4)
                    | ((en == 1 ? (sx(sb, 6) >> 6) & 7 : 5) << 1) | 1;
            assertEquals(misc, sim.peek("misc"));
            long[] fib = {1, 2, 3, 5, 8, 13, 21, 34};
            assertEquals(fib[(int) (a & 7)], sim.peek("romq"));
        }
    }

    @Test
    void registersResetEnableAndHold() {
        Simulator sim = new Simulator(TestModules.constructs());
        assertEquals(3, sim.peek("count"), "registers start at their reset value");
        sim.poke("en", 1);
        sim.step(5);
        assertEquals(8, sim.peek("count"));
        sim.poke("en", 0);
        sim.step(3);
        assertEquals(8, sim.peek("count"), "holds without enable");
        sim.poke("rst", 1);
        assertEquals(8, sim.peek("count"), "synchronous reset waits for the edge");
        sim.step();
        assertEquals(3, sim.peek("count"));
        assertEquals(6, sim.cycle() - 3);
    }

    @Test
    void memoryWritesOnTheEdgeAndReadsAsynchronously() {
        Simulator sim = new Simulator(TestModules.constructs());
        sim.poke("en", 1);
        sim.poke("a", 0x5A);
        sim.poke("b", 2); // write address b[1:0] = 2
        assertEquals(0, sim.peek("ramq"), "the write to address 2 waits for the edge (read address a[1:0] = 2 too)");
        sim.step();
        sim.poke("en", 0);
        sim.poke("a", 0x02); // read address a[1:0] = 2
        assertEquals(0x5A, sim.peek("ramq"));
        sim.poke("a", 0x03);
        assertEquals(0, sim.peek("ramq"));
    }

    @Test
    void fsmFollowsItsTransitions() {
        Simulator sim = new Simulator(TestModules.constructs());
        assertEquals(0, sim.peek("st"));
        sim.poke("en", 1);
        sim.step(); // IDLE -> RUN, count 3 -> 4
        assertEquals(1, sim.peek("st"));
        sim.step(6); // count reaches 10 at the 7th edge
        assertEquals(1, sim.peek("st"));
        sim.step(); // count == 10 sampled: RUN -> DONE
        assertEquals(2, sim.peek("st"));
        sim.step();
        assertEquals(0, sim.peek("st"));
    }

    @Test
    void asynchronousResetActsWithoutAnEdgeAndHierarchyIsVisible() {
        Simulator sim = new Simulator(TestModules.wrapper());
        sim.poke("en", 1);
        sim.step(4);
        assertEquals(5, sim.peek("q"));
        assertEquals(5, sim.peek("u_a.c"));
        assertEquals(1, sim.peek("u_b.q"));
        sim.poke("rst", 1);
        assertEquals(1, sim.peek("q"), "asynchronous reset is immediate");
        assertTrue(sim.signalNames().contains("u_b.c"));
    }

    @Test
    void togglesAreCountedPerSignal() {
        Simulator sim = new Simulator(TestModules.asyncCounter(8));
        sim.poke("en", 1);
        sim.countToggles();
        sim.step(100);
        long expected = 0;
        for (long i = 1; i < 101; i++) expected += Long.bitCount(i ^ (i + 1));
        assertEquals(expected, sim.toggles().get("c"));
        assertEquals(expected, sim.toggles().get("q"));
        assertEquals(0, sim.toggles().get("en"));
    }

    @Test
    void vcdIsWrittenDeterministically() throws Exception {
        Path a = dir.resolve("a.vcd");
        Path b = dir.resolve("b.vcd");
        for (Path f : new Path[] {a, b}) {
            Simulator sim = new Simulator(TestModules.wrapper());
            VcdWriter.record(sim, f, () -> {
                sim.poke("en", 1);
                sim.step(3);
                sim.poke("en", 0);
                sim.step(2);
            });
        }
        String text = Files.readString(a);
        assertEquals(text, Files.readString(b), "the same run gives the same bytes");
        assertTrue(text.contains("$scope module u_a $end"), text);
        assertTrue(text.contains("$var wire 8 "), text);
        assertTrue(text.contains("$enddefinitions $end"), text);
        assertTrue(text.contains("#45\n"), "ten time units per cycle: " + text);
        assertTrue(text.contains("b100 "), "q reaches 4: " + text);
    }

    @Test
    void unknownNamesAreReported() {
        Simulator sim = new Simulator(TestModules.wrapper());
        InputException e = assertThrows(InputException.class, () -> sim.peek("nope"));
        assertTrue(e.getMessage().contains("signal nope"));
        assertThrows(InputException.class, () -> sim.poke("q", 1));
        assertThrows(InputException.class, () -> sim.handle("q").set(1));
    }

    @Test
    void pokedValuesAreMaskedToThePortWidth() {
        Simulator sim = new Simulator(TestModules.constructs());
        sim.poke("a", 0x1FF);
        assertEquals(0xFF, sim.peek("a"));
        assertEquals(Expr.mask(8), sim.peek("a"));
    }
}
