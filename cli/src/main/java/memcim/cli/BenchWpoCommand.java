package memcim.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import memcim.core.optimise.DifferentialEvolution;
import memcim.device.DeviceModel;
import memcim.device.DevicePresets;
import memcim.mapping.DriftCompensation;
import memcim.mapping.TranslationFunctions;
import memcim.wpo.TrainedNetwork;
import memcim.wpo.WeightErrorCost;
import memcim.wpo.WeightRange;
import memcim.wpo.WpoNetwork;
import memcim.wpo.WpoSettings;
import memcim.core.TimeSinceProgramming;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code memcim bench wpo}: the weight-programming search's cost evaluations per second on one core and on all of
 * them, the same generations of the same differential evolution (same seed, so the same points and the same result),
 * and the parallel speed-up. Wall time: the work is spread over threads.
 */
@Command(name = "wpo", mixinStandardHelpOptions = true,
        description = "Differential evolution over the translation functions (issue 12): cost evaluations per second on 1 thread "
                + "and on all cores, same seed and generations, and the speed-up.")
public final class BenchWpoCommand implements Callable<Integer> {
    @Option(names = "--device", defaultValue = "pcm", paramLabel = "CARD", description = "device card (default ${DEFAULT-VALUE})") String device;
    @Bounds.Count(min = 32, max = 1_000_000)
    @Option(names = "--targets", defaultValue = "1024", description = "target weights in the cost, 32 to 1000000 (default ${DEFAULT-VALUE})")
    int targets;
    @Bounds.Count(min = 1, max = 1000)
    @Option(names = "--generations", defaultValue = "4", description = "generations timed each way, 1 to 1000 (default ${DEFAULT-VALUE})")
    int generations;
    @Bounds.Count(min = 1, max = 100)
    @Option(names = "--popsize", defaultValue = "10", description = "population per coordinate, 1 to 100 (default ${DEFAULT-VALUE})") int popsize;
    @Option(names = "--seed", defaultValue = "1", description = "seed (default ${DEFAULT-VALUE})") long seed;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var card = DevicePresets.resolve(device);
        TrainedNetwork net = WpoNetwork.ECG.train(null, seed, s -> {});
        double[][] t = net.sampledTargets(targets, seed + 1);
        var cost = new WeightErrorCost(new DeviceModel(card), t, WeightErrorCost.seconds(TimeSinceProgramming.STANDARD), 1,
                DriftCompensation.GLOBAL, seed);
        var box = TranslationFunctions.Box.of(WpoSettings.DEFAULT_LEVELS, WeightRange.of(card), cost.maxAbsWeight());
        int cores = Runtime.getRuntime().availableProcessors();
        var base = DifferentialEvolution.Settings.defaults().withPopsize(popsize).withMaxGenerations(generations).withTolerance(0, 0).withSeed(seed);
        var out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "cost: %d target weights of the ECG network, card %s, %d times, one programming; box of %d coordinates "
                + "(D = %d), popsize %d x %d, %d generations each way; %d cores%n", t.length * t[0].length, card.name(),
                TimeSinceProgramming.STANDARD.size(), box.dimensions(), WpoSettings.DEFAULT_LEVELS, popsize, box.dimensions(), generations, cores);
        out.flush();
        // warm-up: one short search each way, so neither pays for the JIT in its timed run
        for (int threads : new int[] {1, cores})
            DifferentialEvolution.unitBox(box.dimensions(), base.withMaxGenerations(1).withThreads(threads)).minimise(x -> cost.cost(box.decode(x)), (g, b, e) -> {});
        DifferentialEvolution.Result one = null, all = null;
        double[] rate = new double[2];
        int k = 0;
        for (int threads : new int[] {1, cores}) {
            long w0 = System.nanoTime();
            var r = DifferentialEvolution.unitBox(box.dimensions(), base.withThreads(threads)).minimise(x -> cost.cost(box.decode(x)), (g, b, e) -> {});
            double seconds = (System.nanoTime() - w0) / 1e9;
            rate[k++] = r.evaluations() / seconds;
            out.printf(Locale.ROOT, "%-10s %8.2f s wall, %6d evaluations, %8.1f evaluations/s, best cost %.6e%n",
                    threads + (threads == 1 ? " thread:" : " threads:"), seconds, r.evaluations(), r.evaluations() / seconds, r.bestCost());
            out.flush();
            if (threads == 1) one = r;
            else all = r;
        }
        out.printf(Locale.ROOT, "speed-up %d threads / 1 thread: %.2fx (same result: %s)%n", cores, rate[1] / rate[0],
                Arrays.equals(one.best(), all.best()) ? "yes" : "NO");
        return 0;
    }
}
