package memcim.hdl.verify;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import memcim.core.InputException;
import memcim.core.OutputTarget;

/**
 * Runs the testbenches of a list of cases in Icarus, each in its own folder under a work directory, and
 * reports per module. The generated files stay in the work directory for inspection.
 */
public final class VerificationSuite {
    private VerificationSuite() {}

    public static List<TestbenchResult> run(List<VerifyCase> cases, Path work, Consumer<TestbenchResult> onResult) {
        return run(cases, List.of(), null, work, onResult);
    }

    /** Generated testbenches of {@code cases}, then the hand-written ones found in {@code testbenchDir}. */
    public static List<TestbenchResult> run(List<VerifyCase> cases, List<VerifyCase.HandWritten> handWritten, Path testbenchDir,
                                            Path work, Consumer<TestbenchResult> onResult) {
        return run(cases, handWritten, testbenchDir, work, TestbenchResult.DEFAULT_TIME_LIMIT, onResult);
    }

    /**
     * As {@link #run(List, List, Path, Path, Consumer)}, each testbench within {@code limit} (to compile, and
     * again to run). A testbench that does not compile, never finishes or is missing is counted failed with
     * the reason, and the others still run.
     */
    public static List<TestbenchResult> run(List<VerifyCase> cases, List<VerifyCase.HandWritten> handWritten, Path testbenchDir,
                                            Path work, Duration limit, Consumer<TestbenchResult> onResult) {
        List<TestbenchResult> results = new ArrayList<>();
        for (VerifyCase c : cases) {
            TestbenchResult r = TestbenchResult.run(c.testbench(), folder(work, c.name()), limit);
            results.add(r);
            onResult.accept(r);
        }
        for (VerifyCase.HandWritten h : handWritten) {
            Path file = testbenchDir.resolve(h.file());
            String top = h.file().replaceFirst("\\.v$", "");
            TestbenchResult r = Files.isRegularFile(file)
                    ? TestbenchResult.runHandWritten(file, h.module().get(), folder(work, top), limit)
                    : TestbenchResult.failed(top, "no testbench file " + file + (Files.exists(file) ? " (not a regular file)" : ""));
            results.add(r);
            onResult.accept(r);
        }
        return results;
    }

    private static Path folder(Path work, String name) {
        Path dir = work.resolve(name);
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new InputException(dir.toString(), "a folder for the testbench's files", OutputTarget.reason(e), e);
        }
    }

    /** The closing line: {@code N passed, M failed}. */
    public static String summary(List<TestbenchResult> results) {
        long passed = results.stream().filter(TestbenchResult::passed).count();
        return passed + " passed, " + (results.size() - passed) + " failed";
    }
}
