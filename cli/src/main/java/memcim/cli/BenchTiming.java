package memcim.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Timing for benchmarks on a shared machine: the CPU time of the calling thread (what the work cost, whatever else
 * runs) next to wall time, after a warm-up long enough for the JIT to compile both ways being compared.
 */
final class BenchTiming {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** CPU and wall nanoseconds of one timed run. */
    record Cost(long cpuNanos, long wallNanos) {
        double cpuMicros(long per) { return cpuNanos / 1e3 / per; }

        double wallMicros(long per) { return wallNanos / 1e3 / per; }
    }

    private BenchTiming() {}

    /** Runs {@code work} repeatedly for at least {@code millis} of CPU time (JIT warm-up); returns the rounds run. */
    static int warmUp(Runnable work, long millis) {
        long end = THREADS.getCurrentThreadCpuTime() + millis * 1_000_000L;
        int rounds = 0;
        do {
            work.run();
            rounds++;
        } while (THREADS.getCurrentThreadCpuTime() < end);
        return rounds;
    }

    static Cost time(Runnable work) {
        long c0 = THREADS.getCurrentThreadCpuTime(), w0 = System.nanoTime();
        work.run();
        return new Cost(THREADS.getCurrentThreadCpuTime() - c0, System.nanoTime() - w0);
    }
}
