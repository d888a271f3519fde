package memcim.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import memcim.data.ecg.DatasetBuilder;
import memcim.data.ecg.DatasetFiles;
import memcim.data.ecg.EcgClass;
import memcim.data.ecg.EcgDataset;
import memcim.data.ecg.EcgRecord;
import memcim.data.ecg.SyntheticEcg;
import memcim.data.ecg.WfdbReader;
import memcim.data.ecg.WfdbWriter;
import memcim.data.mnist.Mnist;
import memcim.data.mnist.MnistSet;
import memcim.core.InputException;
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
        @Option(names = "--beats", defaultValue = "4500",
                description = "synthetic beats of the trained classes, spread evenly over the 9 classes (default ${DEFAULT-VALUE})")
        int beats;
        @Option(names = "--seed", defaultValue = "1", description = "seed of synthesis and splits (default ${DEFAULT-VALUE})")
        long seed;
        @Option(names = "--wfdb", paramLabel = "DIR", description = "read MIT-BIH-layout WFDB records (.hea, format-212 .dat, .atr) from DIR instead of synthesising")
        Path wfdb;
        @Option(names = "--flutter-width", defaultValue = "0.2", paramLabel = "RAD",
                description = "synthetic unseen class: angular width of the flutter waves, 0.2 sharp .. 0.75 sine-like (default ${DEFAULT-VALUE})")
        double flutterWidth;
        @Option(names = "--per-class", defaultValue = "0", paramLabel = "N",
                description = "with --wfdb: keep at most N beats of each trained class (and N/5 unseen), 0 for all (default ${DEFAULT-VALUE})")
        int perClass;
        @Option(names = "--detect", description = "align each beat window on the R peak found by the QRS detector (within 100 ms of the annotation)")
        boolean detect;
        /** The command this mixin is part of, to tell an option given from its default. */
        @Spec(Spec.Target.MIXEE) picocli.CommandLine.Model.CommandSpec mixee;

        private boolean given(String option) {
            return mixee != null && mixee.commandLine() != null && mixee.commandLine().getParseResult() != null
                    && mixee.commandLine().getParseResult().hasMatchedOption(option);
        }

        /** Options that only WFDB records use are refused for synthetic data rather than silently ignored. */
        private void requireWfdbFor(String option) {
            if (given(option)) throw new InputException(option, option + " together with --wfdb DIR", option + " without --wfdb");
        }

        /** The check every command that synthesises beats makes: 5 a class at least (below, perClass would round up silently). */
        static void requireBeats(int beats) {
            if (beats < EcgClass.TRAINED * 5) throw new InputException("--beats", ">= " + EcgClass.TRAINED * 5, String.valueOf(beats));
        }

        /** The options other than --seed that choose the data, as typed (for refusing them beside a ready data set). */
        static final String[] SOURCE_OPTIONS = {"--beats", "--wfdb", "--flutter-width", "--per-class", "--detect"};

        SyntheticEcg.Settings synthetic() {
            requireWfdbFor("--per-class");
            requireBeats(beats);
            if (!(flutterWidth >= 0.05 && flutterWidth <= 1.5)) throw new InputException("--flutter-width", "0.05 .. 1.5 rad", String.valueOf(flutterWidth));
            return SyntheticEcg.Settings.defaults(seed, DatasetBuilder.perClass(beats)).withFlutterWidth(flutterWidth);
        }

        EcgDataset load() {
            if (wfdb != null) {
                for (String o : new String[] {"--beats", "--flutter-width"})   // they shape synthetic beats only
                    if (given(o)) throw new InputException(o, o + " for synthetic data only (no --wfdb)", o + " with --wfdb " + wfdb);
                if (perClass < 0) throw new InputException("--per-class", ">= 0", String.valueOf(perClass));
                List<EcgRecord> records = WfdbReader.readDirectory(wfdb);
                return DatasetBuilder.build(records, perClass, seed, detect, "WFDB records in " + wfdb + " (" + records.size() + " records)");
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
        @Option(names = "--write-wfdb", paramLabel = "DIR",
                description = "also write the synthetic records in MIT-BIH layout (.hea, .dat format 212, .atr) to DIR")
        Path writeWfdb;
        @Spec picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            if (writeWfdb != null && source.wfdb != null) throw new InputException("--write-wfdb", "synthetic data (no --wfdb)", "--wfdb " + source.wfdb);
            EcgDataset d;
            if (writeWfdb != null) {
                SyntheticEcg.Settings s = source.synthetic();
                List<EcgRecord> records = SyntheticEcg.generate(s);
                for (EcgRecord r : records) WfdbWriter.write(writeWfdb, r);
                d = source.detect ? DatasetBuilder.build(records, s.beatsPerClass(), s.seed(), true, "synthetic ECG, detector-aligned")
                        : DatasetBuilder.synthetic(s);
                spec.commandLine().getErr().printf("wrote %d WFDB records to %s%n", records.size(), writeWfdb);
            } else {
                d = source.load();
            }
            DatasetFiles.write(out, d);
            var o = spec.commandLine().getOut();
            o.printf(Locale.ROOT, "%s: train %d, validation %d, test %d beats -> %s%n", d.source(), d.train().size(),
                    d.validation().size(), d.test().size(), out.resolve(DatasetFiles.BEATS));
            int[] n = d.train().countPerClass(), t = d.test().countPerClass();
            for (EcgClass c : EcgClass.values())
                o.printf(Locale.ROOT, "  %c %-60s train %5d  test %5d%n", c.symbol(), c.description(), n[c.ordinal()], t[c.ordinal()]);
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
