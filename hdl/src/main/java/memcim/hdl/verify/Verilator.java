package memcim.hdl.verify;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code verilator --lint-only -Wall} over emitted files. */
public final class Verilator {
    private Verilator() {}

    /** Lints {@code files} with {@code top} as top module; the result's output lists every warning. */
    public static ToolRun lint(Path dir, List<Path> files, String top) {
        List<String> cmd = new ArrayList<>(List.of("verilator", "--lint-only", "-Wall", "--top-module", top));
        for (Path f : files) cmd.add(f.toAbsolutePath().toString());
        return ToolRun.run(dir, 120, cmd);
    }
}
