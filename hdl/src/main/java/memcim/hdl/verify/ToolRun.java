package memcim.hdl.verify;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs an external tool (iverilog, vvp, verilator, yosys) and captures its output. */
public record ToolRun(List<String> command, int exitCode, String output, long nanos) {
    /** How much of a tool's output is kept (a testbench printing in a loop must not fill the heap). */
    static final int MAX_OUTPUT = 4 << 20;

    /** A tool that ran past its time limit; it and its children were killed. */
    public static final class TimedOut extends IllegalStateException {
        private final Duration limit;

        TimedOut(String message, Duration limit) {
            super(message);
            this.limit = limit;
        }

        public Duration limit() { return limit; }
    }

    /** Runs {@code command} in {@code dir}, standard error merged into the output; fails after the timeout. */
    public static ToolRun run(Path dir, long timeoutSeconds, List<String> command) {
        return run(dir, Duration.ofSeconds(timeoutSeconds), command);
    }

    /**
     * As {@link #run(Path, long, List)} with any time limit: past it the tool (and anything it started) is
     * killed and {@link TimedOut} thrown. At most {@link #MAX_OUTPUT} bytes of output are kept.
     */
    public static ToolRun run(Path dir, Duration timeout, List<String> command) {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        long t0 = System.nanoTime();
        try {
            Process p = pb.start();
            p.getOutputStream().close(); // a tool waiting for input gets end of file, not a hang
            byte[][] out = new byte[1][];
            Thread reader = new Thread(() -> out[0] = readBounded(p.getInputStream()));
            reader.setDaemon(true);
            reader.start();
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                p.waitFor(5, TimeUnit.SECONDS);
                reader.join(5_000);
                throw new TimedOut(String.join(" ", command) + " did not finish within " + seconds(timeout) + " and was killed", timeout);
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

    private static byte[] readBounded(InputStream in) {
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        long dropped = 0;
        byte[] buf = new byte[65536];
        try (in) {
            for (int n; (n = in.read(buf)) > 0; ) {
                int keep = (int) Math.min(n, MAX_OUTPUT - kept.size());
                if (keep > 0) kept.write(buf, 0, keep);
                dropped += n - keep;
            }
        } catch (IOException e) {
            kept.writeBytes(("(cannot read output: " + e.getMessage() + ")").getBytes(StandardCharsets.UTF_8));
        }
        if (dropped > 0) kept.writeBytes(("\n(output cut: " + dropped + " more bytes)\n").getBytes(StandardCharsets.UTF_8));
        return kept.toByteArray();
    }

    /** "3 s", "0.5 s". */
    static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : String.format(java.util.Locale.ROOT, "%.3g s", ms / 1000.0);
    }

    public boolean ok() { return exitCode == 0; }

    /** Throws with the tool's output unless it succeeded. */
    public ToolRun orThrow() {
        if (!ok()) throw new IllegalStateException(String.join(" ", command) + " failed (exit " + exitCode + "):\n" + output);
        return this;
    }
}
