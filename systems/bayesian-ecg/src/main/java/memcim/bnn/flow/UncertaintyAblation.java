package memcim.bnn.flow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import memcim.bnn.BayesianEnsemble;
import memcim.bnn.BayesianNetwork;
import memcim.bnn.ModelEvaluation;
import memcim.bnn.ModelFile;
import memcim.bnn.ModelTraining;
import memcim.bnn.TechnologicalLoss;
import memcim.bnn.TrainingSettings;
import memcim.core.InputException;
import memcim.data.ecg.BeatClasses;
import memcim.data.ecg.BeatSet;
import memcim.data.ecg.EcgDataset;
import memcim.device.DeviceCard;
import memcim.device.DeviceModel;
import memcim.device.PairDomain;
import memcim.networks.Auroc;
import memcim.networks.Metrics;

/**
 * What the epistemic uncertainty is made of, measured on the validation split only: one trained class (the proxy) is
 * held out of training, and its validation beats play the unseen class against the validation beats of the others, so
 * no test beat and no beat of the real unseen class decides anything. Each variant changes one thing (the technological
 * loss, the prior, σ's start, the ensemble) and is trained and programmed as memcim train does; the table gives accuracy,
 * both AUROCs of the software and programmed networks, the trained σ against the device's σ floor, and what the
 * features themselves allow (the AUROC of each beat's distance to its nearest training beat).
 */
public final class UncertaintyAblation {
    private UncertaintyAblation() {}

    /** One change to the training settings. */
    public record Variant(String name, String change, UnaryOperator<TrainingSettings> settings) {}

    /** One variant's figures on the proxy validation set. */
    public record Row(String variant, String change, int members, double accuracy, double aurocAleatoric,
                      double aurocEpistemicSoftware, double aurocEpistemicProgrammed, double aurocEpistemicProgrammedM10,
                      double unseenEpistemicAboveHalfProgrammed, double medianSigma, double medianAbsMu, double deviceSigmaFloor,
                      double seconds) {}

    /** The study: proxy class, beats, the features' own separation, and a row per variant. */
    public record Result(String data, char proxy, int trainingBeats, int knownValidation, int proxyValidation,
                         double nearestNeighbourAuroc, List<Row> rows) {}

    /** The variants memcim measures by default, the published single network first. */
    public static List<Variant> defaults(int members) {
        return List.of(
                new Variant("published", "one network, technological loss (the paper's training)", s -> s.withMembers(1)),
                new Variant("no-tech-loss", "one network, no technological loss", s -> s.withMembers(1).withTechLoss(false)),
                new Variant("prior-1", "one network, prior sigma 1 instead of 4", s -> with(s.withMembers(1), 1.0, s.initSigma())),
                new Variant("init-sigma-1", "one network, initial sigma 1 instead of 0.2", s -> with(s.withMembers(1), s.priorSigma(), 1.0)),
                new Variant("ensemble", "ensemble of " + members + " networks (own seeds, bootstrap resamples)", s -> s.withMembers(members)),
                new Variant("ensemble-no-tech-loss", "ensemble of " + members + " networks, no technological loss",
                        s -> s.withMembers(members).withTechLoss(false)));
    }

    private static TrainingSettings with(TrainingSettings s, double prior, double init) {
        return new TrainingSettings(s.epochs(), s.batchSize(), s.learningRate(), prior, init, s.hiddenStep(), s.techLoss(), s.delta(),
                s.beta(), s.techWeight(), s.techDeviceSigmaUnits(), s.conditionsPerCell(), s.layers(), s.optimiser(), s.seed(), s.members());
    }

    /** The data set with the proxy class out of training and relabelled unseen in validation (the split evaluated). */
    static EcgDataset withProxy(EcgDataset data, int proxy) {
        BeatSet train = data.train().subset(rows(data.train(), l -> l != proxy));
        BeatSet v = data.validation();
        int[] labels = v.labels().clone();
        for (int i = 0; i < labels.length; i++) if (labels[i] == proxy) labels[i] = BeatClasses.TRAINED;
        BeatSet validation = new BeatSet(v.codes(), labels, v.origins());
        return new EcgDataset(train, validation, validation, data.quantiser(), data.classes(), data.source(), data.seed());
    }

    private static int[] rows(BeatSet s, java.util.function.IntPredicate keep) {
        return java.util.stream.IntStream.range(0, s.size()).filter(i -> keep.test(s.labels()[i])).toArray();
    }

    public static Result run(EcgDataset data, char proxySymbol, DeviceCard card, TrainingSettings base, List<Variant> variants,
                             Consumer<String> progress) {
        var label = data.classes().label(proxySymbol);
        if (label.isEmpty() || data.classes().unseen(label.getAsInt()))
            throw new InputException("--proxy", "a trained class of the data set, one of " + data.classes().describe().replace(" | ", " (unseen: ") + ")",
                    "'" + proxySymbol + "'");
        int proxy = label.getAsInt();
        EcgDataset d = withProxy(data, proxy);
        int known = d.validation().select(false).size(), unseen = d.validation().select(true).size();
        if (unseen == 0 || known == 0)
            throw new InputException("--proxy", "validation beats of the proxy class and of the others", unseen + " proxy and " + known + " other");
        double nn = nearestNeighbourAuroc(d.train(), d.validation());
        PairDomain domain = PairDomain.of(new DeviceModel(card), base.conditionsPerCell());
        double floorSiemens = TechnologicalLoss.smallestSigmaSiemens(domain);
        List<Row> rows = new ArrayList<>();
        for (Variant v : variants) {
            progress.accept(v.name() + ": " + v.change());
            TrainingSettings s = v.settings().apply(base);
            long t0 = System.nanoTime();
            ModelFile model = ModelTraining.train(d, card, s, e -> { }, e -> { }).model();
            Map<String, Metrics> m = ModelEvaluation.evaluate(model, card, d.validation(), 50, base.seed());
            Metrics sw = m.get("software"), pg = m.get("programmed");
            BayesianEnsemble net = model.ensemble();
            rows.add(new Row(v.name(), v.change(), net.size(), pg.accuracy(), pg.aurocAleatoric(), sw.aurocEpistemic(), pg.aurocEpistemic(),
                    pg.aurocEpistemicBySamples().getOrDefault(10, Double.NaN), pg.unseenEpistemicAboveHalf(),
                    median(net, false), median(net, true), floorSiemens / model.gammaSiemens(), (System.nanoTime() - t0) / 1e9));
        }
        return new Result(data.source(), proxySymbol, d.train().size(), known, unseen, nn, rows);
    }

    /** The median σ (or |μ|) over every weight of every member, network units. */
    private static double median(BayesianEnsemble net, boolean mu) {
        List<Double> v = new ArrayList<>();
        for (BayesianNetwork n : net.members()) for (double x : mu ? n.mu() : n.sigma()) v.add(Math.abs(x));
        v.sort(null);
        return v.get(v.size() / 2);
    }

    /** AUROC of each validation beat's L1 distance (on the codes) to its nearest training beat: the features' own separation. */
    public static double nearestNeighbourAuroc(BeatSet train, BeatSet validation) {
        double[] d = java.util.stream.IntStream.range(0, validation.size()).parallel().mapToDouble(i -> nearest(validation, i, train)).toArray();
        List<Double> unseen = new ArrayList<>(), known = new ArrayList<>();
        for (int i = 0; i < d.length; i++) (validation.labels()[i] >= BeatClasses.TRAINED ? unseen : known).add(d[i]);
        return Auroc.of(unseen.stream().mapToDouble(x -> x).toArray(), known.stream().mapToDouble(x -> x).toArray());
    }

    /** The mean epistemic uncertainty (nats) of a set's known beats, or of its unseen ones. */
    public static double meanEpistemic(memcim.networks.SampledClassifier c, BeatSet set, boolean unseen) {
        BeatSet s = set.select(unseen);
        if (s.size() == 0) return Double.NaN;
        int m = c.samples(), k = c.shape().outputs();
        return java.util.stream.IntStream.range(0, s.size()).parallel().mapToDouble(i -> {
            var w = c.worker();
            double[][] p = new double[m][k];
            for (int j = 0; j < m; j++) w.probabilities(j, s.codes(), i, p[j]);
            return memcim.networks.Uncertainty.of(p, m, new double[k]).epistemic();
        }).average().orElse(Double.NaN);
    }

    private static double nearest(BeatSet s, int i, BeatSet train) {
        byte[] a = s.codes(), c = train.codes();
        int w = BeatSet.WIDTH, best = Integer.MAX_VALUE;
        for (int r = 0; r < train.size(); r++) {
            int dist = 0;
            for (int j = 0; j < w && dist < best; j++) dist += Math.abs(a[i * w + j] - c[r * w + j]);
            best = Math.min(best, dist);
        }
        return best;
    }

    /** The study as a table for people. */
    public static String describe(Result r) {
        StringBuilder b = new StringBuilder(String.format(java.util.Locale.ROOT,
                "proxy unseen class '%c' held out of training (%d training beats); validation: %d beats of the other classes, %d of '%c'%n"
                        + "the features' own separation (nearest training beat, L1 on the codes): AUROC %.3f%n"
                        + "%-22s %7s %8s %8s %9s %9s %8s %8s %8s %8s %8s%n", r.proxy(), r.trainingBeats(), r.knownValidation(),
                r.proxyValidation(), r.proxy(), r.nearestNeighbourAuroc(), "variant", "members", "accuracy", "AUROC-a", "AUROC-e sw",
                "AUROC-e pg", "pg M=10", "Ue>0.5", "sigma", "|mu|", "floor"));
        for (Row x : r.rows())
            b.append(String.format(java.util.Locale.ROOT, "%-22s %7d %8.3f %8.3f %9.3f %9.3f %8.3f %8.3f %8.3f %8.3f %8.3f%n", x.variant(),
                    x.members(), x.accuracy(), x.aurocAleatoric(), x.aurocEpistemicSoftware(), x.aurocEpistemicProgrammed(),
                    x.aurocEpistemicProgrammedM10(), x.unseenEpistemicAboveHalfProgrammed(), x.medianSigma(), x.medianAbsMu(),
                    x.deviceSigmaFloor()));
        b.append("accuracy, AUROC-a (aleatoric) and pg: the programmed network (M = 50); sw: software; Ue>0.5: share of proxy beats "
                + "above the published threshold; sigma, |mu|: medians over all weights (network units); floor: the device's smallest "
                + "pair sigma at the model's gamma\n");
        return b.toString();
    }

}
