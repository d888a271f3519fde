package memcim.cli;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.concurrent.Callable;
import memcim.bnn.Trainer;
import memcim.bnn.TrainingSettings;
import memcim.data.ecg.DatasetBuilder;
import memcim.data.ecg.EcgDataset;
import memcim.device.DeviceModel;
import memcim.device.DevicePresets;
import memcim.device.PairDomain;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code memcim bench train}: Bayes by Backprop without and with the technological loss. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Training speed of the Bayesian MLP: plain Bayes by Backprop vs with the technological loss "
                + "(same data, epochs and seed); the published figures were 22 s vs 120 s for 100 epochs. Ratio last.")
public final class BenchTrainCommand implements Callable<Integer> {
    @Option(names = "--device", defaultValue = "hfox-1t1r", description = "preset or card file (default ${DEFAULT-VALUE})") String device;
    @Bounds.Count(max = Bounds.EPOCHS)
    @Option(names = "--epochs", defaultValue = "100", description = "epochs per run, 1 to " + Bounds.EPOCHS + " (default ${DEFAULT-VALUE})") int epochs;
    @Bounds.Count(min = Bounds.BEATS_MIN, max = Bounds.BEATS_MAX)
    @Option(names = "--beats", defaultValue = "4500",
            description = "synthetic trained-class beats, " + Bounds.BEATS_MIN + " to " + Bounds.BEATS_MAX + " (default ${DEFAULT-VALUE})") int beats;
    @Option(names = "--seed", defaultValue = "1", description = "seed (default ${DEFAULT-VALUE})") long seed;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    private static long processCpuNanos() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : -1;
    }

    @Override
    public Integer call() {
        EcgDataset d = DatasetBuilder.synthetic(beats, seed);
        TrainingSettings s = TrainingSettings.defaults(seed).withEpochs(epochs);
        PairDomain domain = PairDomain.of(new DeviceModel(DevicePresets.resolve(device)), s.conditionsPerCell());
        var out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "%d training beats, %d epochs, batch %d, %s (%d pair points), %d cores%n", d.train().size(),
                epochs, s.batchSize(), device, domain.points().size(), Runtime.getRuntime().availableProcessors());
        out.println("times: wall (process CPU time, all threads, in brackets); each run includes a validation pass per epoch");
        new Trainer(s.withEpochs(3), e -> { }).trainBayesian(d.train(), d.validation(), domain);   // JIT warm-up
        double[] wall = new double[2], cpu = new double[2];
        String[] names = {"plain BBB", "BBB + technological loss"};
        for (int k = 0; k < 2; k++) {
            long c0 = processCpuNanos(), w0 = System.nanoTime();
            new Trainer(s.withTechLoss(k == 1), e -> { }).trainBayesian(d.train(), d.validation(), domain);
            wall[k] = (System.nanoTime() - w0) / 1e9;
            cpu[k] = (processCpuNanos() - c0) / 1e9;
            out.printf(Locale.ROOT, "%-26s %6.2f s (%6.2f s CPU), %6.1f epochs/s%n", names[k] + ":", wall[k], cpu[k], epochs / wall[k]);
            out.flush();
        }
        out.printf(Locale.ROOT, "ratio with/without technological loss: %.2fx wall, %.2fx CPU (published: 120 s / 22 s = 5.5x)%n",
                wall[1] / wall[0], cpu[1] / cpu[0]);
        return 0;
    }
}
