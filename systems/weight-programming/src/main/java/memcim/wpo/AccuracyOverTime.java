package memcim.wpo;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import java.util.SplittableRandom;
import memcim.device.ProgrammedArray;

/**
 * Test accuracy of a programmed network at every time after programming: {@code repetitions} programmings, each read
 * at every time (fresh read noise), in parallel over the programmings; a programming's draws depend on its index only,
 * so the result is the same whatever the threads.
 */
public final class AccuracyOverTime {
    private AccuracyOverTime() {}

    /** accuracies[time][repetition]. */
    public record Accuracies(double[][] accuracies) {
        public double mean(int t) {
            double s = 0;
            for (double a : accuracies[t]) s += a;
            return s / accuracies[t].length;
        }

        /** Sample standard deviation over the repetitions (0 for one). */
        public double sd(int t) {
            int n = accuracies[t].length;
            if (n < 2) return 0;
            double m = mean(t), s = 0;
            for (double a : accuracies[t]) s += (a - m) * (a - m);
            return Math.sqrt(s / (n - 1));
        }
    }

    /** {@code done} is told each finished programming (from worker threads). */
    public static Accuracies measure(TrainedNetwork network, FourDeviceNetwork chip, double[] timesSeconds, int repetitions,
                                     long seed, int threads, IntConsumer done) {
        double[][] acc = new double[timesSeconds.length][repetitions];
        AtomicInteger finished = new AtomicInteger();
        Runnable all = () -> IntStream.range(0, repetitions).parallel().forEach(r -> {
            ProgrammedArray[] arrays = chip.program(seed * 1_000_003L + r);
            double[][][] calibration = chip.calibration(arrays);
            SplittableRandom reads = new SplittableRandom(seed * 7_777_777L + r);
            for (int t = 0; t < timesSeconds.length; t++) acc[t][r] = network.accuracy(chip.weightsAt(arrays, calibration, timesSeconds[t], reads));
            done.accept(finished.incrementAndGet());
        });
        ForkJoinPool pool = new ForkJoinPool(Math.max(1, threads));
        try {
            pool.submit(all).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
        return new Accuracies(acc);
    }
}
