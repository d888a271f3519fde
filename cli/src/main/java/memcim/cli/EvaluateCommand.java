package memcim.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import memcim.bnn.ModelEvaluation;
import memcim.bnn.ModelFile;
import memcim.core.InputException;
import memcim.core.Json;
import memcim.core.TimeSinceProgramming;
import memcim.data.ecg.DatasetFiles;
import memcim.data.ecg.EcgDataset;
import memcim.device.DeviceCard;
import memcim.networks.Metrics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code memcim evaluate}: software BNN, conventional NN and programmed BNN on the test split. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Accuracy, AUROCs and uncertainty fractions of the software BNN, the conventional NN and the "
                + "programmed (device-drawn) BNN of a model written by 'memcim train'; with --at, the programmed BNN "
                + "at times since programming (drift and read noise of the card).")
public final class EvaluateCommand implements Callable<Integer> {
    @Option(names = "--model", required = true, paramLabel = "DIR", description = "directory written by 'memcim train'") Path model;
    @Bounds.Count(max = Bounds.EVALUATE_SAMPLES)
    @Option(names = "--samples", defaultValue = "50", paramLabel = "M",
            description = "network samples M, 1 to " + Bounds.EVALUATE_SAMPLES + " (default ${DEFAULT-VALUE})") int samples;
    @Option(names = "--seed", defaultValue = "1", description = "seed of the weight and programming draws (default ${DEFAULT-VALUE})") long seed;
    @Option(names = "--data", paramLabel = "DIR", description = "evaluate on this data set's test split (default: the one saved with the model)")
    Path data;
    @Option(names = "--at", paramLabel = "TIMES", description = "also read the programmed BNN at these times since "
            + "programming, e.g. 1s,1h,1d,1w,1mo,1y (units ns us ms s min h d w mo y): each cell drifts by the card's law, "
            + "with read noise") String at;
    @Option(names = "--json", description = "print {\"software\": {...}, \"conventional\": {...}, \"programmed\": {...}"
            + "[, \"overTime\": [{\"time\", \"seconds\", \"programmed\"}...]]}") boolean json;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (!Files.isDirectory(model)) throw new InputException("--model", "a directory written by 'memcim train'", model + " (no such directory)");
        List<TimeSinceProgramming> times = at == null ? List.of() : TimeSinceProgramming.parseList(at, "--at");
        ModelFile m = ModelFile.read(model);
        long weights = m.shape().weights();
        if (samples > Bounds.maxSamples(weights)) { // M networks drawn at once, in software and programmed
            throw new InputException("--samples", "at most " + Bounds.maxSamples(weights) + " for the " + weights
                    + " weights of this model (" + Bounds.SAMPLED_WEIGHTS + " sampled weights in all)", String.valueOf(samples));
        }
        DeviceCard card = m.matching(DeviceCard.load(model.resolve("device-card.json")), model.resolve("device-card.json").toString());
        Path dataDir = data != null ? data : model.resolve("data");
        EcgDataset d = DatasetFiles.read(dataDir).requireTest(dataDir.resolve(DatasetFiles.BEATS).toString());
        Map<String, Metrics> r = ModelEvaluation.evaluate(m, card, d.test(), samples, seed);
        List<ModelEvaluation.AtTime> overTime = times.isEmpty() ? List.of()
                : ModelEvaluation.overTime(m, card, d.test(), samples, seed, times);
        var o = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>(r);
            if (!overTime.isEmpty()) out.put("overTime", overTime);
            o.print(Json.write(out));
            o.flush();
            return 0;
        }
        o.printf(Locale.ROOT, "%s on %s: %d known + %d unseen test beats, M = %d, device %s, gamma %.4g S%n",
                model, d.source(), r.get("software").knownBeats(), r.get("software").unseenBeats(), samples, m.deviceCard(),
                m.gammaSiemens());
        o.printf("%-13s %9s %9s %9s %9s %9s %9s %9s%n", "network", "accuracy", "AUROC-ale", "AUROC-epi",
                "Ua<.5|ok", "Ua>.5|err", "Ue<.5|kn", "Ue>.5|un");
        for (var e : r.entrySet()) {
            Metrics x = e.getValue();
            o.printf(Locale.ROOT, "%-13s %9.3f %9.3f %9.3f %9.3f %9.3f %9.3f %9.3f%n", e.getKey(), x.accuracy(), x.aurocAleatoric(),
                    x.aurocEpistemic(), x.correctAleatoricBelowHalf(), x.wrongAleatoricAboveHalf(), x.knownEpistemicBelowHalf(),
                    x.unseenEpistemicAboveHalf());
        }
        o.println("accuracy vs M:");
        for (var e : r.entrySet()) {
            if (e.getValue().samples() == 1) continue;
            StringBuilder sb = new StringBuilder(String.format("  %-11s", e.getKey()));
            e.getValue().accuracyBySamples().forEach((k, v) -> sb.append(String.format(Locale.ROOT, " M=%d %.3f", k, v)));
            o.println(sb);
        }
        if (!overTime.isEmpty()) {
            o.printf(Locale.ROOT, "programmed BNN vs time since programming (card %s, drift %s, read noise %s):%n",
                    card.name(), card.drift().law(), card.readNoise().law());
            o.printf("  %-8s %9s %9s %9s%n", "time", "accuracy", "AUROC-ale", "AUROC-epi");
            for (ModelEvaluation.AtTime t : overTime)
                o.printf(Locale.ROOT, "  %-8s %9.3f %9.3f %9.3f%n", t.time(), t.programmed().accuracy(),
                        t.programmed().aurocAleatoric(), t.programmed().aurocEpistemic());
        }
        o.println("note: the conventional network is one network, so its epistemic uncertainty is 0 for every beat "
                + "and its epistemic AUROC is 0.5 by construction.");
        return 0;
    }
}
