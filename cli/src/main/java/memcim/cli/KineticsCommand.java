package memcim.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import memcim.core.AtomicFolder;
import memcim.core.OutputTarget;
import memcim.core.Progress;
import memcim.kinetics.KineticTraining;
import memcim.kinetics.KineticsReport;
import memcim.kinetics.KineticsResult;
import memcim.kinetics.KineticsRun;
import memcim.report.ReportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code memcim kinetics}: Shi et al.'s memristor kinetics as the feature learner (issue 13). */
@Command(name = "kinetics", mixinStandardHelpOptions = true,
        description = {"Memristor kinetics as the feature learner (Shi et al. 2025): each image row a pulse train into one dynamic "
                + "memristor, its state trajectory the features, alpha and beta learnt with a small head; trained on ideal devices and "
                + "with the device spread, against the same head on raw pixels; one feature map made in ngspice.",
                "Writes report.html and report.json into --out."})
public final class KineticsCommand implements Callable<Integer> {
    @Option(names = "--task", defaultValue = "fashion", description = "fashion (Debian's dataset-fashion-mnist), mnist (with --mnist) or "
            + "ecg (the reference chip's synthetic beats as raw windows, against its FFT features) (default ${DEFAULT-VALUE})") String task;
    @Option(names = "--mnist", paramLabel = "DIR", description = "MNIST IDX files for --task mnist (e.g. ../shared/data/mnist)") Path mnist;
    @Bounds.Count(min = 1, max = 1000)
    @Option(names = "--epochs", defaultValue = "10", description = "training epochs, 1 to 1000 (default ${DEFAULT-VALUE})") int epochs;
    @Bounds.Count(min = 0, max = 4096)
    @Option(names = "--hidden", defaultValue = "72", description = "hidden units of the head (batch-norm, ReLU), 0 for none, 0 to 4096 "
            + "(default ${DEFAULT-VALUE}, the authors')") int hidden;
    @Bounds.Count(min = 10, max = 60_000)
    @Option(names = "--train", defaultValue = "60000", description = "training images used (at most what the set has), 10 to 60000 "
            + "(default ${DEFAULT-VALUE})") int train;
    @Bounds.Count(min = 2, max = 4096)
    @Option(names = "--batch", defaultValue = "64", description = "mini-batch size, 2 to 4096 (default ${DEFAULT-VALUE})") int batch;
    @Bounds.Real(min = 1e-6, max = 1)
    @Option(names = "--learning-rate", defaultValue = "0.001", description = "Adam's rate, from 1e-6 to 1 (default ${DEFAULT-VALUE})")
    double rate;
    @Bounds.Count(min = 1, max = 1000)
    @Option(names = "--chips", defaultValue = "5", description = "chips drawn with the device spread, 1 to 1000 (default ${DEFAULT-VALUE})") int chips;
    @Bounds.Count(min = 1, max = 1000)
    @Option(names = "--substeps", defaultValue = "1", description = "Euler steps of the law per pulse, 1 to 1000 (default ${DEFAULT-VALUE}: "
            + "the authors' discrete model; more approach the device's continuous dynamics)") int substeps;
    @Bounds.Count(min = 1, max = 1000)
    @Option(names = "--cnn-epochs", defaultValue = "3", description = "epochs of the CNN baseline, 1 to 1000 (default ${DEFAULT-VALUE}; "
            + "it learns fast and costs about 1 s per 1,000 images per epoch)") int cnnEpochs;
    @Option(names = "--seed", defaultValue = "1", description = "seed (default ${DEFAULT-VALUE})") long seed;
    @Option(names = "--out", defaultValue = "kinetics-out", paramLabel = "DIR", description = "output folder (default ${DEFAULT-VALUE})") Path out;
    @Option(names = "--json", description = "print the figures as JSON (accuracy, parameters, macsPerInference, baseline.accuracy, "
            + "baseline.parameters, baseline.macsPerInference, alpha, beta, spiceTrajectoryError, ...)") boolean json;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        OutputTarget.folder(out, "--out", ReportWriter.JSON_FILE, ReportWriter.HTML_FILE);
        KineticsRun.Task t = KineticsRun.Task.parse(task);
        if (t == KineticsRun.Task.ECG) {   // the beat set is fixed and a CNN needs images: these options would be dropped silently
            for (String o : new String[] {"--train", "--cnn-epochs"})
                if (spec.commandLine().getParseResult().hasMatchedOption(o))
                    throw new memcim.core.InputException(o, "an image-task option (--task fashion or mnist)", o + " with --task ecg");
        }
        var settings = new KineticsRun.Settings(t, mnist, train, hidden,
                new KineticTraining.Settings(epochs, batch, rate, seed, null), chips, substeps, cnnEpochs);
        var err = System.err;
        KineticsRun.Outcome o = AtomicFolder.write(out, "--out", dir -> {
            KineticsRun.Outcome run;
            try (Bars bars = new Bars(err, epochs, cnnEpochs)) {
                run = KineticsRun.run(settings, bars);
            }
            ReportWriter.write(dir, KineticsReport.of(run));
            return run;
        });
        return RunOutput.print(spec, json, o.result(), json ? "" : summary(o.result()), out);
    }

    private static final class Bars implements KineticsRun.Listener, AutoCloseable {
        private final java.io.PrintStream err;
        private final int epochs, cnnEpochs;
        private Progress bar;

        Bars(java.io.PrintStream err, int epochs, int cnnEpochs) {
            this.err = err;
            this.epochs = epochs;
            this.cnnEpochs = cnnEpochs;
        }

        @Override public void stage(String text) {
            close();
            err.println("  " + text);
        }

        @Override public void epoch(String run, KineticTraining.Epoch e) {
            int total = run.equals("cnn") ? cnnEpochs : epochs;
            if (bar == null) bar = new Progress("  " + run + " epochs", total);
            bar.advance(1, Double.isNaN(e.alpha()) ? String.format(Locale.ROOT, "test accuracy %.4f", e.testAccuracy())
                    : String.format(Locale.ROOT, "test accuracy %.4f, alpha %.4f, beta %.4f", e.testAccuracy(), e.alpha(), e.beta()));
            if (e.epoch() == total) close();
        }

        @Override public void close() {
            if (bar != null) bar.close();
            bar = null;
        }
    }

    static String summary(KineticsResult r) {
        var s = r.spread();
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "kinetic network (%s): accuracy %.4f, %,d parameters, %,d MACs per inference, alpha %.4f, beta %.4f per pulse%n",
                r.task(), r.accuracy(), r.parameters(), r.macsPerInference(), r.alpha(), r.beta()));
        if (r.publishedAccuracy() != null)
            b.append(String.format(Locale.ROOT, "  the authors' code: %.3f (trained on 60k images; here %s)%n", r.publishedAccuracy(), r.trainData()));
        b.append(String.format(Locale.ROOT, "with the device spread (%d chips): trained ideal %.4f +- %.4f (drop %.4f), trained with the spread %.4f "
                + "(ideal devices %.4f); whole chips, the head programmed on crossbars too: %.4f +- %.4f%n", s.chips(), s.idealTrainedOnChips(),
                s.idealTrainedOnChipsSd(), s.drop(), s.awareOnChips(), s.awareAccuracy(), s.awareWholeChips(), s.awareWholeChipsSd()));
        b.append(String.format(Locale.ROOT, "baseline %s: accuracy %.4f, %,d parameters, %,d MACs (%.2fx and %.2fx the kinetic network's)%n",
                r.baseline().name(), r.baseline().accuracy(), r.baseline().parameters(), r.baseline().macsPerInference(), r.parameterReduction(),
                r.macReduction()));
        b.append(String.format(Locale.ROOT, "%s: accuracy %.4f, %,d parameters, %,d MACs%n", r.mlp().name(), r.mlp().accuracy(),
                r.mlp().parameters(), r.mlp().macsPerInference()));
        b.append(String.format(Locale.ROOT, "ngspice feature map of test sample 0: max relative difference from the recurrence %.4f, %.3g J, %.3g s%n",
                r.spiceTrajectoryError(), r.spiceJoulesPerFeatureMap(), r.spiceSecondsPerFeatureMap()));
        var ro = r.stateReadout();
        b.append(String.format(Locale.ROOT, "reading its %,d states (%d-bit SAR, comparator decisions only, a lower bound): %.3g J%n",
                ro.states(), ro.adcBits(), ro.comparatorJoules()));
        var d = r.fftFrontEnd();
        if (d != null) {
            b.append(String.format(Locale.ROOT, "the digital DFT front end it replaces (estimate: yosys cells x simulated activity x cmos130): "
                    + "%,d cells, %,d cycles at %.0f MHz = %.3g s, %.3g J per beat (%.3g J with the sample buffer's clock gated)%n", d.cells(),
                    d.cycles(), d.clockHertz() / 1e6, d.seconds(), d.joules(), d.bufferGatedJoules()));
        }
        return b.toString();
    }
}
