package memcim.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import memcim.core.ErrorLine;
import memcim.core.InputException;
import memcim.core.OutputTarget;
import memcim.core.Progress;
import memcim.hdl.verify.TestbenchResult;
import memcim.hdl.verify.VerificationSuite;
import memcim.hdl.verify.VerifyCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code memcim verify ...}: testbench verification. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Run testbenches: each ends with the line 'N passed, N failed'.",
        subcommands = {VerifyCommand.Hdl.class})
public final class VerifyCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code memcim verify hdl}: every periphery module's self-checking testbench in Icarus. */
    @Command(name = "hdl", mixinStandardHelpOptions = true,
            description = {"Self-checking testbenches of every periphery module (vectors recorded from the Java simulator) in Icarus.",
                    "A testbench that does not compile (its first compiler line is shown) or runs past --time-limit is counted failed;"
                            + " the others still run. Exit code 0 if all passed, 1 if any failed."})
    public static final class Hdl implements Callable<Integer> {
        @Spec CommandSpec spec;

        @Option(names = "--work", paramLabel = "DIR", description = "folder for the generated Verilog, vectors and testbenches (default: a new temporary folder)")
        Path work;

        @Option(names = "--testbenches", paramLabel = "DIR", defaultValue = "testbenches/hdl",
                description = "folder of the hand-written testbenches (default ${DEFAULT-VALUE})")
        Path testbenches;

        @Option(names = "--seed", paramLabel = "S", defaultValue = "2026", description = "stimulus seed (default ${DEFAULT-VALUE})")
        long seed;

        @Option(names = "--time-limit", paramLabel = "DURATION", defaultValue = "60s", converter = TimeLimit.class,
                description = {"per testbench, to compile and again to run: one that takes longer is killed and counted failed;"
                        + " 60s, 500ms, 2m or seconds (default ${DEFAULT-VALUE})"})
        Duration timeLimit;

        @Override
        public Integer call() throws Exception {
            TimeLimit.check("--time-limit", timeLimit);
            PrintWriter w = spec.commandLine().getOut();
            if (!Files.isDirectory(testbenches)) {
                throw new InputException("--testbenches", "the folder of hand-written testbenches (run from the repository root)",
                        "no folder " + testbenches.toAbsolutePath());
            }
            if (work != null) OutputTarget.folder(work, "--work");
            Path dir;
            try {
                dir = work != null ? Files.createDirectories(work) : Files.createTempDirectory("memcim-verify-hdl-");
            } catch (java.io.IOException e) {
                throw new InputException("--work", "a folder that can be written", ErrorLine.quote(String.valueOf(work))
                        + " (" + OutputTarget.reason(e) + ")");
            }
            List<VerifyCase> cases = VerifyCase.periphery(seed);
            List<VerifyCase.HandWritten> hand = VerifyCase.handWritten();
            w.println("testbenches in " + dir + " (seed " + seed + ")");
            w.flush();
            List<TestbenchResult> results;
            try (Progress p = new Progress("icarus", cases.size() + hand.size())) {
                results = VerificationSuite.run(cases, hand, testbenches, dir, timeLimit, r -> {
                    w.printf(Locale.ROOT, "%s %-56s %s%n", r.passed() ? "PASS" : "FAIL", r.module(),
                            r.cycles() > 0 ? r.cycles() + " cycles" : "hand-written");
                    if (!r.passed()) {
                        List<String> shown = r.mismatches().isEmpty() ? List.of(r.output().trim()) : r.mismatches();
                        for (String m : shown.subList(0, Math.min(5, shown.size()))) w.println("     " + m);
                    }
                    w.flush();
                    p.step();
                });
            }
            String summary = VerificationSuite.summary(results);
            w.println(summary);
            w.flush();
            return summary.endsWith(" 0 failed") ? 0 : 1;
        }
    }
}
