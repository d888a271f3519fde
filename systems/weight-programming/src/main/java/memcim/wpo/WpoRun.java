package memcim.wpo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import memcim.core.TimeSinceProgramming;
import memcim.core.optimise.DifferentialEvolution;
import memcim.device.DeviceCard;
import memcim.device.DeviceModel;
import memcim.device.array.TiledCrossbar;
import memcim.mapping.ConductanceRange;
import memcim.mapping.MultiPair;
import memcim.mapping.TranslationFunctions;
import memcim.mapping.WeightConverter;
import memcim.networks.EpochStats;

/**
 * A weight-programming run end to end: train the network, draw the cost's targets from its weights, search the naive
 * splits and the translation functions on the card, score every strategy's weight error on fresh draws, measure the
 * programmed network's accuracy over time for every strategy, and run the two searches on a second card.
 */
public final class WpoRun {
    /** The published figures (other-systems.md, from a secondary source). */
    public static final WpoResult.Published PUBLISHED = new WpoResult.Published(0.39, 0.17, 2,
            "Mackin et al., Nat Commun 13:3765 (2022), as a secondary source reports them (../shared/reference/other-systems.md)");

    /** F of the conventional baseline: the paper's optimum, the usual choice. */
    public static final double CONVENTIONAL_F = 2;
    /** When the SPICE cross-check reads the programmed array. */
    public static final TimeSinceProgramming SPICE_TIME = TimeSinceProgramming.parse("1d", "SPICE check time");

    private WpoRun() {}

    /** What a run tells while it works. */
    public interface Listener {
        default void epoch(EpochStats s) {}
        default void stage(String text) {}
        default void generation(String device, int generation, int maxGenerations, double bestCost) {}
        default void accuracyStarted(int total) {}
        default void accuracyStep() {}
    }

    /** The run's figures and what the report draws. */
    public record Outcome(WpoResult result, TrainedNetwork network, Map<String, WeightConverter> converters,
                          ConductanceRange range, List<Searched> searched) {}

    /** One card's searches. */
    public record Searched(DeviceCard card, List<ProgrammingSearch.Scored> naive, ProgrammingSearch.Optimised optimised,
                           Map<String, double[]> validatedErrors, Map<String, double[]> conventionalErrors, double seconds) {
        ProgrammingSearch.Scored bestNaive() {
            ProgrammingSearch.Scored best = null;
            for (var n : naive) if (best == null || mean(validatedErrors.get(n.strategy())) < mean(validatedErrors.get(best.strategy()))) best = n;
            return best;
        }
    }

    public static Outcome run(WpoSettings s, Listener listener) {
        long start = System.nanoTime();
        listener.stage("training " + s.network().id() + " hardware-aware (weight noise " + WpoNetwork.TRAINING_NOISE + " of each layer's largest |w|)");
        TrainedNetwork net = s.network().train(s.mnistDir(), s.seed(), listener::epoch);
        listener.stage(String.format(java.util.Locale.ROOT, "software accuracy %.4f on %d test samples (%s)", net.softwareAccuracy(),
                net.test().size(), net.dataSource()));
        double[][] targets = net.sampledTargets(s.targets(), s.seed() + 1);
        double[] times = WeightErrorCost.seconds(s.times());

        Searched main = search(s, s.card(), targets, times, listener);
        List<Searched> all = new ArrayList<>(List.of(main));
        if (s.compareCard() != null) all.add(search(s, s.compareCard(), targets, times, listener));

        DeviceModel device = new DeviceModel(s.card());
        TiledCrossbar tiles = TiledCrossbar.of(s.card(), s.wireOhms(), s.tile(), s.tile());
        Map<String, WeightConverter> converters = new LinkedHashMap<>();
        for (var n : main.naive()) converters.put(n.strategy(), n.converter());
        converters.put(main.optimised().scored().strategy(), main.optimised().functions());
        listener.accuracyStarted(converters.size() * s.repetitions());
        Map<String, AccuracyOverTime.Accuracies> accuracies = new LinkedHashMap<>();
        for (var e : converters.entrySet()) {
            var chip = new FourDeviceNetwork(net, e.getValue(), device, tiles, s.compensation());
            // the same seed for every strategy: the same programming and read draws (common random numbers)
            accuracies.put(e.getKey(), AccuracyOverTime.measure(net, chip, times, s.repetitions(), s.seed() + 3, s.search().threads(),
                    k -> listener.accuracyStep()));
        }
        listener.stage("ngspice: the optimised functions' first " + s.tile() + " x " + s.tile() + " tile of layer 1, read at "
                + SPICE_TIME.label() + " after programming, against the fast model");
        var spice = SpiceCrossCheck.run(main.optimised().functions(), device, SpiceCrossCheck.firstTile(net, 0, tiles), tiles,
                SPICE_TIME.seconds(), s.seed() + 5);
        return new Outcome(result(s, net, main, all, accuracies, spice, (System.nanoTime() - start) / 1e9), net, converters,
                WeightRange.of(s.card()), all);
    }

    private static Searched search(WpoSettings s, DeviceCard card, double[][] targets, double[] times, Listener listener) {
        long t0 = System.nanoTime();
        DeviceModel device = new DeviceModel(card);
        var cost = new WeightErrorCost(device, targets, times, WpoSettings.SEARCH_REPETITIONS, s.compensation(), s.seed() + 2);
        ConductanceRange range = WeightRange.of(card);
        var box = TranslationFunctions.Box.of(s.levels(), range, cost.maxAbsWeight());
        listener.stage(card.name() + ": naive splits over F in [" + box.fMin() + ", " + box.fMax() + "] and fill in [" + box.minFill() + ", "
                + box.maxFill() + "] (grid, then polish)");
        List<ProgrammingSearch.Scored> naive = ProgrammingSearch.naive(cost, box);
        listener.stage(card.name() + ": differential evolution over " + box.dimensions() + " coordinates, popsize "
                + s.search().popsize() + " x " + box.dimensions() + ", at most " + s.search().maxGenerations() + " generations");
        var optimised = ProgrammingSearch.optimise(cost, box, s.search(), naive,
                (g, best, e) -> listener.generation(card.name(), g, s.search().maxGenerations(), best));
        var validation = new WeightErrorCost(device, targets, times, WpoSettings.VALIDATION_REPETITIONS, s.compensation(), s.seed() + 1_000);
        Map<String, double[]> errors = new LinkedHashMap<>();
        for (var n : naive) errors.put(n.strategy(), validation.errorPerTime(n.converter()));
        errors.put(optimised.scored().strategy(), validation.errorPerTime(optimised.functions()));
        Map<String, double[]> conventional = new LinkedHashMap<>();
        for (NaiveSplit n : NaiveSplit.values())
            conventional.put(n.name(), validation.errorPerTime(ProgrammingSearch.bestNaiveAtF(cost, n, box, CONVENTIONAL_F).converter()));
        return new Searched(card, naive, optimised, errors, conventional, (System.nanoTime() - t0) / 1e9);
    }

    private static WpoResult result(WpoSettings s, TrainedNetwork net, Searched main, List<Searched> all,
                                    Map<String, AccuracyOverTime.Accuracies> acc, SpiceCrossCheck.Result spice, double seconds) {
        List<String> labels = s.times().stream().map(TimeSinceProgramming::label).toList();
        double[] times = WeightErrorCost.seconds(s.times());
        ConductanceRange range = WeightRange.of(s.card());
        List<WpoResult.Strategy> strategies = new ArrayList<>();
        List<ProgrammingSearch.Scored> scored = new ArrayList<>(main.naive());
        scored.add(main.optimised().scored());
        Map<String, Map<String, WpoResult.Accuracy>> accuracy = new LinkedHashMap<>();
        for (var sc : scored) {
            double[] err = main.validatedErrors().get(sc.strategy());
            AccuracyOverTime.Accuracies a = acc.get(sc.strategy());
            double[] mean = new double[times.length], sd = new double[times.length];
            Map<String, WpoResult.Accuracy> perTime = new LinkedHashMap<>();
            for (int t = 0; t < times.length; t++) {
                mean[t] = a.mean(t);
                sd[t] = a.sd(t);
                perTime.put(labels.get(t), new WpoResult.Accuracy(mean[t], sd[t]));
            }
            accuracy.put(sc.strategy(), perTime);
            WeightConverter c = sc.converter();
            TranslationFunctions tf = c instanceof TranslationFunctions t ? t : null;
            strategies.add(new WpoResult.Strategy(sc.strategy(), describe(sc.strategy()), sc.significance(), sc.scaleSiemens(),
                    sc.scaleSiemens() / ((sc.significance() + 1) * range.spanSiemens()), sc.cost(), err, mean(err), mean, sd,
                    tf == null ? null : levelWeights(tf), tf == null ? null : levelMicroSiemens(tf)));
        }
        var best = main.bestNaive();
        double[] naiveErr = main.validatedErrors().get(best.strategy()), optErr = main.validatedErrors().get("OPTIMISED");
        var o = main.optimised();
        var search = new WpoResult.Search(o.search().best().length, s.search().popsize(), o.search().generations(), o.search().evaluations(),
                o.search().converged(), o.costBeforePolish(), o.polishEvaluations(), o.scored().cost(), main.seconds());
        List<WpoResult.DeviceRanking> ranks = new ArrayList<>();
        for (Searched x : all) {
            var bn = x.bestNaive();
            double ne = mean(x.validatedErrors().get(bn.strategy())), oe = mean(x.validatedErrors().get("OPTIMISED"));
            ranks.add(new WpoResult.DeviceRanking(x.card().name(), bn.strategy(), ne, oe, 1 - oe / ne, x.optimised().functions().significance()));
        }
        Boolean differ = ranks.size() < 2 ? null
                : (ranks.get(0).naiveError() < ranks.get(1).naiveError()) != (ranks.get(0).optimisedError() < ranks.get(1).optimisedError());
        String conv = null;
        for (var e : main.conventionalErrors().entrySet())
            if (conv == null || mean(e.getValue()) < mean(main.conventionalErrors().get(conv))) conv = e.getKey();
        double[] convErr = main.conventionalErrors().get(conv);
        var conventional = new WpoResult.Conventional(conv, convErr, mean(convErr), reductionAt(labels, convErr, optErr, "1s"),
                reductionAt(labels, convErr, optErr, "1mo"));
        return new WpoResult(s.card().name(), net.name(), net.dataSource(), net.softwareAccuracy(), labels, times, s.compensation().name(),
                strategies, new WpoResult.Errors(best.strategy(), naiveErr, mean(naiveErr)), new WpoResult.Errors("OPTIMISED", optErr, mean(optErr)),
                reductionAt(labels, naiveErr, optErr, "1s"), reductionAt(labels, naiveErr, optErr, "1mo"), o.functions().significance(),
                accuracy, search, ranks, differ, conventional, spice, PUBLISHED, seconds);
    }

    static String describe(String strategy) {
        if (strategy.equals("OPTIMISED")) return "translation functions by differential evolution, then polished";
        return NaiveSplit.valueOf(strategy).description() + ", F and scale searched";
    }

    private static Double reductionAt(List<String> labels, double[] naive, double[] optimised, String label) {
        int i = labels.indexOf(label);
        return i < 0 ? null : 1 - optimised[i] / naive[i];
    }

    static double mean(double[] v) {
        double s = 0;
        for (double x : v) s += x;
        return s / v.length;
    }

    private static double[] levelWeights(TranslationFunctions t) {
        double[] w = new double[t.levels()];
        for (int l = 0; l < w.length; l++) w[l] = t.levelWeight(l);
        return w;
    }

    private static double[][] levelMicroSiemens(TranslationFunctions t) {
        double[][] g = new double[t.levels()][];
        for (int l = 0; l < g.length; l++) {
            g[l] = t.levelSiemens(l);
            for (int k = 0; k < 4; k++) g[l][k] *= 1e6;
        }
        return g;
    }
}
