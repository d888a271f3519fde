package memcim.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import memcim.core.AtomicFolder;
import memcim.core.OutputTarget;
import memcim.core.Progress;
import memcim.device.DevicePresets;
import memcim.report.ReportWriter;
import memcim.report.Units;
import memcim.sbp.SbpReport;
import memcim.sbp.SbpResult;
import memcim.sbp.SbpRun;
import memcim.sbp.SignRule;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code memcim sbp}: on-chip learning by sign backpropagation on a pulsed RRAM card (Zhang et al. 2018). */
@Command(name = "sbp", mixinStandardHelpOptions = true,
        description = {"On-chip learning by sign backpropagation (Zhang et al., Neural Networks 2018): a 784 x H x 10 RRAM MLP with binary "
                + "inputs and hidden bits, ternary errors and one SET/RESET pulse per cell as its update, trained on the pulsed card "
                + "along a ladder of non-idealities (ideal devices, the card's steps, cycle noise, IR drop, device spread, stuck cells, "
                + "endurance), against a float MLP with SGD; the card's pulse response measured on its compact model in ngspice first.",
                "Writes report.html and report.json into --out."})
public final class SbpCommand implements Callable<Integer> {
    @Option(names = "--mnist", paramLabel = "DIR", description = "MNIST IDX files (e.g. ../shared/data/mnist); default: Fashion-MNIST from "
            + "Debian's dataset-fashion-mnist") Path mnist;
    @Bounds.Count(min = 1, max = 4096)
    @Option(names = "--hidden", defaultValue = "300", description = "hidden neurons, 1 to 4096 (default ${DEFAULT-VALUE}, the paper's)") int hidden;
    @Bounds.Count(min = 1, max = 1000)
    @Option(names = "--epochs", defaultValue = "5", description = "training epochs, 1 to 1000 (default ${DEFAULT-VALUE})") int epochs;
    @Bounds.Count(min = 10, max = 60_000)
    @Option(names = "--train", defaultValue = "10000", description = "training images used (at most what the set has), 10 to 60000 "
            + "(default ${DEFAULT-VALUE}, what ../shared/data/mnist holds)") int train;
    @Option(names = "--device", defaultValue = "rram-pulsed", paramLabel = "CARD", description = "pulsed device card: preset or file, with a "
            + "nonlinear-bounded pulse response and its pulse conditions (default ${DEFAULT-VALUE})") String device;
    @Bounds.Real(min = 0, max = 1000)
    @Option(names = "--margin", defaultValue = SbpRun.Defaults.MARGIN, description = "output hinge margin, weight units, from 0 to 1000 (default ${DEFAULT-VALUE})") double margin;
    @Bounds.Real(min = 0, max = 1000, above = true)
    @Option(names = "--window", defaultValue = SbpRun.Defaults.WINDOW, description = "straight-through window of the hidden step, weight units, "
            + "above 0, at most 1000 (default ${DEFAULT-VALUE})") double window;
    @Bounds.Real(min = 0, max = 1000)
    @Option(names = "--dead-zone", defaultValue = SbpRun.Defaults.DEAD_ZONE, description = "dead zone of the hidden errors, weight units, from 0 to 1000 (default "
            + "${DEFAULT-VALUE})") double deadZone;
    @Bounds.Count(min = 1, max = 100)
    @Option(names = "--pulses", defaultValue = SbpRun.Defaults.PULSES, description = "pulses per cell and update: the learning rate, 1 to 100 (default "
            + "${DEFAULT-VALUE})") int pulses;
    @Bounds.Real(min = 0, max = 0.5)
    @Option(names = "--stuck", defaultValue = SbpRun.Defaults.STUCK, description = "fraction of stuck cells in the ladder's stuck step, from 0 to 0.5 (default "
            + "${DEFAULT-VALUE})") double stuck;
    @Bounds.Count(min = 1, max = 1_000_000_000)
    @Option(names = "--endurance", defaultValue = SbpRun.Defaults.ENDURANCE, description = "pulses a cell takes before it stops moving, in the ladder's last "
            + "step, 1 to 1000000000 (default ${DEFAULT-VALUE})") int endurance;
    @Bounds.Count(min = 2, max = 1024)
    @Option(names = "--tile", defaultValue = SbpRun.Defaults.TILE, description = "crossbar tile side in cells, even, 2 to 1024 (default ${DEFAULT-VALUE})") int tile;
    @Bounds.Real(min = 0, max = 1000)
    @Option(names = "--wire-ohms", defaultValue = SbpRun.Defaults.WIRE_OHMS, description = "wire resistance per cell pitch, ohms, from 0 to 1000 (default ${DEFAULT-VALUE})") double wireOhms;
    @Bounds.Count(min = 1, max = 1_000_000)
    @Option(names = "--wire-refresh", defaultValue = SbpRun.Defaults.WIRE_REFRESH, description = "updates between recomputations of the IR drop, 1 to 1000000 (default "
            + "${DEFAULT-VALUE})") int wireRefresh;
    @Option(names = "--anneal", negatable = true, defaultValue = "true", fallbackValue = "true", description = "in epoch e each driven "
            + "line of an update takes part with probability 1/e, the learning-rate schedule (default on; --no-anneal: every line pulses)")
    boolean anneal;
    @Bounds.Count(min = 1, max = 100)
    @Option(names = "--repeats", defaultValue = "1", description = "trainings per ladder step with seeds seed, seed+1, ...: the step's "
            + "accuracy is their mean, with their spread, 1 to 100 (default ${DEFAULT-VALUE})") int repeats;
    @Bounds.Count(min = 1, max = 1024)
    @Option(names = "--threads", paramLabel = "N", description = "trainings at a time, 1 to 1024 (default: the cores)") Integer threads;
    @Option(names = "--seed", defaultValue = "1", description = "seed (default ${DEFAULT-VALUE})") long seed;
    @Option(names = "--out", defaultValue = "sbp-out", paramLabel = "DIR", description = "output folder (default ${DEFAULT-VALUE})") Path out;
    @Option(names = "--json", description = "print the figures as JSON (accuracy, floatAccuracy, idealSignAccuracy, pulsesPerEpoch, "
            + "energyPerEpochJoules, ladder, ...)") boolean json;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        OutputTarget.folder(out, "--out", ReportWriter.JSON_FILE, ReportWriter.HTML_FILE);
        if (tile % 2 != 0) throw new memcim.core.InputException("--tile", "an even number of cells", String.valueOf(tile));
        var card = DevicePresets.resolve(device);
        SbpRun.law(card);
        if (mnist != null) memcim.data.mnist.Mnist.test(mnist);    // a wrong folder is named before any work
        var settings = new SbpRun.Settings(mnist, train, hidden, epochs, card, seed, new SignRule(margin, window, deadZone, pulses), stuck,
                endurance, tile, wireOhms, wireRefresh, anneal, repeats, threads != null ? threads : Runtime.getRuntime().availableProcessors());
        var err = System.err;
        SbpRun.Outcome o = AtomicFolder.write(out, "--out", dir -> {
            SbpRun.Outcome run;
            try (Bars bars = new Bars(err, epochs * (repeats * SbpRun.Step.values().length + 2))) {
                run = SbpRun.run(settings, bars);
            }
            ReportWriter.write(dir, SbpReport.of(run));
            return run;
        });
        return RunOutput.print(spec, json, o.result(), json ? "" : summary(o.result()), out);
    }

    /** One bar over every training's epochs; the latest epoch's accuracy of each run in its status. */
    private static final class Bars implements SbpRun.Listener, AutoCloseable {
        private final java.io.PrintStream err;
        private final int total;
        private final Map<String, String> latest = new LinkedHashMap<>();
        private Progress bar;

        Bars(java.io.PrintStream err, int total) {
            this.err = err;
            this.total = total;
        }

        @Override public synchronized void stage(String text) {
            err.println("  " + text);
        }

        @Override public synchronized void epoch(String run, int epoch, double testAccuracy) {
            if (bar == null) bar = new Progress("  epochs", total);
            latest.put(run, String.format(Locale.ROOT, "%s %d: %.3f", run, epoch, testAccuracy));
            bar.advance(1, latest.get(run));
        }

        @Override public synchronized void close() {
            if (bar != null) bar.close();
            bar = null;
        }
    }

    static String summary(SbpResult r) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%s: %,d training images (of %,d), %,d test; 784 x %d x 10, %d epochs%n", r.data(), r.trainImages(),
                r.trainAvailable(), r.testImages(), r.hidden(), r.epochs()));
        b.append(String.format(Locale.ROOT, "sign-BP on the pulsed device: accuracy %.4f (published ~%.3f on 60k MNIST images)%n", r.accuracy(),
                r.publishedAccuracy()));
        b.append(String.format(Locale.ROOT, "float MLP with SGD: %.4f%s; sign-BP on ideal devices: %.4f%n", r.floatAccuracy(),
                r.floatAllTrainingAccuracy() == null ? "" : String.format(Locale.ROOT, " (%.4f on all %,d training images)",
                        r.floatAllTrainingAccuracy(), r.trainAvailable()), r.idealSignAccuracy()));
        for (SbpResult.LadderStep s : r.ladder())
            b.append(String.format(Locale.ROOT, "  %-70s %.4f%s (cost %+.4f), %,.0f pulses per epoch%n", s.label(), s.accuracy(),
                    r.repeats() > 1 ? String.format(Locale.ROOT, " +- %.4f", s.accuracySd()) : "", s.cost(), s.pulsesPerEpoch()));
        b.append(String.format(Locale.ROOT, "pulsed device: %,.0f pulses and %s of programming per epoch (SET %s, RESET %s each, from ngspice)%n",
                r.pulsesPerEpoch(), Units.joules(r.energyPerEpochJoules()), Units.joules(r.calibration().setJoules()),
                Units.joules(r.calibration().resetJoules())));
        var c = r.costs();
        b.append(String.format(Locale.ROOT, "per epoch (estimates, 130 nm): %s at %s, %s in all (reads, comparators, controller, pulses); "
                        + "inference afterwards %s and %s per sample%n", Units.seconds(c.secondsPerEpoch()), Units.eng(c.clockHertz(), "Hz"),
                Units.joules(c.trainingJoulesPerEpoch()), Units.seconds(c.inferenceSecondsPerSample()), Units.joules(c.inferenceJoulesPerSample())));
        return b.toString();
    }
}
