package memcim.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import memcim.bnn.flow.ChipBuild;
import memcim.bnn.flow.CosimRunner;
import memcim.bnn.flow.ModelDir;
import memcim.core.InputException;
import memcim.cosim.chip.ChipPaths;
import memcim.cosim.chip.ComparatorReadout;
import memcim.cosim.chip.PathOutcome;
import memcim.cosim.chip.SpiceSensing;
import memcim.cosim.kernel.LockStepChip;
import memcim.hdl.spec.ChipSpec;
import memcim.spice.NgSpice;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code memcim bench chip}: wall time per inference of the three co-simulation modes on the same beats and the
 * same chip (M samples), ratios last.
 */
@Command(name = "chip", mixinStandardHelpOptions = true,
        description = "Wall time per inference in lock-step, transaction and fast modes on the same beats and chip, "
                + "with their ratios.")
public final class BenchChipCommand implements Callable<Integer> {
    @Option(names = "--model", required = true, paramLabel = "DIR", description = "trained model directory (memcim train / demo)")
    Path model;
    @Bounds.Count(max = Bounds.CHIP_SAMPLES)
    @Option(names = "--samples", defaultValue = "1", paramLabel = "M",
            description = "samples M of the benchmarked chip, 1 to " + Bounds.CHIP_SAMPLES
                    + " (lock-step costs about a minute per sample and beat; default ${DEFAULT-VALUE})")
    int samples;
    @Bounds.Count(max = Bounds.LOCKSTEP_BEATS)
    @Option(names = "--beats", defaultValue = "1", description = "beats per mode, 1 to " + Bounds.LOCKSTEP_BEATS + " (default ${DEFAULT-VALUE})") int beats;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        ModelDir m = ModelDir.read(model);
        CosimCommand.requireTestBeats("--beats", beats, m);
        ChipBuild build = ChipBuild.of(ChipSpec.reference().withSamples(samples), m);
        var out = spec.commandLine().getOut();
        var test = m.dataset().test();
        if (beats > test.size())
            throw new InputException("--beats", "at most " + test.size() + " (the model's test beats)", String.valueOf(beats));
        // warm-up (JIT, the fast model's transfer matrices, ngspice's first load), not timed
        new CosimRunner(build, CosimRunner.spread(test, 2)).fast(null);
        new CosimRunner(build, test).transaction(1, null);
        int fastBeats = Math.max(beats, Math.min(200, test.size()));
        PathOutcome fast = new CosimRunner(build, CosimRunner.spread(test, fastBeats)).fast(null);
        var beatSet = CosimRunner.spread(test, beats);
        java.util.List<int[]> x = new java.util.ArrayList<>();
        for (int i = 0; i < beatSet.size(); i++) x.add(ChipPaths.features(beatSet, i));
        long t0 = System.nanoTime();
        SpiceSensing spice = new SpiceSensing(build.chip(), build.arrays(), build.cell(), NgSpice.shared());
        spice.prefetch(x, build.digitalConfig());
        ChipPaths.simulated("transaction", build.digital(), build.chip(), new ComparatorReadout(build.chip(), spice), beatSet, null);
        double tx = (System.nanoTime() - t0) / 1e9 / beats;
        LockStepChip kernel = new LockStepChip(build.chip(), build.arrays(), build.cell(), NgSpice.shared());
        t0 = System.nanoTime();
        kernel.run(build.digital(), x, beatSet.labels(), null);
        double lock = (System.nanoTime() - t0) / 1e9 / beats;
        double fastPer = fast.wallSeconds() / fast.beats().size();
        out.printf(Locale.ROOT, "chip: M = %d, %d arrays programmed; lock-step and transaction on %d beat(s), fast on %d%n",
                samples, build.arrays().count(), beats, fast.beats().size());
        out.printf(Locale.ROOT, "lock-step   %10.3f s per inference (ngspice transient per array visit, hdl simulation)%n", lock);
        out.printf(Locale.ROOT, "transaction %10.4f s per inference (ngspice operating points incl. loads, hdl simulation)%n", tx);
        out.printf(Locale.ROOT, "fast        %10.6f s per inference (fast array model, digital reference, all cores)%n", fastPer);
        out.printf(Locale.ROOT, "ratio lock-step / transaction: %.0f x; transaction / fast: %.0f x%n", lock / tx, tx / fastPer);
        return 0;
    }
}
