package memcim.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import memcim.core.AtomicFolder;
import memcim.core.OutputTarget;
import memcim.core.Progress;
import memcim.data.ecg.EcgDataset;
import memcim.device.DeviceCard;
import memcim.device.DevicePresets;
import memcim.report.ReportWriter;
import memcim.transfer.flow.EcgTask;
import memcim.transfer.flow.PlaneTasks;
import memcim.transfer.flow.TaskData;
import memcim.transfer.flow.TransferOutcome;
import memcim.transfer.flow.TransferReport;
import memcim.transfer.flow.TransferResult;
import memcim.transfer.flow.TransferRun;
import memcim.transfer.flow.TransferSettings;
import memcim.transfer.mcmc.McmcSettings;
import memcim.transfer.plan.SingleSetTransfer.ComponentChoice;
import memcim.transfer.plan.WeightMixtures;
import memcim.transfer.posterior.PosteriorSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code memcim transfer}: Dalgaty et al.'s ex-situ transfer of an MCMC posterior in one SET per device (issue 11). */
@Command(name = "transfer", mixinStandardHelpOptions = true,
        description = {"Ex-situ transfer of a Bayesian network in one programming step (Dalgaty et al. 2021): MCMC posterior, "
                + "a Gaussian mixture per weight, one SET per device of a 128 x 128 array (one row per network instance), rows "
                + "read through the fast array model and a few through SPICE; compared with the same draws programmed and "
                + "verified and with a conventional network.",
                "Writes report.html (maps, sigma match, cost, MCMC diagnostics) and report.json into --out."})
public final class TransferCommand implements Callable<Integer> {
    enum Task { moons, spirals, ecg }

    @Option(names = "--task", defaultValue = "moons", description = "moons, spirals or ecg (default ${DEFAULT-VALUE})") Task task;
    @Option(names = "--device", defaultValue = "hfox-1t1r", paramLabel = "CARD",
            description = "device card: a preset name or a card file (default ${DEFAULT-VALUE})") String device;
    @Bounds.Count(min = 2, max = 16)
    @Option(names = "--chains", defaultValue = "4", description = "MCMC chains, 2 to 16 (default ${DEFAULT-VALUE})") int chains;
    @Bounds.Count(min = 10, max = 20_000)
    @Option(names = "--samples", defaultValue = "1500", description = "kept draws per chain, 10 to 20000 (default ${DEFAULT-VALUE})") int samples;
    @Bounds.Count(min = 20, max = 50_000)
    @Option(names = "--warmup", defaultValue = "1000", description = "warm-up iterations per chain, 20 to 50000 (default ${DEFAULT-VALUE})") int warmup;
    @Bounds.Real(min = 0.01, max = 10)
    @Option(names = "--prior-sigma", defaultValue = "0.5", description = "σ of the weights' Gaussian prior, from 0.01 to 10 (default ${DEFAULT-VALUE})")
    double priorSigma;
    @Bounds.Count(min = 1, max = 4096)
    @Option(names = "--rows", defaultValue = "128", description = "network instances programmed (array rows), 1 to 4096 (default ${DEFAULT-VALUE})")
    int rows;
    @Bounds.Count(min = 1, max = WeightMixtures.MAX_COMPONENTS)
    @Option(names = "--components", defaultValue = "" + TransferSettings.DEFAULT_COMPONENTS,
            description = "mixture components per weight, 1 to " + WeightMixtures.MAX_COMPONENTS + " (default ${DEFAULT-VALUE}; with --bic the most BIC may choose)") int components;
    @Option(names = "--bic", description = "choose each weight's number of components by BIC (up to --components)") boolean bic;
    @Option(names = "--independent", description = "draw each weight's component by its π independently (mean-field) instead of "
            + "from the row's own posterior draw") boolean independent;
    @Bounds.Count(min = 0, max = 128)
    @Option(names = "--spice-rows", defaultValue = "16", description = "rows of the first array read again by SPICE (about 5 s "
            + "each for 128 x 128), 0 to 128 (default ${DEFAULT-VALUE})")
    int spiceRows;
    @Bounds.Real(min = 0, max = 1000)
    @Option(names = "--wire-ohms", defaultValue = "1", description = "wire resistance per cell pitch, from 0 to 1000 (default "
            + "${DEFAULT-VALUE}; 0: ideal wires). 1T1R arrays are read by word line, each column through rows + 1 segments of its "
            + "bit and source lines; 1R arrays by driving the row")
    double wireOhms;
    @Bounds.Real(min = 1e-7, max = 1e-3)
    @Option(names = "--gamma", paramLabel = "S", description = "scale of the single-SET plan, siemens per network unit, from 1e-7 to "
            + "1e-3 (default: chosen by KL between the mixture components and the card's pairs, as the reference chip chooses it)")
    Double gamma;
    @Option(names = "--no-reference", description = "--task ecg: skip route (c), the reference chip's Bayes-by-Backprop "
            + "training and programming on the same beats") boolean noReference;
    /** The ECG beats (--task ecg) and the seed of everything: the same options as {@code memcim data ecg} and {@code train}. */
    @picocli.CommandLine.Mixin DataCommand.EcgSource source;
    @Option(names = "--out", defaultValue = "transfer-out", paramLabel = "DIR", description = "output folder (default ${DEFAULT-VALUE})") Path out;
    @Option(names = "--json", description = "print the figures as JSON on standard output (software.accuracy, transferred.accuracy, "
            + "gridAgreement, devices, pulsesPerDevice, epistemicMapError, ...)") boolean json;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        OutputTarget.folder(out, "--out", ReportWriter.JSON_FILE, ReportWriter.HTML_FILE);
        DeviceCard card = DevicePresets.resolve(device);
        long seed = source.seed;
        if (task != Task.ecg) { // the 2-D tasks have their own data and no route (c): an ECG option must not be dropped silently
            for (String o : DataCommand.EcgSource.SOURCE_OPTIONS)
                if (spec.commandLine().getParseResult().hasMatchedOption(o))
                    throw new memcim.core.InputException(o, "an ECG data option only with --task ecg", o + " with --task " + task);
            if (noReference) throw new memcim.core.InputException("--no-reference", "--task ecg (route (c) runs on ECG only)", "--task " + task);
        }
        if (spiceRows > rows) throw new memcim.core.InputException("--spice-rows", "at most --rows (" + rows + ")", String.valueOf(spiceRows));
        PosteriorSettings posterior = PosteriorSettings.defaults().withPriorSigma(priorSigma)
                .withMcmc(new McmcSettings(chains, warmup, samples, 1, seed));
        TransferSettings settings = new TransferSettings(card, posterior, rows, components, bic,
                independent ? ComponentChoice.INDEPENDENT : ComponentChoice.POSTERIOR_DRAW, spiceRows,
                TransferSettings.defaults(card).verifyWindow(), wireOhms, gamma == null ? Double.NaN : gamma, seed);
        if (rows > (long) chains * samples)
            throw new memcim.core.InputException("--rows", "at most the " + (long) chains * samples + " posterior draws (--chains x --samples)",
                    String.valueOf(rows));
        EcgDataset beatsData = task == Task.ecg ? source.load() : null;
        TaskData data = switch (task) {
            case moons -> PlaneTasks.moons(seed);
            case spirals -> PlaneTasks.spirals(seed);
            case ecg -> EcgTask.of(beatsData);
        };
        var err = System.err;
        err.printf(Locale.ROOT, "transfer: %s, network %s, %d training samples, device %s%n", data.name(), data.shape().describe(),
                data.train().size(), card.name());
        TransferOutcome o = AtomicFolder.write(out, "--out", dir -> {
            TransferOutcome run;
            try (Progress mcmc = new Progress("  mcmc", (long) chains * (warmup + samples));
                 Progress mixtures = new Progress("  mixtures (EM)", data.shape().weights());
                 Progress spice = new Progress("  spice rows", Math.max(1, spiceRows))) {
                run = TransferRun.run(data, settings, new TransferRun.Listeners(mcmc::step, mixtures::step, (done, total, row) -> spice.step()),
                        line -> err.println("  " + line));
            }
            if (beatsData != null && !noReference) {
                ReferenceRoute.Outcome c = ReferenceRoute.run(beatsData, data, card, rows, seed);
                run = run.withResult(run.result().withReferenceChip(c.figures(), c.cost()));
            }
            ReportWriter.write(dir, TransferReport.of(run));
            return run;
        });
        return RunOutput.print(spec, json, o.result(), json ? "" : summary(o.result()), out);
    }

    static String summary(TransferResult r) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "layout: %s, %d SET pulse per device%n", r.layout(), r.pulsesPerDevice()));
        for (var f : r.routes()) {
            b.append(String.format(Locale.ROOT, "%-46s M=%-5d accuracy %.3f  AUROC aleatoric %.3f  epistemic %.3f  ECE %.3f%n", f.route(),
                    f.instances(), f.accuracy(), f.aurocAleatoric(), f.aurocEpistemic(), f.expectedCalibrationError()));
        }
        if (Double.isFinite(r.gridAgreement()))
            b.append(String.format(Locale.ROOT, "grid: class agrees with software on %.2f %%, mean |dU_e| %.3f nats%n", 100 * r.gridAgreement(),
                    r.epistemicMapError()));
        for (var c : r.programming())
            b.append(String.format(Locale.ROOT, "programming, %-44s %.1f pulses per network, %.3g J per network%n", c.route() + ":",
                    c.pulsesPerInstance(), c.joulesPerInstance()));
        if (r.spice() != null)
            b.append(String.format(Locale.ROOT, "SPICE vs fast model, %d rows: max column-current error %.3g A; predictions identical %.2f %%%n",
                    r.spice().rows().length, r.spice().currents().maxAbsErrorAmps(), 100 * r.spice().predictionsIdentical()));
        return b.toString();
    }
}
