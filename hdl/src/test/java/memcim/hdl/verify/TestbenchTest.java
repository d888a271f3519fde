package memcim.hdl.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import memcim.hdl.TestModules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestbenchTest {
    @TempDir Path dir;

    @Test
    void everyConstructBehavesTheSameInIcarusAsInTheJavaSimulator() {
        Testbench tb = new Testbench(TestModules.constructs(), new Stimulus(7).pulse("en", 0.5), 400);
        TestbenchResult r = TestbenchResult.run(tb, dir);
        assertTrue(r.passed(), r.output());
    }

    @Test
    void aWrongExpectationIsCaughtWithCycleSignalExpectedAndFound() {
        Testbench tb = new Testbench(TestModules.constructs(), new Stimulus(7).pulse("en", 0.5), 60);
        int sumIndex = 0; // "sum" is the first output port
        long right = tb.golden()[37][sumIndex];
        tb.golden()[37][sumIndex] = right ^ 0x10;
        TestbenchResult r = TestbenchResult.run(tb, dir);
        assertFalse(r.passed());
        assertEquals(1, r.mismatches().size(), r.output());
        assertEquals("MISMATCH cycle 37 signal sum expected " + Long.toHexString(right ^ 0x10) + " found "
                + Long.toHexString(right), r.mismatches().get(0));
    }
}
