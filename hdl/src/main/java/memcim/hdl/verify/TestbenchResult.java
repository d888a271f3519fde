package memcim.hdl.verify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import memcim.core.InputException;
import memcim.hdl.Module;
import memcim.hdl.verilog.VerilogEmitter;

/**
 * The outcome of one testbench in Icarus: passed, or the mismatches it printed (cycle, signal, expected,
 * found). A testbench passes when it prints {@code PASS <name>} and no {@code MISMATCH} line.
 */
public record TestbenchResult(String module, int cycles, boolean passed, List<String> mismatches, String output) {

    /** Compiles and runs a generated testbench in {@code dir} and reads its verdict. */
    public static TestbenchResult run(Testbench tb, Path dir) {
        String name = tb.dut().name();
        Path vvp = Icarus.compile(dir, tb.write(dir), "tb_" + name, "tb_" + name);
        return verdict(name, tb.cycles(), Icarus.run(dir, vvp, 600));
    }

    /**
     * Runs a hand-written testbench file (top module = file name without {@code .v}) against the emitted
     * Verilog of {@code dut}, in {@code dir}.
     */
    public static TestbenchResult runHandWritten(Path testbench, Module dut, Path dir) {
        if (!Files.isRegularFile(testbench)) {
            throw new InputException(testbench.toString(), "a hand-written testbench file", "no such file");
        }
        String top = testbench.getFileName().toString().replaceFirst("\\.v$", "");
        List<Path> files = new ArrayList<>(VerilogEmitter.write(dut, dir));
        Path copy = dir.resolve(testbench.getFileName());
        try {
            Files.copy(testbench, copy, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + testbench + " to " + dir, e);
        }
        files.add(copy);
        Path vvp = Icarus.compile(dir, files, top, top);
        return verdict(top, 0, Icarus.run(dir, vvp, 600));
    }

    private static TestbenchResult verdict(String name, int cycles, ToolRun r) {
        List<String> mismatches = new ArrayList<>();
        boolean pass = false;
        for (String line : r.output().split("\n")) {
            if (line.startsWith("MISMATCH")) mismatches.add(line);
            if (line.startsWith("PASS " + name)) pass = true;
        }
        return new TestbenchResult(name, cycles, pass && r.ok() && mismatches.isEmpty(), mismatches, r.output());
    }
}
