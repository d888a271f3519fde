package memcim.bnn.flow;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import memcim.core.InputException;
import memcim.core.Progress;
import memcim.cosim.report.ChipReport;
import memcim.hdl.spec.ChipSpec;

/**
 * {@code memcim cosim}: test beats of a trained model through the chip in one mode (fast: the whole test set by
 * default; transaction; lock-step, with fewer samples M), with accuracy, uncertainty metrics and energy.
 */
public final class CosimFlow {
    public enum Mode { LOCKSTEP, TRANSACTION, FAST }

    private CosimFlow() {}

    public static ChipReport run(ModelDir model, ChipSpec chip, Mode mode, int beats, int lockstepSamples, Path work,
                             PrintStream err) {
        if (beats < 1) throw new InputException("--beats", "at least 1", String.valueOf(beats));
        int available = model.dataset().test().size();
        if (beats > available)
            throw new InputException("--beats", "at most " + available + " (the model's test beats)", String.valueOf(beats));
        Stages stages = new Stages(err, 3);
        stages.begin("programming " + chip.arrayCount() + " arrays from " + model.model().deviceCard());
        ChipBuild build = ChipBuild.of(chip, model);
        stages.end(build.chip().arrayCount() + " arrays");
        CosimRunner runner = new CosimRunner(build, model.dataset().chipTestBeats(beats, chip.seed()));
        runner.software();
        runner.conventional(model.model().conventionalWeights());
        stages.begin(mode.name().toLowerCase(Locale.ROOT) + " co-simulation of " + beats + " beats");
        int n = Math.min(beats, model.dataset().test().size());
        try (Progress p = new Progress("  " + mode.name().toLowerCase(Locale.ROOT), n)) {
            switch (mode) {
                case FAST -> runner.fast(p);
                case TRANSACTION -> runner.transaction(n, p);
                case LOCKSTEP -> runner.lockstep(n, lockstepSamples, p);
            }
        }
        if (mode == Mode.LOCKSTEP) runner.fast(null);
        stages.end("done");
        stages.begin("energy: yosys synthesis and simulated activity");
        runner.digital(work);
        stages.end("done");
        Map<String, Double> seconds = new LinkedHashMap<>(stages.seconds());
        return runner.report(seconds);
    }
}
