package memcim.hdl.verify;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Icarus Verilog: compile ({@code iverilog -g2005}) once, run ({@code vvp}) separately. */
public final class Icarus {
    private Icarus() {}

    /** Compiles {@code files} into {@code dir/<name>.vvp} with {@code top} as root; throws on errors. */
    public static Path compile(Path dir, List<Path> files, String top, String name) {
        Path out = dir.resolve(name + ".vvp");
        List<String> cmd = new ArrayList<>(List.of("iverilog", "-g2005", "-Wall", "-s", top, "-o", out.toAbsolutePath().toString()));
        for (Path f : files) cmd.add(f.toAbsolutePath().toString());
        ToolRun r = ToolRun.run(dir, 300, cmd).orThrow();
        if (r.output().contains("error")) throw new IllegalStateException("iverilog reported errors:\n" + r.output());
        return out;
    }

    /** Runs a compiled simulation in {@code dir} (where its data files are). */
    public static ToolRun run(Path dir, Path vvp, long timeoutSeconds) {
        return ToolRun.run(dir, timeoutSeconds, List.of("vvp", "-n", vvp.toAbsolutePath().toString()));
    }
}
