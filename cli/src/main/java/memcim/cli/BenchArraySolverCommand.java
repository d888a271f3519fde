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
        description = "Fast array model: banded Cholesky vs line-preconditioned CG on the same crossbar reads (fresh "
                + "array each read), then a data set read through the transfer matrix; ratio banded/PCG printed last.")
public final class BenchArraySolverCommand implements Callable<Integer> {
    @Option(names = "--size", defaultValue = "64", description = "rows = columns (default ${DEFAULT-VALUE})") int size;
    @Option(names = "--wire-ohms", defaultValue = "1", description = "row and column segment resistance (default ${DEFAULT-VALUE})") double wireOhms;
    @Option(names = "--nonlinearity-volts", defaultValue = "Infinity", description = "cell V0; Infinity = linear (default ${DEFAULT-VALUE})") double v0;
    @Option(names = "--reads", defaultValue = "5", description = "timed reads per solver (default ${DEFAULT-VALUE})") int reads;
    @Option(names = "--vectors", defaultValue = "10000", description = "data-set vectors for the transfer-matrix read (default ${DEFAULT-VALUE})") int vectors;
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
        out.printf(Locale.ROOT, "%dx%d 1T1R, %.3g ohm per segment, V0 %s, all rows at 0.2 V, G uniform 10-120 uS, seed %d%n",
                size, size, wireOhms, v0, seed);
        double[] banded = null, pcg = null;
        long tb = Long.MAX_VALUE, tp = Long.MAX_VALUE;
        for (int k = 0; k < reads + 1; k++) { // the first round warms the code up and is not counted
            long t0 = System.nanoTime();
            banded = new FastArrayModel(s, FastArrayModel.Method.BANDED_CHOLESKY).read(v).columnCurrentsAmps();
            long t1 = System.nanoTime();
            pcg = new FastArrayModel(s, FastArrayModel.Method.LINE_PCG).read(v).columnCurrentsAmps();
            long t2 = System.nanoTime();
            if (k > 0) {
                tb = Math.min(tb, t1 - t0);
                tp = Math.min(tp, t2 - t1);
            }
        }
        double fullScale = 0, diff = 0;
        for (int j = 0; j < size; j++) {
            fullScale = Math.max(fullScale, Math.abs(banded[j]));
            diff = Math.max(diff, Math.abs(banded[j] - pcg[j]));
        }
        FastArrayModel model = new FastArrayModel(s);
        double[][] set = new double[vectors][size];
        for (double[] x : set) for (int i = 0; i < size; i++) x[i] = rng.nextBoolean() ? 0.2 : 0;
        long t3 = System.nanoTime();
        model.columnCurrents(set);
        long t4 = System.nanoTime();
        out.printf(Locale.ROOT, "banded Cholesky: %.3f ms per read (best of %d)%n", tb / 1e6, reads);
        out.printf(Locale.ROOT, "line PCG:        %.3f ms per read (best of %d)%n", tp / 1e6, reads);
        out.printf(Locale.ROOT, "largest difference: %.2e of full-scale current%n", diff / fullScale);
        out.printf(Locale.ROOT, "data set of %d binary vectors on one programmed array: %.3f us per vector%s%n", vectors,
                (t4 - t3) / 1e3 / vectors, Double.isInfinite(v0) ? " (transfer matrix)" : " (Newton per vector)");
        out.printf(Locale.ROOT, "ratio banded/PCG: %.1fx%n", (double) tb / tp);
        return 0;
    }
}
