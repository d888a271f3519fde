package memcim.spice;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One child JVM running {@link SpiceWorkerMain}. Its standard output is read by a thread into a
 * queue so that waiting for a reply can time out, and so that the end of the stream (the process
 * died) is noticed at once. The last lines of its other output are kept for the crash report.
 */
final class WorkerProcess implements AutoCloseable {
    private static final String EOF = "\u0000eof";
    private static final int TAIL = 60;
    private static final Pattern SIGNAL = Pattern.compile("(SIG[A-Z]+) \\(0x");
    private static final Pattern CRASH_LINE = Pattern.compile("SIG[A-Z]+ \\(0x|^#\\s+C\\s+\\[");

    private final Process process;
    /** The child's own temporary folder (its java.io.tmpdir): removed when it ends, also when it was killed. */
    private final Path scratch;
    private final Writer stdin;
    private final BlockingQueue<String> replies = new LinkedBlockingQueue<>();
    private final Deque<String> tail = new ArrayDeque<>();
    final String version;

    private WorkerProcess(Process process, Path scratch, Duration startTimeout) {
        this.process = process;
        this.scratch = scratch;
        this.stdin = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        drain(process.getInputStream(), true);
        drain(process.getErrorStream(), false);
        String ready = next(startTimeout.toNanos());
        if (ready == null || !ready.startsWith(WorkerProtocol.READY)) {
            WorkerProtocol.Response failure = ready == null ? null : WorkerProtocol.decode(ready, WorkerProtocol.Response.class);
            close();
            if (failure != null && failure.error() != null) throw failure.error().toException();
            throw new SpiceWorkerException("worker process did not start" + (ready == null ? " in time" : "")
                    + describeExit() + tailText());
        }
        this.version = ready.substring(WorkerProtocol.READY.length()).strip();
    }

    static WorkerProcess start(List<String> command, Duration startTimeout) {
        Path scratch;
        try {
            scratch = Files.createTempDirectory("memcim-worker-");
        } catch (IOException e) {
            throw new SpiceWorkerException("cannot create a temporary folder for a worker process: " + e.getMessage());
        }
        // A worker killed at its time limit cannot clean up after itself (a run's dump folder, ngspice's
        // private library copy): everything it puts in its temporary folder goes here, removed by close().
        List<String> cmd = new ArrayList<>(command);
        cmd.add(1, "-Djava.io.tmpdir=" + scratch);
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.directory(Path.of(System.getProperty("java.io.tmpdir")).toFile());
        try {
            return new WorkerProcess(pb.start(), scratch, startTimeout);
        } catch (IOException e) {
            deleteTree(scratch);
            throw new SpiceWorkerException("cannot start worker process " + command + ": " + e.getMessage());
        }
    }

    private static void deleteTree(Path folder) {
        try (java.util.stream.Stream<Path> s = Files.walk(folder)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | java.io.UncheckedIOException ignored) {
            // already gone
        }
    }

    private void drain(InputStream stream, boolean protocol) {
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    if (protocol && line.startsWith(WorkerProtocol.PREFIX)) replies.add(line);
                    else remember(line);
                }
            } catch (IOException e) {
                remember("(reading worker output failed: " + e.getMessage() + ")");
            } finally {
                if (protocol) replies.add(EOF);
            }
        }, "spice-worker-" + (protocol ? "stdout" : "stderr"));
        t.setDaemon(true);
        t.start();
    }

    private void remember(String line) {
        synchronized (tail) {
            tail.addLast(line);
            while (tail.size() > TAIL) tail.removeFirst();
        }
    }

    /** The next protocol line, null on timeout or when the process has ended. */
    private String next(long timeoutNanos) {
        try {
            String line = replies.poll(timeoutNanos, TimeUnit.NANOSECONDS);
            return line == null || line.equals(EOF) ? null : line;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /**
     * Sends one job and waits for its reply.
     *
     * @throws SpiceWorkerException if the process dies or the timeout passes (the process is then dead)
     */
    WorkerProtocol.Response run(WorkerProtocol.Request request, Duration timeout) {
        long id = request.id();
        try {
            stdin.write(WorkerProtocol.encode(request).substring(WorkerProtocol.PREFIX.length()));
            stdin.write('\n');
            stdin.flush();
        } catch (IOException e) {
            close();
            throw new SpiceWorkerException("worker process is gone (" + e.getMessage() + ")" + describeExit() + tailText());
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            String line = left > 0 ? next(left) : null;
            if (line == null) {
                boolean timedOut = System.nanoTime() >= deadline;
                if (timedOut) process.destroyForcibly();
                close();
                if (timedOut) {
                    throw new SpiceTimeLimitException("worker process timed out after " + seconds(timeout)
                            + " and was killed while running " + request.title() + describeExit() + tailText(), timeout);
                }
                String signal = crashSignal();
                if (signal != null) {
                    deleteCrashReport();
                    throw new SpiceCrashException("ngspice crashed (" + signal + ") while running " + request.title()
                            + "; the deck was run in an isolated worker", signal, describeExit() + tailText());
                }
                throw new SpiceWorkerException("worker process died while running " + request.title() + describeExit() + tailText());
            }
            WorkerProtocol.Response response = WorkerProtocol.decode(line, WorkerProtocol.Response.class);
            if (response == null || response.id() != id) continue; // a stray line: keep waiting for ours
            if (response.error() != null) throw response.error().toException();
            return response;
        }
    }

    /**
     * The signal that ended the process: the one the JVM's crash report names ("SIGSEGV (0xb) at
     * pc=..."; the JVM itself then aborts), else the one in the exit code; null after a normal exit.
     */
    private String crashSignal() {
        describeExit(); // waits for the exit
        synchronized (tail) {
            for (String l : tail) {
                Matcher m = SIGNAL.matcher(l);
                if (m.find()) return m.group(1);
            }
        }
        if (process.isAlive()) return null;
        int code = process.exitValue();
        if (code <= 128) return null;
        String name = signalName(code - 128).strip();
        return name.isEmpty() ? "signal " + (code - 128) : name;
    }

    /** The JVM's report of a crash in ngspice helps nobody but ngspice's developers: what it says is in the exception. */
    private void deleteCrashReport() {
        try {
            Files.deleteIfExists(Path.of(System.getProperty("java.io.tmpdir"), "memcim-spice-worker-hs_err_" + process.pid() + ".log"));
        } catch (IOException ignored) {
            // a leftover report in the temporary folder is harmless
        }
    }

    boolean isAlive() { return process.isAlive(); }

    /** "3 s", "1.5 s": a duration as people read it. */
    static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : String.format(java.util.Locale.ROOT, "%.3g s", ms / 1000.0);
    }

    long pid() { return process.pid(); }

    private String describeExit() {
        try {
            if (!process.waitFor(2, TimeUnit.SECONDS)) return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
        int code = process.exitValue();
        String signal = code > 128 ? " = signal " + (code - 128) + signalName(code - 128) : "";
        return " (exit code " + code + signal + ")";
    }

    private static String signalName(int signal) {
        return switch (signal) {
            case 6 -> " SIGABRT";
            case 9 -> " SIGKILL";
            case 11 -> " SIGSEGV";
            default -> "";
        };
    }

    private String tailText() {
        List<String> lines;
        synchronized (tail) { lines = new ArrayList<>(tail); }
        // A JVM crash report says what and where ("SIGSEGV (0xb) at pc=...", "C  [libngspice.so.0+0x56aacd]"):
        // those lines first, then the last few lines of whatever else it printed.
        List<String> shown = new ArrayList<>();
        for (String l : lines) if (CRASH_LINE.matcher(l).find()) shown.add(l.replaceFirst("^#\\s*", "").strip());
        List<String> useful = new ArrayList<>();
        for (String l : lines) if (!l.isBlank() && !l.strip().equals("#")) useful.add(l.strip());
        for (String l : useful.subList(Math.max(0, useful.size() - 3), useful.size())) if (!shown.contains(l)) shown.add(l);
        return shown.isEmpty() ? "" : "; its output ends: " + String.join(" | ", shown);
    }

    @Override
    public void close() {
        try {
            stdin.close();
        } catch (IOException ignored) {
            // already gone
        }
        try {
            if (!process.waitFor(1, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        if (!process.isAlive()) deleteTree(scratch);
    }
}
