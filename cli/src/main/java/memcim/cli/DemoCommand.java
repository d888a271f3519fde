package memcim.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import memcim.bnn.flow.DemoFlow;
import memcim.bnn.flow.DemoOptions;
import memcim.core.OutputTarget;
import memcim.cosim.report.ChipReport;
import memcim.hdl.spec.ChipSpec;
import memcim.report.ReportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code memcim demo}: the whole flow on the embedded synthetic ECG, ending in report.json and report.html. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "The whole flow on the embedded synthetic ECG (or WFDB records with --wfdb): data, training, mapping and programming, Verilog and "
                + "SPICE, co-simulation (test set in the fast path, some beats in transaction mode, a few in lock-step), "
                + "energy, report (report.json, report.html with plots).")
public final class DemoCommand implements Callable<Integer> {
    @Option(names = "--out", defaultValue = "out/demo", paramLabel = "DIR", description = "output directory (default ${DEFAULT-VALUE})")
    Path out;
    @Option(names = "--chip", defaultValue = "reference", paramLabel = "PRESET|FILE", description = "chip configuration (default ${DEFAULT-VALUE})")
    String chip;
    @Bounds.Count(min = Bounds.BEATS_MIN, max = Bounds.BEATS_MAX)
    @Bounds.Only(without = "--wfdb", why = "it sizes the synthetic set; --per-class balances WFDB records")
    @Option(names = "--beats", defaultValue = "4000",
            description = "beats synthesised for the data set, " + Bounds.BEATS_MIN + " to " + Bounds.BEATS_MAX + " (default ${DEFAULT-VALUE})")
    int beats;
    @Bounds.Count(max = Bounds.EPOCHS)
    @Option(names = "--epochs", defaultValue = "100", description = "training epochs, 1 to " + Bounds.EPOCHS + " (default ${DEFAULT-VALUE})") int epochs;
    @Bounds.Count(max = Bounds.TEST_BEATS)
    @Option(names = "--transaction-beats", defaultValue = "100",
            description = "test beats in transaction mode, 1 to " + Bounds.TEST_BEATS + " (default ${DEFAULT-VALUE})")
    int transactionBeats;
    @Bounds.Count(min = 0, max = Bounds.LOCKSTEP_BEATS)
    @Option(names = "--lockstep-beats", defaultValue = "2",
            description = "test beats in lock-step, 0 to " + Bounds.LOCKSTEP_BEATS + " (default ${DEFAULT-VALUE}; 0: none)")
    int lockstepBeats;
    @Bounds.Count(max = Bounds.CHIP_SAMPLES)
    @Option(names = "--lockstep-samples", defaultValue = "1",
            description = "samples M in lock-step, 1 to " + Bounds.CHIP_SAMPLES + " (default ${DEFAULT-VALUE})")
    int lockstepSamples;
    @picocli.CommandLine.Mixin WfdbOptions records;
    @Bounds.Count(max = memcim.bnn.TrainingSettings.MAX_MEMBERS)
    @Option(names = "--members", paramLabel = "K",
            description = "Bayesian networks in the ensemble, 1 to " + memcim.bnn.TrainingSettings.MAX_MEMBERS + " (default "
                    + memcim.bnn.TrainingSettings.REAL_DATA_MEMBERS + " with --wfdb, 1 on the synthetic ECG)")
    Integer members;
    @Option(names = "--seed", defaultValue = "1", description = "seed of data, training and programming (default ${DEFAULT-VALUE})")
    long seed;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        // the counts' ranges are checked before this runs (Bounds); the output target before anything is written
        OutputTarget.folder(out, "--out", "model/", "verilog/", "spice/", "synth/", "chip.json", "technology.txt",
                ReportWriter.JSON_FILE, ReportWriter.HTML_FILE);
        ChipSpec c = CosimCommand.chipConfig(chip).withSeed(seed);
        DemoOptions o = new DemoOptions(out, c, beats, epochs, transactionBeats, lockstepBeats, lockstepSamples, seed,
                records.choice(false), members);
        ChipReport r = DemoFlow.run(o, System.err);
        spec.commandLine().getOut().print(CosimCommand.summary(r));
        spec.commandLine().getOut().println("report: " + out.resolve("report.html"));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
