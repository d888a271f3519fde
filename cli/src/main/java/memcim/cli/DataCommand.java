package memcim.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import memcim.data.ecg.DatasetBuilder;
import memcim.data.ecg.DatasetFiles;
import memcim.data.ecg.EcgDataset;
import memcim.data.ecg.EcgRecord;
import memcim.data.ecg.WfdbChoice;
import memcim.data.ecg.SyntheticEcg;
import memcim.data.ecg.WfdbReader;
import memcim.data.ecg.WfdbWriter;
import memcim.data.mnist.Mnist;
import memcim.data.mnist.MnistSet;
import memcim.core.AtomicFolder;
import memcim.core.InputException;
import memcim.core.OutputTarget;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code memcim data ...}: data sets for the network. */
@Command(name = "data", mixinStandardHelpOptions = true,
        description = "Data sets: ECG beats for the Bayesian network; MNIST files checked and summarised.",
        subcommands = {DataCommand.Ecg.class, DataCommand.MnistSummary.class})
public final class DataCommand implements Runnable {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Where the beats come from: the synthetic generator (default) or a directory of WFDB records. */
    static final class EcgSource {
        @Bounds.Count(min = Bounds.BEATS_MIN, max = Bounds.BEATS_MAX)
        @Bounds.Only(without = "--wfdb", why = "it sizes a synthetic set; --per-class limits WFDB records")
        @Option(names = "--beats", defaultValue = "4500",
                description = "synthetic beats of the trained classes, spread evenly over the 9 classes, " + Bounds.BEATS_MIN + " to "
                        + Bounds.BEATS_MAX + " (default ${DEFAULT-VALUE})")
        int beats;
        @Option(names = "--seed", defaultValue = "1", description = "seed of synthesis and splits (default ${DEFAULT-VALUE})")
        long seed;
        @picocli.CommandLine.Mixin WfdbOptions records;
        @Bounds.Real(min = 0.05, max = 1.5)
        @Bounds.Only(without = "--wfdb", why = "it shapes the synthetic unseen class")
        @Option(names = "--flutter-width", defaultValue = "0.2", paramLabel = "RAD",
                description = "synthetic unseen class: angular width of the flutter waves, from 0.05 to 1.5, 0.2 sharp .. 0.75 sine-like "
                        + "(default ${DEFAULT-VALUE})")
        double flutterWidth;
        @Option(names = "--detect", description = "align each beat window on the R peak found by the QRS detector (within 100 ms of the annotation)")
        boolean detect;
        /** The options other than --seed that choose the data, as typed (for refusing them beside a ready data set). */
        static final String[] SOURCE_OPTIONS = {"--beats", "--wfdb", "--flutter-width", "--per-class", "--detect", "--split", "--unseen",
                "--normalise", "--validation-records", "--codes"};

        /** The WFDB records these options read, or null for the synthetic set. */
        WfdbChoice wfdb() {
            return records.choice(detect);
        }

        SyntheticEcg.Settings synthetic() {
            return SyntheticEcg.Settings.defaults(seed, DatasetBuilder.perClass(beats)).withFlutterWidth(flutterWidth);
        }

        EcgDataset load() {
            if (records.wfdb != null) {
                return wfdb().load(seed);
            }
            SyntheticEcg.Settings s = synthetic();
            if (!detect) return DatasetBuilder.synthetic(s);
            return DatasetBuilder.build(SyntheticEcg.generate(s), s.beatsPerClass(), seed, true, "synthetic ECG, detector-aligned");
        }
    }

    @Command(name = "ecg", mixinStandardHelpOptions = true,
            description = "Write an ECG beat set (beats.csv + dataset.json): synthetic by default, or from WFDB records.")
    static final class Ecg implements Callable<Integer> {
        @picocli.CommandLine.Mixin EcgSource source;
        @Option(names = "--out", required = true, paramLabel = "DIR", description = "output directory") Path out;
        @Bounds.Only(without = "--wfdb", why = "it writes the synthetic records")
        @Option(names = "--write-wfdb", paramLabel = "DIR",
                description = "also write the synthetic records in MIT-BIH layout (.hea, .dat format 212, .atr) to DIR")
        Path writeWfdb;
        @Spec picocli.CommandLine.Model.CommandSpec spec;

        /** beats.csv and dataset.json together, or neither. */
        private void writeDataset(EcgDataset d) {
            AtomicFolder.write(out, "--out", dir -> {
                DatasetFiles.write(dir, d);
                return null;
            });
        }

        @Override
        public Integer call() {
            OutputTarget.folder(out, "--out", DatasetFiles.BEATS, DatasetFiles.META);   // both targets before any work
            if (writeWfdb != null) OutputTarget.folder(writeWfdb, "--write-wfdb");
            EcgDataset d;
            if (writeWfdb != null) {
                SyntheticEcg.Settings s = source.synthetic();
                List<EcgRecord> records = SyntheticEcg.generate(s);
                d = source.detect ? DatasetBuilder.build(records, s.beatsPerClass(), s.seed(), true, "synthetic ECG, detector-aligned")
                        : DatasetBuilder.synthetic(s);
                // the data set is moved into place inside the records' write: if it cannot be, no records are left either
                AtomicFolder.write(writeWfdb, "--write-wfdb", dir -> {
                    for (EcgRecord r : records) WfdbWriter.write(dir, r);
                    writeDataset(d);
                    return null;
                });
                spec.commandLine().getErr().printf("wrote %d WFDB records to %s%n", records.size(), writeWfdb);
            } else {
                d = source.load();
                writeDataset(d);
            }
            var o = spec.commandLine().getOut();
            o.printf(Locale.ROOT, "%s: train %d, validation %d, test %d beats -> %s%n", d.source(), d.train().size(),
                    d.validation().size(), d.test().size(), out.resolve(DatasetFiles.BEATS));
            int[] n = d.train().countPerClass(), v = d.validation().countPerClass(), t = d.test().countPerClass();
            for (int k = 0; k < d.classes().size(); k++)
                o.printf(Locale.ROOT, "  %c %-60s train %5d  validation %5d  test %5d%n", d.classes().symbol(k), d.classes().description(k),
                        n[k], v[k], t[k]);
            return 0;
        }
    }

    @Command(name = "mnist", mixinStandardHelpOptions = true,
            description = "Read MNIST-layout IDX files (PREFIX-images-idx3-ubyte and PREFIX-labels-idx1-ubyte, gzipped or not), "
                    + "check them and print the image count and the label histogram of each set.")
    static final class MnistSummary implements Callable<Integer> {
        @Option(names = "--dir", required = true, paramLabel = "DIR", description = "directory of the IDX files") Path dir;
        @Option(names = "--prefix", split = ",", paramLabel = "P",
                description = "sets to read, e.g. train,t10k (default: every PREFIX-images-idx3-ubyte[.gz] in DIR)")
        List<String> prefixes;
        @Spec picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            List<String> sets = prefixes != null ? prefixes : Mnist.prefixes(dir);
            if (sets.isEmpty()) throw new InputException(dir.toString(), "MNIST files PREFIX-images-idx3-ubyte[.gz]", "none");
            var o = spec.commandLine().getOut();
            for (String prefix : sets) {
                MnistSet m = Mnist.read(dir, prefix);
                o.printf(Locale.ROOT, "%s: %d images of %dx%d (%s)%n", prefix, m.size(), m.images().rows(), m.images().columns(), m.source());
                int[] n = m.histogram();
                StringBuilder line = new StringBuilder("  labels");
                for (int k = 0; k < n.length; k++) line.append(' ').append(k).append(':').append(n[k]);
                o.println(line);
            }
            return 0;
        }
    }
}
