package memcim.hdl.verify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs an external tool (iverilog, vvp, verilator, yosys) and captures its output. */
public record ToolRun(List<String> command, int exitCode, String output, long nanos) {

    /** Runs {@code command} in {@code dir}, standard error merged into the output; fails after the timeout. */
    public static ToolRun run(Path dir, long timeoutSeconds, List<String> command) {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        long t0 = System.nanoTime();
        try {
            Process p = pb.start();
            byte[][] out = new byte[1][];
            Thread reader = new Thread(() -> {
                try {
                    out[0] = p.getInputStream().readAllBytes();
                } catch (IOException e) {
                    out[0] = ("(cannot read output: " + e.getMessage() + ")").getBytes(StandardCharsets.UTF_8);
                }
            });
            reader.start();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                reader.join();
                throw new IllegalStateException(String.join(" ", command) + " did not finish within " + timeoutSeconds + " s");
            }
            reader.join();
            return new ToolRun(command, p.exitValue(), new String(out[0], StandardCharsets.UTF_8), System.nanoTime() - t0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command.get(0) + " (is it installed? scripts/setup installs it): "
                    + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted running " + command.get(0), e);
        }
    }

    public boolean ok() { return exitCode == 0; }

    /** Throws with the tool's output unless it succeeded. */
    public ToolRun orThrow() {
        if (!ok()) throw new IllegalStateException(String.join(" ", command) + " failed (exit " + exitCode + "):\n" + output);
        return this;
    }
}
