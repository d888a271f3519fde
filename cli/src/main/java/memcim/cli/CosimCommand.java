package memcim.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import memcim.bnn.flow.CosimFlow;
import memcim.bnn.flow.ModelDir;
import memcim.core.InputException;
import memcim.core.Json;
import memcim.core.ScratchFolder;
import memcim.cosim.report.ChipReport;
import memcim.hdl.spec.ChipSpec;
import memcim.report.Units;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code memcim cosim}: test beats of a trained model through the chip; accuracy, uncertainty metrics, energy. */
@Command(name = "cosim", mixinStandardHelpOptions = true,
        description = "Run test beats of a trained model (memcim train --out DIR) through the co-simulated chip and report "
                + "accuracy, uncertainty AUROCs and energy per inference.")
public final class CosimCommand implements Callable<Integer> {
    @Option(names = "--model", required = true, paramLabel = "DIR", description = "trained model directory") Path model;
    @Bounds.Count(max = Bounds.TEST_BEATS)
    @Option(names = "--beats", paramLabel = "N",
            description = "test beats, 1 to " + Bounds.TEST_BEATS + " (lockstep: " + Bounds.LOCKSTEP_BEATS
                    + ") and at most the model's test set (default: fast all, transaction 100, lockstep 2)")
    Integer beats;
    @Option(names = "--mode", defaultValue = "fast", description = "lockstep, transaction or fast (default ${DEFAULT-VALUE})")
    CosimFlow.Mode mode;
    @Bounds.Count(max = Bounds.CHIP_SAMPLES)
    @Option(names = "--samples", paramLabel = "M", description = "samples M on chip, 1 to " + Bounds.CHIP_SAMPLES + " (default: the chip's; lockstep: 1)")
    Integer samples;
    @Option(names = "--chip", defaultValue = "reference", paramLabel = "PRESET|FILE", description = "chip configuration (default ${DEFAULT-VALUE})")
    String chip;
    @Option(names = "--json", description = "print the report as JSON on standard output") boolean json;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (beats != null && mode == CosimFlow.Mode.LOCKSTEP && beats > Bounds.LOCKSTEP_BEATS) { // about a minute a beat
            throw new InputException("--beats", "at most " + Bounds.LOCKSTEP_BEATS + " with --mode lockstep", String.valueOf(beats));
        }
        ModelDir m = ModelDir.read(model);
        if (beats != null) requireTestBeats("--beats", beats, m);
        ChipSpec c = chipConfig(chip);
        int lockSamples = samples != null ? samples : 1;
        if (samples != null && mode != CosimFlow.Mode.LOCKSTEP) c = c.withSamples(samples);
        int available = m.dataset().test().size();
        String testSplit = model.resolve(ModelDir.DATA).resolve(memcim.data.ecg.DatasetFiles.BEATS).toString();
        m.dataset().requireTest(testSplit);
        // --beats asks for that many beats: more than the test split holds is an error, not a silent cut
        if (beats != null && beats > available)
            throw new InputException("--beats", "at most " + available + " (the test beats of " + testSplit + ")", String.valueOf(beats));
        int n = beats != null ? beats : Math.min(available, switch (mode) {
            case FAST -> available;
            case TRANSACTION -> 100;
            case LOCKSTEP -> 2;
        });
        // the scratch folder holds yosys netlists for the digital energy only
        ChipSpec chipSpec = c;
        ChipReport r = ScratchFolder.use("memcim-cosim-", work -> CosimFlow.run(m, chipSpec, mode, n, lockSamples, work, System.err));
        var out = spec.commandLine().getOut();
        out.print(json ? Json.write(r) : summary(r));
        out.flush(); // print() does not flush a PrintWriter, and the JVM exits right after
        return 0;
    }

    static ChipSpec chipConfig(String chip) {
        if (chip.endsWith(".json") || Files.exists(Path.of(chip))) return memcim.bnn.flow.ChipSpecFiles.load(Path.of(chip));
        return ChipSpec.preset(chip);
    }

    /** Paths, energy with what it covers and the published comparisons, agreement. */
    static String summary(ChipReport r) {
        StringBuilder out = new StringBuilder();
        r.paths().forEach((name, p) -> out.append(String.format(Locale.ROOT,
                "%-18s accuracy %s  AUROC aleatoric %s  epistemic %s  (%d known + %d unseen beats, M = %d, %.1f s)%n",
                name, Units.score(p.accuracy()), Units.score(p.aurocAleatoric()), Units.score(p.aurocEpistemic()), p.knownBeats(), p.unseenBeats(), p.samples(),
                p.wallSeconds())));
        var e = r.energy();
        out.append("energy per inference:\n");
        e.breakdown().forEach((k, v) -> out.append(String.format(Locale.ROOT, "  %-22s %12s  %s%n", k, Units.joules(v),
                e.methods().get(k))));
        out.append(String.format(Locale.ROOT, "  %-22s %12s  (%.3g x to %.3g x the published 0.7-2.5 nJ, MAC only)%n",
                "MAC only", Units.joules(e.macOnlyJoulesPerInference()), e.macOnlyOverPublishedHigh(), e.macOnlyOverPublishedLow()));
        out.append(String.format(Locale.ROOT, "  %-22s %12s  latency %s%n", "full chip", Units.joules(e.fullChipJoulesPerInference()),
                Units.seconds(e.latencySecondsPerInference())));
        e.ratioPublishedOverFullChip().forEach((k, v) -> out.append(String.format(Locale.ROOT,
                "  %-22s %12s  = %.3g x this chip's full-chip energy%n", k, Units.joules(e.publishedJoules().get(k)), v)));
        if (r.agreement() != null) {
            out.append(String.format(Locale.ROOT, "lock-step vs transaction: %d of %d ADC codes differ (max %d LSB)%n",
                    r.agreement().codesDiffering(), r.agreement().codesCompared(), r.agreement().maxCodeDifference()));
        }
        if (r.tolerance() != null) {
            out.append(String.format(Locale.ROOT, "%s: accuracy within %.2f: %s, AUROCs within %.2f: %s%n", r.tolerance().compared(),
                    r.tolerance().accuracy(), r.tolerance().accuracyWithin() ? "yes" : "NO", r.tolerance().auroc(),
                    r.tolerance().aurocWithin() ? "yes" : "NO"));
        }
        r.notes().forEach(n -> out.append("note: ").append(n).append('\n'));
        return out.toString();
    }

    /** More test beats than the model's data set holds would be silently fewer: refused, naming the option. */
    static void requireTestBeats(String option, int beats, ModelDir m) {
        int available = m.dataset().test().size();
        if (beats > available) {
            throw new InputException(option, "at most the " + available + " test beats of the model's data set", String.valueOf(beats));
        }
    }
}
