package memcim.hdl.verify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
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

    /** The default time limit of one testbench (compile, then run). */
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(600);

    /** Compiles and runs a generated testbench in {@code dir} and reads its verdict. */
    public static TestbenchResult run(Testbench tb, Path dir) {
        return run(tb, dir, DEFAULT_TIME_LIMIT);
    }

    /**
     * As {@link #run(Testbench, Path)} within {@code limit} for the compile and again for the run: a
     * testbench that does not compile or does not finish is a failed result saying so, not an exception.
     */
    public static TestbenchResult run(Testbench tb, Path dir, Duration limit) {
        String name = tb.dut().name();
        List<Path> files = tb.write(dir);
        return compileAndRun(name, tb.cycles(), dir, files, "tb_" + name, limit);
    }

    /**
     * Runs a hand-written testbench file (top module = file name without {@code .v}) against the emitted
     * Verilog of {@code dut}, in {@code dir}.
     */
    public static TestbenchResult runHandWritten(Path testbench, Module dut, Path dir) {
        return runHandWritten(testbench, dut, dir, DEFAULT_TIME_LIMIT);
    }

    /** As {@link #runHandWritten(Path, Module, Path)} within {@code limit}: a broken testbench is a failed result. */
    public static TestbenchResult runHandWritten(Path testbench, Module dut, Path dir, Duration limit) {
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
        return compileAndRun(top, 0, dir, files, top, limit);
    }

    /** A testbench that could not be run at all: {@code reason} is what the report shows. */
    public static TestbenchResult failed(String module, String reason) {
        return new TestbenchResult(module, 0, false, List.of(), reason);
    }

    private static TestbenchResult compileAndRun(String name, int cycles, Path dir, List<Path> files, String top, Duration limit) {
        Path vvp;
        try {
            vvp = Icarus.compile(dir, files, top, top, limit);
        } catch (Icarus.CompileError e) {
            String prefix = dir.toAbsolutePath() + java.io.File.separator;
            return failed(name, "does not compile: " + e.firstLine().replace(prefix, ""));
        } catch (ToolRun.TimedOut e) {
            return failed(name, "did not compile within " + ToolRun.seconds(limit) + " (iverilog killed)");
        }
        try {
            return verdict(name, cycles, Icarus.run(dir, vvp, limit));
        } catch (ToolRun.TimedOut e) {
            return failed(name, "did not finish within " + ToolRun.seconds(limit) + " (vvp killed; the testbench never calls $finish?)");
        }
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
