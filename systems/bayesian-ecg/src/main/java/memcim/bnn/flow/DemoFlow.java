package memcim.bnn.flow;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import memcim.bnn.ModelTraining;
import memcim.bnn.TrainingSettings;
import memcim.core.AtomicFiles;
import memcim.core.AtomicFolder;
import memcim.core.InputException;
import memcim.core.Json;
import memcim.core.Progress;
import memcim.core.TimeSinceProgramming;
import memcim.cosim.energy.EnergyBreakdown;
import memcim.cosim.energy.TechnologyTable;
import memcim.cosim.report.ChipReport;
import memcim.cosim.report.ChipReportPage;
import memcim.data.ecg.BeatSet;
import memcim.data.ecg.DatasetBuilder;
import memcim.data.ecg.EcgDataset;
import memcim.device.DevicePresets;
import memcim.report.ReportWriter;
import memcim.report.Units;

/**
 * {@code memcim demo}: data → training → mapping/programming → Verilog and SPICE → co-simulation (test set in the
 * fast path, some beats in transaction mode, a few in lock-step) → report, one progress line per stage.
 */
public final class DemoFlow {
    private DemoFlow() {}

    private static void requireTestBeats(String option, int beats, BeatSet test, DemoOptions o) {
        if (beats > test.size()) {
            throw new InputException(option, "at most the " + test.size() + (o.wfdb() == null
                    ? " test beats of the synthesised set (--beats " + o.datasetBeats() + ")"
                    : " test beats of the chip (a class-balanced sample of the test split)"), String.valueOf(beats));
        }
    }

    /** Runs the flow into a new temporary folder that replaces {@code o.out()} at the end (the old report stays if it fails). */
    public static ChipReport run(DemoOptions o, PrintStream err) {
        return AtomicFolder.write(o.out(), "--out", dir -> run(o, dir, err));
    }

    private static ChipReport run(DemoOptions o, Path dir, PrintStream err) {
        Stages stages = new Stages(err, 10);
        stages.begin(o.wfdb() == null ? "data: synthetic ECG" : "data: WFDB records in " + o.wfdb().dir());
        EcgDataset data = o.wfdb() == null ? DatasetBuilder.synthetic(o.datasetBeats(), o.seed()) : o.wfdb().load(o.seed());
        // on real records the chip's paths run on a class-balanced sample of the test split, as the published chip's 1,000
        // beats; the whole split goes through the software and programmed networks
        BeatSet test = o.wfdb() == null ? data.test() : data.chipTestBeats(DemoOptions.PUBLISHED_TEST_BEATS, o.seed());
        stages.end(String.format(Locale.ROOT, "%d train, %d validation, %d test beats (%d unseen-class)%s",
                data.train().size(), data.validation().size(), data.test().size(), CosimRunner.unseen(data.test()),
                test == data.test() ? "" : String.format(Locale.ROOT, "; the chip's test beats: %d (%d unseen-class), class-balanced",
                        test.size(), CosimRunner.unseen(test))));
        if (o.wfdb() != null) err.println("  classes " + data.classes().describe() + "; " + data.source());
        // before any training or file: more beats than the test set holds would silently be fewer
        requireTestBeats("--transaction-beats", o.transactionBeats(), test, o);
        requireTestBeats("--lockstep-beats", o.lockstepBeats(), test, o);

        stages.begin("training: Bayesian MLP with the technological loss");
        TrainingSettings settings = TrainingSettings.defaults(o.seed()).withEpochs(o.epochs())
                .withMembers(o.members() != null ? o.members() : TrainingSettings.defaultMembers(data));
        var card = DevicePresets.resolve(o.chip().deviceCard());
        ModelTraining.Result run;
        try (Progress pb = new Progress("  bayesian", o.epochs() * settings.ensembleSize());
             Progress pc = new Progress("  conventional", o.epochs())) {
            run = ModelTraining.train(data, card, settings, e -> pb.step(), e -> pc.step());
        }
        ModelDir model = new ModelDir(run.model(), data, card);
        model.write(dir.resolve("model"));
        var last = run.bayesian().get(run.bayesian().size() - 1);
        var conv = run.conventional().get(run.conventional().size() - 1);
        stages.end(String.format(Locale.ROOT, "%d epochs%s, validation accuracy %.3f (conventional %.3f), model in %s",
                o.epochs(), settings.ensembleSize() == 1 ? "" : " x " + settings.ensembleSize() + " networks (first shown)",
                last.validationAccuracy(), conv.validationAccuracy(), o.out().resolve("model")));

        stages.begin("mapping and programming " + o.chip().arrayCount() + " arrays");
        ChipBuild build = ChipBuild.of(o.chip(), model);
        stages.end(String.format(Locale.ROOT, "gamma %.4g S per unit, ADC full scale %s", build.mapping().gammaSiemens(),
                Units.eng(build.calibration().fullScaleAmps(), "A")));

        stages.begin("Verilog and SPICE generation");
        var files = ChipFiles.write(build, dir);
        stages.end(files.verilog().size() + " Verilog files, " + files.spice().size() + " SPICE decks");

        CosimRunner runner = new CosimRunner(build, test);
        stages.begin("fast path: test set (" + test.size() + " beats) and software references");
        runner.software();
        runner.conventional(model.model().conventionalWeights());
        try (Progress p = new Progress("  fast", test.size())) {
            runner.fast(p);
        }
        runner.samplesSweep(new int[] {1, 2, 5, 10, 20, 50}, test);
        if (test != data.test())
            runner.wholeSplit(data.test(), model.model().conventionalWeights(), "whole test split (" + data.test().size() + " beats)");
        stages.end(summary(runner.fastOutcome()));

        stages.begin("drift: the programmed cells read " + TimeSinceProgramming.STANDARD.size() + " times from 1 s to 1 year "
                + "after programming");
        runner.overTime(TimeSinceProgramming.STANDARD);
        var first = runner.programmedOverTime().get(0);
        var lastTime = runner.programmedOverTime().get(runner.programmedOverTime().size() - 1);
        stages.end(String.format(Locale.ROOT, "accuracy %s at %s, %s at %s (card %s, drift law %s)", Units.score(first.accuracy()),
                first.time(), Units.score(lastTime.accuracy()), lastTime.time(), card.name(), card.drift().law()));

        stages.begin("transaction mode: " + o.transactionBeats() + " beats (ngspice operating points + simulated digital)");
        try (Progress p = new Progress("  transaction", o.transactionBeats())) {
            runner.transaction(o.transactionBeats(), p);
        }
        stages.end(summary(runner.transactionOutcome()));

        stages.begin("lock-step: " + o.lockstepBeats() + " beats with M = " + o.lockstepSamples());
        if (o.lockstepBeats() > 0) {
            try (Progress p = new Progress("  lock-step", o.lockstepBeats())) {
                runner.lockstep(o.lockstepBeats(), o.lockstepSamples(), p);
            }
            stages.end(runner.lockstepKernel().codes().size() + " conversions compared with transaction mode");
        } else {
            runner.note("no lock-step run: line-charging, word-line and C-DAC energies are C*V^2 estimates");
            stages.end("skipped");
        }

        stages.begin("digital energy: yosys synthesis and simulated activity");
        runner.digital(dir.resolve("synth"));
        EnergyBreakdown e = runner.energy();
        stages.end(String.format(Locale.ROOT, "MAC-only %s, full chip %s per inference",
                Units.joules(e.macOnlyJoules()), Units.joules(e.fullChipJoules())));

        stages.begin("report");
        if (o.wfdb() != null)
            runner.published(PublishedTable.of(runner.metrics(), runner.samplesPoints(), data.source() + "; classes "
                    + data.classes().describe() + "; the chip's " + test.size() + " test beats are a class-balanced sample of the "
                    + data.test().size() + "-beat test split (seed " + o.seed() + ")", whyEpistemic(build, data, test)));
        ChipReport report = runner.report(stages.seconds());
        Json.writeFile(dir.resolve("chip.json"), build.chip());
        AtomicFiles.write(dir.resolve("technology.txt"), TechnologyTable.named(build.chip().technology()).describe());
        ReportWriter.write(dir, ChipReportPage.of(report, ReportPlots.of(e, runner.fastOutcome(), report.accuracyVsSamples(),
                report.programmedOverTime(), runner.lockstepKernel() == null ? null : runner.lockstepKernel().firstConversion())));
        stages.end(o.out().resolve("report.html").toString());
        return report;
    }

    /**
     * This run's own measurements of what the epistemic AUROC is up against: how far the features put the unseen beats
     * from the training beats (nearest-neighbour AUROC: what any detector on these codes could reach), and the software
     * network's mean U_e on validation beats (patients seen in training), known test beats and unseen test beats.
     */
    static List<String> whyEpistemic(ChipBuild build, EcgDataset data, BeatSet test) {
        var net = build.network().draw(build.chip().network().samples(), build.chip().seed());
        double nn = UncertaintyAblation.nearestNeighbourAuroc(data.train(), test);
        return List.of(String.format(Locale.ROOT, "what the features allow: each test beat's L1 distance (on the codes) to its "
                        + "nearest training beat separates the unseen beats from the known test beats with AUROC %.3f", nn),
                String.format(Locale.ROOT, "mean U_e of the software network (nats): validation beats %.3f (patients seen in training), "
                                + "known test beats %.3f, unseen test beats %.3f; the published threshold is 0.5",
                        UncertaintyAblation.meanEpistemic(net, data.validation(), false), UncertaintyAblation.meanEpistemic(net, test, false),
                        UncertaintyAblation.meanEpistemic(net, test, true)),
                "the network: " + (build.network().size() == 1 ? "one Bayesian network" : "an ensemble of " + build.network().size()
                        + " Bayesian networks, chip sample s from member s mod " + build.network().size())
                        + "; docs/bnn.md, 'Epistemic uncertainty on real data', has the validation ablations (memcim ablate)");
    }

    static String summary(memcim.cosim.chip.PathOutcome p) {
        return String.format(Locale.ROOT, "accuracy %s, AUROC aleatoric %s, epistemic %s (%d beats, %.1f s)",
                Units.score(p.accuracy()), Units.score(p.aurocAleatoric()), Units.score(p.aurocEpistemic()), p.beats().size(), p.wallSeconds());
    }
}
