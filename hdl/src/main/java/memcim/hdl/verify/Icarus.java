package memcim.hdl.verify;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Icarus Verilog: compile ({@code iverilog -g2005}) once, run ({@code vvp}) separately. */
public final class Icarus {
    private Icarus() {}

    /** Verilog that iverilog does not compile: its output, and the line a person reads first. */
    public static final class CompileError extends IllegalStateException {
        private final String firstLine;

        CompileError(String output) {
            super("iverilog reported errors:\n" + output);
            this.firstLine = firstErrorLine(output);
        }

        /** The first line that says "error" (else the first line of the output): {@code tb.v:4: syntax error}. */
        public String firstLine() { return firstLine; }
    }

    /** Compiles {@code files} into {@code dir/<name>.vvp} with {@code top} as root; throws on errors. */
    public static Path compile(Path dir, List<Path> files, String top, String name) {
        return compile(dir, files, top, name, Duration.ofSeconds(300));
    }

    /**
     * As {@link #compile(Path, List, String, String)} within {@code limit}.
     *
     * @throws CompileError if iverilog fails or reports an error
     * @throws ToolRun.TimedOut past the limit
     */
    public static Path compile(Path dir, List<Path> files, String top, String name, Duration limit) {
        Path out = dir.resolve(name + ".vvp");
        List<String> cmd = new ArrayList<>(List.of("iverilog", "-g2005", "-Wall", "-s", top, "-o", out.toAbsolutePath().toString()));
        for (Path f : files) cmd.add(f.toAbsolutePath().toString());
        ToolRun r = ToolRun.run(dir, limit, cmd);
        if (!r.ok() || r.output().contains("error")) throw new CompileError(r.output());
        return out;
    }

    /** Runs a compiled simulation in {@code dir} (where its data files are). */
    public static ToolRun run(Path dir, Path vvp, long timeoutSeconds) {
        return run(dir, vvp, Duration.ofSeconds(timeoutSeconds));
    }

    /** As {@link #run(Path, Path, long)}; {@link ToolRun.TimedOut} past the limit (vvp killed). */
    public static ToolRun run(Path dir, Path vvp, Duration limit) {
        return ToolRun.run(dir, limit, List.of("vvp", "-n", vvp.toAbsolutePath().toString()));
    }

    static String firstErrorLine(String output) {
        String first = null;
        for (String l : output.split("\n")) {
            String s = l.strip();
            if (s.isEmpty()) continue;
            if (first == null) first = s;
            if (s.toLowerCase(java.util.Locale.ROOT).contains("error")) return s;
        }
        return first == null ? "(no output)" : first;
    }
}
