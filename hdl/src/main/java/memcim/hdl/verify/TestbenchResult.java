package memcim.hdl.verify;

import java.util.ArrayList;
import java.util.List;

/** The outcome of one testbench in Icarus: passed, or the mismatches it printed (cycle, signal, expected, found). */
public record TestbenchResult(String module, int cycles, boolean passed, List<String> mismatches, String output) {

    /** Compiles and runs {@code tb} in {@code dir} and reads its verdict. */
    public static TestbenchResult run(Testbench tb, java.nio.file.Path dir) {
        String name = tb.dut().name();
        java.nio.file.Path vvp = Icarus.compile(dir, tb.write(dir), "tb_" + name, "tb_" + name);
        ToolRun r = Icarus.run(dir, vvp, 600);
        List<String> mismatches = new ArrayList<>();
        boolean pass = false;
        for (String line : r.output().split("\n")) {
            if (line.startsWith("MISMATCH")) mismatches.add(line);
            if (line.startsWith("PASS " + name)) pass = true;
        }
        return new TestbenchResult(name, tb.cycles(), pass && r.ok() && mismatches.isEmpty(), mismatches, r.output());
    }
}
