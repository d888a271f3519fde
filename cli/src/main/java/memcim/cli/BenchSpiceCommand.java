package memcim.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import memcim.core.Progress;
import memcim.netlist.crossbar.CrossbarBenchmark;
import memcim.spice.NgSpice;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code memcim bench spice}: operating-point solves of a 32x32 resistive crossbar, (a) in-process
 * on a circuit loaded once with sources changed by {@code alter}, (b) a fresh {@code ngspice -b}
 * per solve. Both must give the same column currents; the ratio of their times is printed last.
 */
@Command(name = "spice", mixinStandardHelpOptions = true,
        description = "In-process ngspice with alter vs a fresh ngspice -b per solve, on a 32x32 crossbar.")
public final class BenchSpiceCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Bounds.Count(max = Bounds.SOLVES)
    @Option(names = "--solves", paramLabel = "N", defaultValue = "200",
            description = "operating-point solves per way, 1 to " + Bounds.SOLVES + " (default ${DEFAULT-VALUE})")
    int solves;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "seed of conductances and inputs (default ${DEFAULT-VALUE})")
    long seed;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        CrossbarBenchmark bench = new CrossbarBenchmark(32, 32, seed);
        NgSpice ng = NgSpice.shared();
        out.printf(Locale.ROOT, "spice bench: 32x32 crossbar, conductances 1-100 uS (seed %d), inputs 0/0.2 V, %d solves each way, %s%n",
                seed, solves, ng.version());
        out.flush();

        // Warm-up, not timed: the JIT compiles the JNA call path, ngspice makes its first allocations.
        bench.solveInProcess(ng, Math.min(solves, 50), k -> { });
        long t0 = System.nanoTime();
        double[][] inProcess;
        try (Progress p = new Progress("in-process", solves)) {
            inProcess = bench.solveInProcess(ng, solves, k -> p.step());
        }
        double a = (System.nanoTime() - t0) / 1e9;
        out.printf(Locale.ROOT, "(a) in-process, loaded once, alter + op: %.3f s, %.3f ms/solve%n", a, 1e3 * a / solves);
        out.flush();

        Path work = Files.createTempDirectory("memcim-bench-spice-");
        long t1 = System.nanoTime();
        double[][] batch;
        try (Progress p = new Progress("ngspice -b", solves)) {
            batch = bench.solveInSubprocesses(work, solves, k -> p.step());
        } finally {
            Files.deleteIfExists(work);
        }
        double b = (System.nanoTime() - t1) / 1e9;
        out.printf(Locale.ROOT, "(b) fresh ngspice -b per solve:          %.3f s, %.3f ms/solve%n", b, 1e3 * b / solves);

        double worst = CrossbarBenchmark.maxDifference(inProcess, batch);
        double worstKirchhoff = 0;
        double scale = 0;
        for (int k = 0; k < solves; k++) {
            double[] expected = bench.expectedCurrents(bench.inputs(k));
            for (int j = 0; j < expected.length; j++) {
                worstKirchhoff = Math.max(worstKirchhoff, Math.abs(expected[j] - inProcess[k][j]));
                scale = Math.max(scale, Math.abs(expected[j]));
            }
        }
        boolean same = worst <= 1e-9 * scale;
        out.printf(Locale.ROOT, "column currents: max |a-b| = %.3e A, max |a-Kirchhoff| = %.3e A (largest current %.3e A): %s%n",
                worst, worstKirchhoff, scale, same ? "same" : "DIFFERENT");
        out.printf(Locale.ROOT, "spice-reuse-speedup: %.1f%n", b / a);
        out.flush();
        return same ? 0 : 1;
    }
}
