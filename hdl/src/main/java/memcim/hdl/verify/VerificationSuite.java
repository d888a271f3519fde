package memcim.hdl.verify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs the testbenches of a list of cases in Icarus, each in its own folder under a work directory, and
 * reports per module. The generated files stay in the work directory for inspection.
 */
public final class VerificationSuite {
    private VerificationSuite() {}

    public static List<TestbenchResult> run(List<VerifyCase> cases, Path work, Consumer<TestbenchResult> onResult) {
        List<TestbenchResult> results = new ArrayList<>();
        for (VerifyCase c : cases) {
            Path dir = work.resolve(c.name());
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create " + dir, e);
            }
            TestbenchResult r = TestbenchResult.run(c.testbench(), dir);
            results.add(r);
            onResult.accept(r);
        }
        return results;
    }

    /** The closing line: {@code N passed, M failed}. */
    public static String summary(List<TestbenchResult> results) {
        long passed = results.stream().filter(TestbenchResult::passed).count();
        return passed + " passed, " + (results.size() - passed) + " failed";
    }
}
