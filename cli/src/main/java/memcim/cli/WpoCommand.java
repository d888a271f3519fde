package memcim.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import memcim.core.AtomicFolder;
import memcim.core.InputException;
import memcim.core.OutputTarget;
import memcim.core.Progress;
import memcim.core.TimeSinceProgramming;
import memcim.core.optimise.DifferentialEvolution;
import memcim.device.DeviceCard;
import memcim.device.DevicePresets;
import memcim.mapping.DriftCompensation;
import memcim.networks.EpochStats;
import memcim.report.ReportWriter;
import memcim.wpo.WpoNetwork;
import memcim.wpo.WpoReport;
import memcim.wpo.WpoResult;
import memcim.wpo.WpoRun;
import memcim.wpo.WpoSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code memcim wpo}: Mackin et al.'s optimised weight programming on a device card (issue 12). */
@Command(name = "wpo", mixinStandardHelpOptions = true,
        description = {"Optimised weight programming for drifting analogue memory (Mackin et al. 2022): each weight on four "
                + "cells, W = F(G+ - G-) + (g+ - g-); the translation functions, scale and F searched by differential evolution "
                + "to minimise the time-averaged weight error, against the naive splits with the same F and scale search; the "
                + "programmed network's accuracy over time for every strategy; the same searches on a second card.",
                "Writes report.html (functions, error and accuracy over time, the two cards) and report.json into --out."})
public final class WpoCommand implements Callable<Integer> {
    @Option(names = "--device", defaultValue = "pcm", paramLabel = "CARD",
            description = "device card optimised for: a preset name or a card file (default ${DEFAULT-VALUE})") String device;
    @Option(names = "--compare", defaultValue = "hfox-1t1r", paramLabel = "CARD",
            description = "second card for the device comparison, or 'none' (default ${DEFAULT-VALUE})") String compare;
    @Option(names = "--network", defaultValue = "mnist-mlp", description = "mnist-mlp or ecg (default ${DEFAULT-VALUE})") String network;
    @Option(names = "--mnist", paramLabel = "DIR", description = "MNIST IDX files for mnist-mlp (e.g. ../shared/data/mnist; default: "
            + "Fashion-MNIST from Debian's dataset-fashion-mnist)") Path mnist;
    @Option(names = "--times", defaultValue = "1s,1h,1d,1w,1mo,1y", paramLabel = "TIMES",
            description = "times after programming (default ${DEFAULT-VALUE})") String times;
    @Bounds.Count(min = 2, max = 32)
    @Option(names = "--levels", defaultValue = "6", paramLabel = "D", description = "translation-function levels D, 2 to 32 (default ${DEFAULT-VALUE})")
    int levels;
    @Bounds.Count(min = 1, max = 100)
    @Option(names = "--popsize", defaultValue = "15", paramLabel = "P", description = "population per coordinate, 1 to 100 (default ${DEFAULT-VALUE})")
    int popsize;
    @Bounds.Count(min = 0, max = 100_000)
    @Option(names = "--generations", defaultValue = "100", paramLabel = "N", description = "most generations, 0 to 100000 (default ${DEFAULT-VALUE})")
    int generations;
    @Bounds.Real(min = 0, max = 1)
    @Option(names = "--recombination", defaultValue = "0.7", description = "crossover probability, from 0 to 1 (default ${DEFAULT-VALUE})")
    double recombination;
    @Bounds.Real(min = 0, max = 1)
    @Option(names = "--tolerance", defaultValue = "0.01", description = "stop when the population's cost spread is this share of its mean, "
            + "from 0 to 1 (default ${DEFAULT-VALUE})") double tolerance;
    @Bounds.Count(min = 32, max = 1_000_000)
    @Option(names = "--targets", defaultValue = "1024", description = "target weights in the cost, drawn from the network's weights, "
            + "32 to 1000000 (default ${DEFAULT-VALUE})") int targets;
    @Bounds.Count(min = 1, max = 1000)
    @Option(names = "--repetitions", defaultValue = "25", description = "programmings per strategy in the accuracy runs, 1 to 1000 "
            + "(default ${DEFAULT-VALUE})") int repetitions;
    @Option(names = "--compensation", defaultValue = "global", description = "drift compensation: none, global or column (default ${DEFAULT-VALUE})")
    String compensation;
    @Bounds.Real(min = 0, max = 1000)
    @Option(names = "--wire-ohms", defaultValue = "1", description = "wire resistance per cell pitch, from 0 to 1000 (default ${DEFAULT-VALUE})")
    double wireOhms;
    @Bounds.Count(min = 2, max = 1024)
    @Option(names = "--tile", defaultValue = "128", description = "tile side in cells (even: 2 x 2 cells per weight), 2 to 1024 "
            + "(default ${DEFAULT-VALUE})")
    int tile;
    @Bounds.Count(min = 1, max = 256)
    @Option(names = "--threads", description = "threads, 1 to 256 (default: all cores)") Integer threads;
    @Option(names = "--seed", defaultValue = "1", description = "seed of the training, the draws and the search (default ${DEFAULT-VALUE})") long seed;
    @Option(names = "--out", defaultValue = "wpo-out", paramLabel = "DIR", description = "output folder (default ${DEFAULT-VALUE})") Path out;
    @Option(names = "--json", description = "print the figures as JSON on standard output (naive.weightError, optimised.weightError, "
            + "weightErrorReductionAt1s, weightErrorReductionAt1Month, F, accuracy, comparison, ...)") boolean json;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        OutputTarget.folder(out, "--out", ReportWriter.JSON_FILE, ReportWriter.HTML_FILE);
        WpoNetwork net = WpoNetwork.parse(network, "--network");
        if (mnist != null && net != WpoNetwork.MNIST_MLP)
            throw new InputException("--mnist", "MNIST files only with --network mnist-mlp", "--network " + network);
        if (tile % 2 != 0) throw new InputException("--tile", "an even number (2 x 2 cells per weight)", String.valueOf(tile));
        DeviceCard card = DevicePresets.resolve(device);
        DeviceCard second = compare.equals("none") ? null : DevicePresets.resolve(compare);
        List<TimeSinceProgramming> t = TimeSinceProgramming.parseList(times, "--times");
        DriftCompensation comp = parseCompensation(compensation);
        var search = DifferentialEvolution.Settings.defaults().withPopsize(popsize).withMaxGenerations(generations)
                .withRecombination(recombination).withTolerance(tolerance, 0).withSeed(seed)
                .withThreads(threads == null ? Runtime.getRuntime().availableProcessors() : threads);
        WpoSettings s = new WpoSettings(card, second, net, mnist, t, levels, search, targets, repetitions, comp, wireOhms, tile, seed);
        var err = System.err;
        err.printf(Locale.ROOT, "wpo: device %s%s, network %s, %d times, D = %d, %d threads%n", card.name(),
                second == null ? "" : " (compared with " + second.name() + ")", net.id(), t.size(), levels, search.threads());
        WpoRun.Outcome o = AtomicFolder.write(out, "--out", dir -> {
            WpoRun.Outcome run;
            try (Listener l = new Listener(err, net)) {
                run = WpoRun.run(s, l);
            }
            ReportWriter.write(dir, WpoReport.of(run));
            return run;
        });
        return RunOutput.print(spec, json, o.result(), json ? "" : summary(o.result()), out);
    }

    static DriftCompensation parseCompensation(String text) {
        for (DriftCompensation c : DriftCompensation.values()) if (c.name().equalsIgnoreCase(text)) return c;
        throw new InputException("--compensation", "none, global or column", "'" + text + "'");
    }

    /** Progress bars: training epochs, each card's generations (with the best cost), the accuracy runs. */
    private static final class Listener implements WpoRun.Listener, AutoCloseable {
        private final java.io.PrintStream err;
        private final int epochs;
        private Progress bar;
        private int generation;

        Listener(java.io.PrintStream err, WpoNetwork net) {
            this.err = err;
            this.epochs = (net == WpoNetwork.ECG ? WpoNetwork.ECG_TRAINING : WpoNetwork.MLP_TRAINING).epochs();
        }

        @Override public void stage(String text) {
            closeBar();
            err.println("  " + text);
        }

        @Override public void epoch(EpochStats s) {
            if (bar == null) bar = new Progress("  training", epochs);
            bar.advance(1, String.format(Locale.ROOT, "validation accuracy %.4f", s.validationAccuracy()));
            if (s.epoch() == epochs) closeBar();
        }

        @Override public void generation(String device, int g, int max, double best) {
            if (g == 0) {
                closeBar();
                bar = new Progress("  " + device + " generations", Math.max(1, max));
                generation = 0;
            }
            bar.advance(g - generation, String.format(Locale.ROOT, "best cost %.4e", best));
            generation = g;
        }

        @Override public void accuracyStarted(int total) {
            closeBar();
            bar = new Progress("  accuracy (programmings x strategies)", total);
        }

        @Override public void accuracyStep() {
            if (bar != null) bar.step();
        }

        private void closeBar() {
            if (bar != null) bar.close();
            bar = null;
        }

        @Override public void close() { closeBar(); }
    }

    static String summary(WpoResult r) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%s on %s (%s), software accuracy %.4f%n", r.network(), r.device(), r.dataSource(), r.softwareAccuracy()));
        b.append(String.format(Locale.ROOT, "%-10s %6s %6s %11s", "strategy", "F", "fill", "mean error"));
        for (String t : r.times()) b.append(String.format(Locale.ROOT, " %10s", "acc " + t));
        b.append('\n');
        for (var s : r.strategies()) {
            b.append(String.format(Locale.ROOT, "%-10s %6.3f %6.3f %11.4e", s.name(), s.F(), s.fill(), s.weightErrorMean()));
            for (int i = 0; i < s.accuracyMean().length; i++) b.append(String.format(Locale.ROOT, " %10s",
                    String.format(Locale.ROOT, "%.4f", s.accuracyMean()[i])));
            b.append('\n');
        }
        b.append(String.format(Locale.ROOT, "weight error reduction, optimised against the best naive (%s, F and scale searched): %s at 1 s, "
                        + "%s at 1 month (published ~39 %%, ~17 %%, secondary source); optimal F %.2f (published 2)%n", r.naive().strategy(),
                WpoReport.pct(r.weightErrorReductionAt1s()), WpoReport.pct(r.weightErrorReductionAt1Month()), r.F()));
        b.append(String.format(Locale.ROOT, "  against the naive splits at F = 2, only their scale searched (best %s): %s at 1 s, %s at 1 month%n",
                r.conventional().bestStrategy(), WpoReport.pct(r.conventional().reductionAt1s()), WpoReport.pct(r.conventional().reductionAt1Month())));
        for (var d : r.comparison())
            b.append(String.format(Locale.ROOT, "card %-10s best naive %-9s %.4e, optimised %.4e (%s %s)%n", d.device(), d.bestNaive(),
                    d.naiveError(), d.optimisedError(), WpoReport.pct(Math.abs(d.reduction())), d.reduction() < 0 ? "higher" : "lower"));
        var c = r.spice();
        b.append(String.format(Locale.ROOT, "ngspice, %dx%d four-device tile at 1 d: column currents up to %.3g A, fast model within %.2g A; "
                + "weighted sums within %.2g%n", c.rows(), c.cols(), c.maxColumnAmps(), c.maxAbsErrorAmps(), c.maxSumError()));
        if (r.rankingsDiffer() != null)
            b.append("the two cards rank " + (r.rankingsDiffer() ? "differently" : "the same") + " under naive and optimised programming\n");
        return b.toString();
    }
}
