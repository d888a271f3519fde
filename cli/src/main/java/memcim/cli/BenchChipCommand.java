package memcim.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import memcim.cosim.chip.PathOutcome;
import memcim.cosim.config.ChipConfig;
import memcim.cosim.flow.ChipBuild;
import memcim.cosim.flow.CosimRunner;
import memcim.cosim.flow.ModelDir;
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
    @Option(names = "--samples", defaultValue = "1", paramLabel = "M",
            description = "samples M of the benchmarked chip (lock-step costs about a minute per sample and beat; default ${DEFAULT-VALUE})")
    int samples;
    @Option(names = "--beats", defaultValue = "1", description = "beats per mode (default ${DEFAULT-VALUE})") int beats;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        CosimCommand.requirePositive("--samples", samples);
        CosimCommand.requirePositive("--beats", beats);
        ModelDir m = ModelDir.read(model);
        ChipBuild build = ChipBuild.of(ChipConfig.reference().withSamples(samples), m);
        var out = spec.commandLine().getOut();
        CosimRunner fastRunner = new CosimRunner(build, CosimRunner.spread(m.dataset().test(), beats));
        PathOutcome fast = fastRunner.fast(null);
        CosimRunner txRunner = new CosimRunner(build, m.dataset().test());
        PathOutcome tx = txRunner.transaction(beats, null);
        CosimRunner lockRunner = new CosimRunner(build, m.dataset().test());
        long t0 = System.nanoTime();
        lockRunner.lockstep(beats, samples, null);
        double lockSeconds = (System.nanoTime() - t0) / 1e9;
        double lock = lockSeconds / beats;
        double txPer = tx.wallSeconds() / beats;
        double fastPer = fast.wallSeconds() / fast.beats().size();
        out.printf(Locale.ROOT, "chip: M = %d, %d arrays programmed, %d beat(s) per mode%n", samples, build.arrays().count(), beats);
        out.printf(Locale.ROOT, "lock-step   %10.3f s per inference (includes the transaction run that checks its codes)%n", lock);
        out.printf(Locale.ROOT, "transaction %10.3f s per inference%n", txPer);
        out.printf(Locale.ROOT, "fast        %10.5f s per inference%n", fastPer);
        out.printf(Locale.ROOT, "ratio lock-step / transaction: %.1f x; transaction / fast: %.1f x%n", lock / txPer, txPer / fastPer);
        return 0;
    }
}
