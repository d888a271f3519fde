package memcim.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The contract of every bad-input case (issue 17, docs/errors.md): exit code 2, one error line
 * {@code memcim <command>: error: <where>: expected <what>, found <what>} (plus at most the one-line
 * {@code see memcim <command> --help} hint), naming what the case names, no stack trace, and the watched
 * folder exactly as it was before the run (nothing half-written, no temporary files left).
 *
 * <p>In-process ({@link #check}) for everything that cannot take the JVM down; {@link #checkInChild} runs
 * {@code memcim} in a child JVM for inputs that reach ngspice, so that a crash the code fails to stop fails
 * the case instead of killing the test run.
 */
final class BadInput {
    private BadInput() {}

    /** Runs {@code memcim args} in this JVM and asserts the contract; returns the error line. */
    static String check(Path watched, String command, List<String> mustName, String... args) {
        Snapshot before = Snapshot.of(watched);
        CliRun r = CliRun.memcim(args);
        return assertContract(r, watched, before, command, mustName, String.join(" ", args));
    }

    /** As {@link #check}, with {@code memcim} in a child JVM that is killed after {@code timeoutSeconds}. */
    static String checkInChild(Path watched, String command, List<String> mustName, int timeoutSeconds, String... args) {
        Snapshot before = Snapshot.of(watched);
        CliRun r = child(timeoutSeconds, args);
        return assertContract(r, watched, before, command, mustName, String.join(" ", args));
    }

    /** {@code memcim args} in a child JVM on this test's class path; exit code 124 if it outlived the timeout. */
    static CliRun child(int timeoutSeconds, String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-XX:-CreateCoredumpOnCrash", Main.class.getName()));
        cmd.addAll(List.of(args));
        try {
            Path out = Files.createTempFile("memcim-child", ".out"), err = Files.createTempFile("memcim-child", ".err");
            try {
                Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile())
                        .directory(Path.of(System.getProperty("java.io.tmpdir")).toFile()).start();
                int code;
                if (p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                    code = p.exitValue();
                } else {
                    p.descendants().forEach(ProcessHandle::destroyForcibly);
                    p.destroyForcibly().waitFor();
                    code = 124;
                }
                return new CliRun(code, Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String assertContract(CliRun r, Path watched, Snapshot before, String command, List<String> mustName, String what) {
        List<String> lines = r.err().lines().filter(l -> !l.isBlank()).toList();
        String context = what + "\n--- stderr:\n" + r.err() + "--- stdout:\n" + r.out();
        assertEquals(Main.BAD_INPUT, r.code(), "exit code of " + context);
        assertFalse(lines.isEmpty(), "no error line for " + context);
        List<String> errorLines = lines.stream().filter(l -> l.contains(": error: ")).toList();
        assertEquals(1, errorLines.size(), "exactly one error line for " + context);
        String line = errorLines.get(0);
        int at = lines.indexOf(line);
        // progress lines may come before the error; after it only the one-line pointer to --help
        assertTrue(at == lines.size() - 1 || (at == lines.size() - 2 && lines.get(at + 1).equals("see " + command + " --help")),
                "nothing after the error line but 'see " + command + " --help' for " + context);
        assertTrue(line.startsWith(command + ": error: "), "error line starts with '" + command + ": error: ' for " + context);
        assertTrue(line.contains("expected "), "error line says what was expected for " + context);
        assertTrue(line.contains("found "), "error line says what was found for " + context);
        for (String name : mustName) assertTrue(line.contains(name), "error line names '" + name + "' for " + context);
        for (String l : lines) {
            assertFalse(l.matches("\\s+at [\\w.$]+\\(.*\\)"), "stack trace in " + context);
            assertFalse(l.contains("Exception") || l.contains("com.fasterxml") || l.contains("picocli."),
                    "library or exception internals in " + context);
        }
        assertEquals(before, Snapshot.of(watched), "the watched folder changed for " + context);
        return line;
    }

    /** Every file under a folder with its size and content hash (null folder: nothing watched). */
    record Snapshot(TreeMap<String, String> files) {
        static Snapshot of(Path dir) {
            TreeMap<String, String> files = new TreeMap<>();
            if (dir == null || !Files.exists(dir)) return new Snapshot(files);
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.toList()) {
                    String rel = dir.relativize(p).toString();
                    if (Files.isDirectory(p)) files.put(rel + "/", "dir");
                    else if (Files.isRegularFile(p)) files.put(rel, Files.size(p) + ":" + java.util.Arrays.hashCode(Files.readAllBytes(p)));
                    else files.put(rel, "special");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new Snapshot(files);
        }
    }
}
