package memcim.hdl.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
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
    void compoundOperandsBehaveTheSameInIcarus() {
        Testbench tb = new Testbench(TestModules.compound(), new Stimulus(5), 500);
        TestbenchResult r = TestbenchResult.run(tb, dir);
        assertTrue(r.passed(), r.output());
    }

    @Test
    void aHandWrittenTestbenchThatFailsIsReported() throws Exception {
        java.nio.file.Path tb = dir.resolve("tb_wrong.v");
        java.nio.file.Files.writeString(tb, "module tb_wrong;\n  wire [15:0] q;\n  reg clk = 0, rst = 1;\n"
                + "  lfsr_w16_seed44257 dut (.clk(clk), .rst(rst), .en(1'b1), .q(q));\n"
                + "  initial begin #1 clk = 1; #1 if (q !== 16'h0001) $display(\"MISMATCH cycle 0 signal q expected 1 found %0h\", q);"
                + " else $display(\"PASS tb_wrong\"); $finish; end\nendmodule\n");
        TestbenchResult r = TestbenchResult.runHandWritten(tb, new memcim.hdl.periphery.Lfsr(16, 0xACE1), dir.resolve("w"));
        assertFalse(r.passed());
        assertEquals(List.of("MISMATCH cycle 0 signal q expected 1 found ace1"), r.mismatches());
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
