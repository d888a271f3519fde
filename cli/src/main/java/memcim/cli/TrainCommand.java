package memcim.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import memcim.bnn.ModelFile;
import memcim.bnn.ModelTraining;
import memcim.bnn.TrainingSettings;
import memcim.bnn.flow.ModelDir;
import memcim.core.AtomicFolder;
import memcim.core.InputException;
import memcim.core.Json;
import memcim.core.OutputTarget;
import memcim.core.Progress;
import memcim.data.ecg.DatasetFiles;
import memcim.data.ecg.EcgDataset;
import memcim.device.DeviceCard;
import memcim.device.DevicePresets;
import memcim.networks.EpochStats;
import memcim.networks.NetworkShape;
import memcim.networks.Optimiser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code memcim train}: the Bayesian network with the technological loss, the conventional baseline, the mapping. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train a Bayesian MLP (32-16-9 by default; Bayes by Backprop + technological loss of a device card) and a "
                + "conventional network of the same shape; map the weights onto the card's two-cell domain. Writes "
                + "model.json, report.json, the device card and the data set to --out.")
public final class TrainCommand implements Callable<Integer> {
    @Option(names = "--device", defaultValue = "hfox-1t1r", paramLabel = "CARD",
            description = "device preset (see 'memcim device list') or card file (default ${DEFAULT-VALUE})")
    String device;
    @Bounds.Count(max = Bounds.EPOCHS)
    @Option(names = "--epochs", defaultValue = "100", description = "training epochs, 1 to " + Bounds.EPOCHS + " (default ${DEFAULT-VALUE})") int epochs;
    @Option(names = "--layers", defaultValue = "32,16,9", paramLabel = "WIDTHS",
            description = "layer widths from the 32 beat features to the 9 trained classes, e.g. 32,24,16,9 "
                    + "(default ${DEFAULT-VALUE}, the reference chip's network); widths 1 to 4096, at most " + Bounds.WEIGHTS
                    + " weights") String layers;
    @Option(names = "--optimiser", defaultValue = "adam", paramLabel = "adam|sgd",
            description = "gradient step rule of both networks (default ${DEFAULT-VALUE}; learning rate 0.01)") String optimiser;
    @Bounds.Count(max = TrainingSettings.MAX_MEMBERS)
    @Option(names = "--members", paramLabel = "K",
            description = "Bayesian networks in the ensemble, each from its own seed and bootstrap resample; the chip's samples "
                    + "come from them in turn, 1 to " + TrainingSettings.MAX_MEMBERS + " (default " + TrainingSettings.REAL_DATA_MEMBERS
                    + " on real records, 1 on the synthetic ECG)")
    Integer members;
    @Option(names = "--no-tech-loss", description = "train without the technological loss (for comparison)") boolean noTechLoss;
    @Option(names = "--data", paramLabel = "DIR", description = "a data set written by 'memcim data ecg' (default: synthesise one)")
    Path data;
    @picocli.CommandLine.Mixin DataCommand.EcgSource source;
    @Option(names = "--out", required = true, paramLabel = "DIR", description = "output directory") Path out;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        // before any work: a bad target costs nothing and leaves nothing (ranges by Bounds)
        OutputTarget.folder(out, "--out", ModelFile.NAME, "report.json", ModelDir.CARD, ModelDir.DATA + "/");
        if (data != null)   // a ready data set: an option that would choose another one must not be dropped silently
            for (String o : DataCommand.EcgSource.SOURCE_OPTIONS)
                if (spec.commandLine().getParseResult().hasMatchedOption(o))
                    throw new InputException(o, "no data-choosing option beside --data", o + " with --data " + data);
        java.util.List<Integer> widths = NetworkShape.parseWidths(layers, "--layers");
        long weights = 0; // in long: 1000 layers of 4096 overflow an int
        for (int i = 0; i + 1 < widths.size(); i++) weights += (long) widths.get(i) * widths.get(i + 1);
        if (weights > Bounds.WEIGHTS) {
            throw new InputException("--layers", "at most " + Bounds.WEIGHTS + " weights (sum of adjacent widths' products)",
                    weights + " weights in " + widths.size() + " layers");
        }
        NetworkShape shape = NetworkShape.of(widths, TrainingSettings.defaults(0).hiddenStep());
        ModelTraining.checkFits(shape, "--layers");
        Optimiser.Kind stepRule = Optimiser.Kind.parse(optimiser, "--optimiser");
        DeviceCard card = DevicePresets.resolve(device);
        var err = spec.commandLine().getErr();
        EcgDataset d = data != null ? DatasetFiles.read(data) : source.load();
        d.requireTraining(data != null ? data.resolve(DatasetFiles.BEATS).toString() : d.source());
        err.printf(Locale.ROOT, "data: %s (train %d, validation %d, test %d)%n", d.source(), d.train().size(),
                d.validation().size(), d.test().size());
        TrainingSettings settings = TrainingSettings.defaults(source.seed).withEpochs(epochs).withTechLoss(!noTechLoss)
                .withLayers(shape.widths()).withOptimiser(stepRule)
                .withMembers(members != null ? members : TrainingSettings.defaultMembers(d));
        ModelTraining.Result r;
        try (StartedOnFirstEpoch pb = new StartedOnFirstEpoch("bayesian", epochs * settings.ensembleSize());
             StartedOnFirstEpoch pc = new StartedOnFirstEpoch("conventional", epochs)) {
            r = ModelTraining.train(d, card, settings, pb, pc);
        }
        ModelTraining.Result trained = r;
        AtomicFolder.write(out, "--out", dir -> {   // the model folder appears whole, or the old one stays
            new ModelDir(trained.model(), d, card).write(dir);
            Json.writeFile(dir.resolve("report.json"), trained.report());
            return null;
        });
        EpochStats last = r.bayesian().get(r.bayesian().size() - 1);
        EpochStats conv = r.conventional().get(r.conventional().size() - 1);
        var o = spec.commandLine().getOut();
        o.printf(Locale.ROOT, "network:      %s, %d weights, %,d operations per network sample%n", shape.describe(),
                shape.weights(), shape.operations());
        o.printf(Locale.ROOT, "bayesian:     %d epochs in %.1f s (%.1f epochs/s), validation accuracy %.3f, technological loss %s%s%n",
                epochs, last.seconds(), r.bayesianEpochsPerSecond(), last.validationAccuracy(), noTechLoss ? "off" : "on",
                settings.ensembleSize() == 1 ? "" : " (first of " + settings.ensembleSize() + " networks)");
        o.printf(Locale.ROOT, "conventional: %d epochs in %.1f s (%.1f epochs/s), validation accuracy %.3f%n",
                epochs, conv.seconds(), r.conventionalEpochsPerSecond(), conv.validationAccuracy());
        o.printf(Locale.ROOT, "mapping onto %s: gamma %.4g S per unit, KL(software || device) %.1f nats over %d weights%s%n",
                card.name(), r.model().gammaSiemens(), r.model().mappingKlNats(), r.model().shape().weights(),
                settings.ensembleSize() == 1 ? "" : " x " + settings.ensembleSize() + " networks");
        o.printf("wrote %s%n", out);
        return 0;
    }

    /** A progress line whose clock starts with the first epoch (the two networks train one after the other). */
    private static final class StartedOnFirstEpoch implements java.util.function.Consumer<EpochStats>, AutoCloseable {
        private final String label;
        private final int epochs;
        private Progress progress;

        StartedOnFirstEpoch(String label, int epochs) {
            this.label = label;
            this.epochs = epochs;
        }

        @Override
        public void accept(EpochStats s) {
            if (progress == null) progress = new Progress(label, epochs);
            progress.step();
        }

        @Override
        public void close() {
            if (progress != null) progress.close();
        }
    }
}
