package memcim.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import memcim.device.array.CellType;
import memcim.device.array.CrossbarReadSpec;
import memcim.device.array.FastArrayModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code memcim bench array-solver}: the fast array model's two solvers on the same reads. */
@Command(name = "array-solver", mixinStandardHelpOptions = true,
        description = "Fast array model: banded Cholesky vs line-preconditioned CG on the same crossbar read (a fresh "
                + "model per read), then a data set read on one programmed array; ratio banded/PCG printed last.")
public final class BenchArraySolverCommand implements Callable<Integer> {
    @Bounds.Count(max = Bounds.SOLVER_SIDE)
    @Option(names = "--size", defaultValue = "64",
            description = "rows = columns, 1 to " + Bounds.SOLVER_SIDE + " (the banded factor grows as n^3; default ${DEFAULT-VALUE})") int size;
    @Bounds.Real(min = 0, max = 1e6)
    @Option(names = "--wire-ohms", defaultValue = "1", description = "row and column segment resistance, from 0 to 1000000 (default ${DEFAULT-VALUE})")
    double wireOhms;
    @Bounds.Real(min = 0, above = true, max = 100, infinity = true)
    @Option(names = "--nonlinearity-volts", defaultValue = "Infinity",
            description = "cell V0, above 0, at most 100, or Infinity = linear (default ${DEFAULT-VALUE})") double v0;
    @Bounds.Count(max = Bounds.READS)
    @Option(names = "--reads", defaultValue = "10", description = "timed reads per solver, 1 to " + Bounds.READS + " (default ${DEFAULT-VALUE})") int reads;
    @Bounds.Count(max = Bounds.SOLVER_VECTORS)
    @Option(names = "--vectors", defaultValue = "100000", description = "data-set vectors, 1 to " + Bounds.SOLVER_VECTORS + " (default ${DEFAULT-VALUE})")
    int vectors;
    @Option(names = "--seed", defaultValue = "1", description = "random seed (default ${DEFAULT-VALUE})") long seed;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] g = new double[size][size];
        for (double[] row : g) for (int j = 0; j < size; j++) row[j] = 10e-6 + 110e-6 * rng.nextDouble();
        double[] v = new double[size];
        Arrays.fill(v, 0.2);
        CrossbarReadSpec s = new CrossbarReadSpec(size, size, g, v, wireOhms, wireOhms, CellType.ONE_T_ONE_R, v0, 800);
        var out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "%dx%d 1T1R, %.3g ohm per segment, access 800 ohm, V0 %s, all rows at 0.2 V, G uniform 10-120 uS, seed %d%n",
                size, size, wireOhms, v0, seed);
        out.println("times: CPU time of the benchmark thread (wall time in brackets), after JIT warm-up");
        out.flush();
        double[][] result = new double[2][];
        Runnable banded = () -> result[0] = new FastArrayModel(s, FastArrayModel.Method.BANDED_CHOLESKY).read(v).columnCurrentsAmps();
        Runnable pcg = () -> result[1] = new FastArrayModel(s, FastArrayModel.Method.LINE_PCG).read(v).columnCurrentsAmps();
        BenchTiming.warmUp(banded, 2000);
        BenchTiming.warmUp(pcg, 2000);
        BenchTiming.Cost tb = BenchTiming.time(() -> { for (int k = 0; k < reads; k++) banded.run(); });
        BenchTiming.Cost tp = BenchTiming.time(() -> { for (int k = 0; k < reads; k++) pcg.run(); });
        double fullScale = 0, diff = 0;
        for (int j = 0; j < size; j++) {
            fullScale = Math.max(fullScale, Math.abs(result[0][j]));
            diff = Math.max(diff, Math.abs(result[0][j] - result[1][j]));
        }
        out.printf(Locale.ROOT, "banded Cholesky: %.1f us per read (%.1f)%n", tb.cpuMicros(reads), tb.wallMicros(reads));
        out.printf(Locale.ROOT, "line PCG:        %.1f us per read (%.1f)%n", tp.cpuMicros(reads), tp.wallMicros(reads));
        out.printf(Locale.ROOT, "largest difference between them: %.2e of full-scale current%n", diff / fullScale);
        double[][] set = new double[vectors][size];
        for (double[] x : set) for (int i = 0; i < size; i++) x[i] = rng.nextBoolean() ? 0.2 : 0;
        FastArrayModel model = new FastArrayModel(s);
        boolean linear = Double.isInfinite(v0);
        if (linear) {
            BenchTiming.Cost tt = BenchTiming.time(model::transferMatrix);
            out.printf(Locale.ROOT, "transfer matrix of one programmed array: %.1f us (%.1f)%n", tt.cpuMicros(1), tt.wallMicros(1));
            BenchTiming.warmUp(() -> model.columnCurrents(set[0]), 500);
        }
        int n = linear ? vectors : Math.min(vectors, 200);
        BenchTiming.Cost ts = BenchTiming.time(() -> { for (int k = 0; k < n; k++) model.columnCurrents(set[k]); });
        out.printf(Locale.ROOT, "data set of %d random binary vectors on that array: %.3f us per vector (%.3f)%s%n", n,
                ts.cpuMicros(n), ts.wallMicros(n), linear ? ", transfer matrix" : ", cell Newton per vector");
        out.printf(Locale.ROOT, "ratio banded/PCG (per read, CPU): %.1fx%n", (double) tb.cpuNanos() / tp.cpuNanos());
        return 0;
    }
}
