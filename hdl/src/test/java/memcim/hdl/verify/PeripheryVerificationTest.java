package memcim.hdl.verify;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import memcim.hdl.periphery.ChipDigital;
import memcim.hdl.periphery.PeripheryConfig;
import memcim.hdl.spec.ChipSpec;
import memcim.hdl.verilog.VerilogEmitter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What {@code memcim verify hdl} runs, and the lint acceptance of the emitted chip. */
class PeripheryVerificationTest {
    @TempDir Path dir;

    @Test
    void everyPeripheryModuleMatchesTheJavaSimulatorInIcarus() {
        List<VerifyCase> cases = VerifyCase.periphery(2026);
        assertEquals(23, cases.size(), "the 23 generated cases of memcim verify hdl (docs/hdl.md)");
        List<String> failures = new ArrayList<>();
        List<VerifyCase.HandWritten> hand = VerifyCase.handWritten();
        List<TestbenchResult> results = VerificationSuite.run(cases, hand, Path.of("../testbenches/hdl"), dir, r -> {
            if (!r.passed()) failures.add(r.module() + ":\n" + r.output());
        });
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        assertEquals((cases.size() + hand.size()) + " passed, 0 failed", VerificationSuite.summary(results));
    }

    @Test
    void theChipTestbenchCoversAWholeInference() {
        VerifyCase chip = VerifyCase.periphery(2026).stream().filter(c -> c.name().equals("chip_digital")).findFirst().orElseThrow();
        long[] done = chip.testbench().trace("done");
        assertTrue(java.util.Arrays.stream(done).anyMatch(v -> v == 1), "the chip finishes an inference within the testbench");
    }

    @Test
    void theReferenceChipIsLintCleanUnderVerilatorWall() {
        ChipDigital chip = new ChipDigital(ChipSpec.reference().periphery());
        List<Path> files = VerilogEmitter.write(chip, dir);
        ToolRun lint = Verilator.lint(dir, files, chip.name());
        assertTrue(lint.ok() && lint.output().isBlank(), lint.output());
        Icarus.compile(dir, files, chip.name(), "chip");
    }

    @Test
    void theTrainingPeripheryAndTheDftFrontEndAreLintCleanUnderVerilatorWall() {
        List<memcim.hdl.Module> modules = List.of(new memcim.hdl.periphery.OutputErrorUnit(10), new memcim.hdl.periphery.TernaryUnit(32),
                new memcim.hdl.periphery.PairColumnDriver(32), new memcim.hdl.periphery.PulseScheduler(15, 6, 5, 4),
                new memcim.hdl.periphery.TrainingController(50), new memcim.hdl.periphery.DftFrontEnd(252, 32, 12, 10));
        for (memcim.hdl.Module m : modules) {
            Path d = dir.resolve(m.name());
            List<Path> files = VerilogEmitter.write(m, d);
            ToolRun lint = Verilator.lint(d, files, m.name());
            assertTrue(lint.ok() && lint.output().isBlank(), m.name() + ": " + lint.output());
        }
    }
}
