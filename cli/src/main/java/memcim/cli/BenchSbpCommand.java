package memcim.cli;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import memcim.data.mnist.FashionMnist;
import memcim.data.mnist.ImageCodes;
import memcim.device.DevicePresets;
import memcim.sbp.SbpRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code memcim bench sbp}: sign-backpropagation training samples per second with the ladder's trainings on one thread
 * and on all cores (same seeds, so the same networks), and the speed-up. One training is sequential, as on the chip (each
 * sample's pulses change what the next one reads); the cores run the ladder's trainings side by side.
 */
@Command(name = "sbp", mixinStandardHelpOptions = true,
        description = "Sign backpropagation (issue 14): training samples per second of the ladder's trainings on 1 thread and on all "
                + "cores, same seeds, and the speed-up.")
public final class BenchSbpCommand implements Callable<Integer> {
    @Bounds.Count(min = 10, max = 60_000)
    @Option(names = "--train", defaultValue = "1000", description = "Fashion-MNIST training images per training, 10 to 60000 (default "
            + "${DEFAULT-VALUE})") int train;
    @Bounds.Count(min = 1, max = 4096)
    @Option(names = "--hidden", defaultValue = "300", description = "hidden neurons, 1 to 4096 (default ${DEFAULT-VALUE})") int hidden;
    @Bounds.Count(min = 1, max = 100)
    @Option(names = "--epochs", defaultValue = "1", description = "epochs timed each way, 1 to 100 (default ${DEFAULT-VALUE})") int epochs;
    @Option(names = "--seed", defaultValue = "1", description = "seed (default ${DEFAULT-VALUE})") long seed;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var card = DevicePresets.resolve("rram-pulsed");
        ImageCodes tr = ImageCodes.of(FashionMnist.train(), 1, 1, train), te = ImageCodes.of(FashionMnist.test(), 1, 1, 1000);
        int cores = Runtime.getRuntime().availableProcessors();
        var out = spec.commandLine().getOut();
        int steps = SbpRun.Step.values().length;
        out.printf(Locale.ROOT, "the %d ladder trainings of memcim sbp, 784 x %d x 10, %,d Fashion-MNIST images, %d epoch(s) each; %d cores%n",
                steps, hidden, tr.size(), epochs, cores);
        out.flush();
        double[] rate = new double[2];
        List<List<Double>> accuracies = new java.util.ArrayList<>();
        int k = 0;
        for (int threads : new int[] {1, cores}) {
            var s = SbpRun.Defaults.settings(null, train, hidden, epochs, card, seed, threads);
            // warm-up: a few hundred samples each way, so neither pays for the JIT in its timed run
            ImageCodes warm = ImageCodes.of(FashionMnist.train(), 1, 1, 200);
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                SbpRun.ladder(SbpRun.Defaults.settings(null, 200, hidden, 1, card, seed, threads), warm, te, pool, new SbpRun.Listener() {});
                long w0 = System.nanoTime();
                List<SbpRun.Trained> ladder = SbpRun.ladder(s, tr, te, pool, new SbpRun.Listener() {});
                double seconds = (System.nanoTime() - w0) / 1e9;
                long samples = (long) steps * epochs * tr.size();
                rate[k++] = samples / seconds;
                accuracies.add(ladder.stream().map(SbpRun.Trained::accuracy).toList());
                out.printf(Locale.ROOT, "%-10s %8.2f s wall, %,9d training samples, %9.0f samples/s (the test set read after every epoch too)%n",
                        threads + (threads == 1 ? " thread:" : " threads:"), seconds, samples, samples / seconds);
                out.flush();
            } finally {
                pool.shutdownNow();
            }
        }
        out.printf(Locale.ROOT, "speed-up %d threads / 1 thread: %.2fx (same networks: %s)%n", cores, rate[1] / rate[0],
                accuracies.get(0).equals(accuracies.get(1)) ? "yes" : "NO");
        return 0;
    }
}
