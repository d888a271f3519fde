package memcim.hdl.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import memcim.core.InputException;
import memcim.hdl.TestModules;
import memcim.hdl.periphery.Lfsr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The verification flow's own error messages. */
class ToolErrorsTest {
    @TempDir Path dir;

    @Test
    void aMissingToolIsNamed() {
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> ToolRun.run(dir, 10, List.of("memcim-no-such-tool", "-v")));
        assertTrue(e.getMessage().contains("cannot run memcim-no-such-tool"), e.getMessage());
    }

    @Test
    void aFailingToolShowsItsOutput() {
        ToolRun r = ToolRun.run(dir, 30, List.of("iverilog", "-g2005", "no-such-file.v"));
        IllegalStateException e = assertThrows(IllegalStateException.class, r::orThrow);
        assertTrue(e.getMessage().contains("no-such-file.v"), e.getMessage());
    }

    @Test
    void aMissingHandWrittenTestbenchIsNamed() {
        InputException e = assertThrows(InputException.class,
                () -> TestbenchResult.runHandWritten(dir.resolve("tb_none.v"), new Lfsr(8, 1), dir));
        assertTrue(e.getMessage().contains("tb_none.v: expected a hand-written testbench file, found no such file"), e.getMessage());
    }

    @Test
    void anUnknownTraceIsNamed() {
        Testbench tb = new Testbench(TestModules.constructs(), new Stimulus(1), 3);
        InputException e = assertThrows(InputException.class, () -> tb.trace("nope"));
        assertTrue(e.getMessage().contains("testbench of constructs_w8"), e.getMessage());
    }

    @Test
    void aTestbenchThatDoesNotCompileIsAFailedResultWithTheFirstCompilerLine() throws Exception {
        Path tb = dir.resolve("tb_broken.v");
        Files.writeString(tb, "module tb_broken;\n  reg x\n  initial $finish;\nendmodule\n");
        TestbenchResult r = TestbenchResult.runHandWritten(tb, new Lfsr(8, 1), dir.resolve("w"), Duration.ofSeconds(30));
        assertFalse(r.passed());
        assertEquals("does not compile: tb_broken.v:3: syntax error", r.output());
    }

    @Test
    void aTestbenchThatNeverFinishesIsKilledAtTheLimitAndItsOutputBounded() throws Exception {
        Path tb = dir.resolve("tb_forever.v");
        Files.writeString(tb, "module tb_forever;\n  always #1 $display(\"still running, printing as fast as it can\");\nendmodule\n");
        long t0 = System.nanoTime();
        TestbenchResult r = TestbenchResult.runHandWritten(tb, new Lfsr(8, 1), dir.resolve("w"), Duration.ofMillis(1500));
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertFalse(r.passed());
        assertTrue(r.output().startsWith("did not finish within 1.50 s"), r.output());
        assertTrue(seconds < 10, "took " + seconds + " s");
    }

    @Test
    void aToolPrintingWithoutEndKeepsOnlyTheFirstMegabytes() {
        ToolRun r = ToolRun.run(dir, Duration.ofSeconds(20), List.of("head", "-c", String.valueOf(ToolRun.MAX_OUTPUT + 100_000), "/dev/zero"));
        assertTrue(r.output().length() < ToolRun.MAX_OUTPUT + 100, "kept " + r.output().length());
        assertTrue(r.output().endsWith("(output cut: 100000 more bytes)\n"), r.output().substring(r.output().length() - 60));
    }
}
