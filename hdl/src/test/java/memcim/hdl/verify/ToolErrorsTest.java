package memcim.hdl.verify;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.nio.file.Path;
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
}
