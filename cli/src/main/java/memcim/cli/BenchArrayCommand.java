package memcim.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import memcim.core.Progress;
import memcim.device.array.CrossbarReadSpec;
import memcim.device.array.FastArrayModel;
import memcim.netlist.crossbar.CrossbarBuilder;
import memcim.netlist.crossbar.CrossbarDeck;
import memcim.netlist.crossbar.CrossbarRecipe;
import memcim.netlist.crossbar.CrossbarSession;
import memcim.spice.NgSpice;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code memcim bench array}: column currents of programmed arrays for N binary input vectors, by the fast array
 * model and by ngspice in-process (deck loaded once, row sources altered per vector), side by side.
 */
@Command(name = "array", mixinStandardHelpOptions = true,
        description = "Fast array model vs in-process SPICE (loaded once, alter per vector) on the same crossbar reads: "
                + "time per vector, column currents, max error (%% of full scale); 'array-model-speedup' printed last.")
public final class BenchArrayCommand implements Callable<Integer> {
    @Bounds.Count(max = Bounds.ARRAY_VECTORS)
    @Option(names = "--vectors", defaultValue = "20", description = "input vectors per array, 1 to " + Bounds.ARRAY_VECTORS + " (default ${DEFAULT-VALUE})")
    int vectors;
    @Bounds.Count(max = Bounds.SIDE)
    @Option(names = "--sizes", split = ",", defaultValue = "32,128",
            description = "array sizes, rows = cols, each 1 to " + Bounds.SIDE + " (default ${DEFAULT-VALUE})") int[] sizes;
    @Bounds.Count(max = Bounds.LARGE_SPICE_VECTORS)
    @Option(names = "--large-spice-vectors", defaultValue = "2",
            description = "SPICE vectors for arrays above 64x64, where one ngspice read takes minutes, 1 to " + Bounds.LARGE_SPICE_VECTORS
                    + " (default ${DEFAULT-VALUE})") int largeSpiceVectors;
    @Bounds.Real(min = 0, max = 1e6)
    @Option(names = "--wire-ohms", defaultValue = "1", description = "wire resistance per segment, from 0 to 1000000 (default ${DEFAULT-VALUE})")
    double wireOhms;
    @Option(names = "--device", defaultValue = "hfox-1t1r", description = "device preset or card file (default ${DEFAULT-VALUE})") String device;
    @Option(names = "--linear", description = "read the cells as linear (V0 = infinity) instead of the card's sinh I-V")
    boolean linear;
    @Option(names = "--seed", defaultValue = "1", description = "seed of the programming draws and the inputs (default ${DEFAULT-VALUE})") long seed;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    /** One array's figures. */
    private record Result(double fastSecondsPerVector, double spiceSecondsPerVector, double maxErrorPercent) {}

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        double lowest = Double.POSITIVE_INFINITY;
        double worstError = 0;
        for (int n : sizes) {
            Result r = bench(n, out);
            lowest = Math.min(lowest, r.spiceSecondsPerVector / r.fastSecondsPerVector);
            worstError = Math.max(worstError, r.maxErrorPercent);
        }
        out.printf(Locale.ROOT, "max error over all arrays: %.3g %% of full scale%n", worstError);
        out.println("speedup = SPICE CPU time per vector / fast model CPU time per vector, the lowest over the sizes");
        out.printf(Locale.ROOT, "array-model-speedup: %.0f%n", lowest);
        out.flush();
        return 0;
    }

    private Result bench(int n, PrintWriter out) {
        CrossbarRecipe recipe = new CrossbarRecipe(n, n, null, wireOhms, device, seed, 0.2);
        CrossbarReadSpec programmed = recipe.spec();
        CrossbarReadSpec array = !linear ? programmed : new CrossbarReadSpec(n, n, programmed.conductanceSiemens(),
                programmed.rowVolts(), wireOhms, wireOhms, programmed.cellType(), Double.POSITIVE_INFINITY,
                programmed.accessOnOhms());
        double[][] inputs = randomInputs(n, seed + n);
        out.printf(Locale.ROOT, "%dx%d %s, %s ohm per segment, V0 %s V, access %s ohm, %s seed %d, %d binary vectors at 0.2 V%n",
                n, n, array.cellType(), wireOhms, array.nonlinearityVolts(), array.accessOnOhms(), device, seed, vectors);

        long t0 = System.nanoTime();
        FastArrayModel fast = new FastArrayModel(array);
        long setupFast = System.nanoTime() - t0;
        double[][] fastCurrents = new double[vectors][];
        Runnable fastRun = () -> {
            for (int k = 0; k < vectors; k++) fastCurrents[k] = fast.columnCurrents(inputs[k]);
        };
        // The JIT compiles the solver's loops in the background for a second or more on a loaded machine: warm up
        // for 2 s of CPU, then time rounds for 1 s more and keep the median round (steady state, not compile time).
        BenchTiming.Cost fastFirst = BenchTiming.time(fastRun); // cold: interpreter, JIT, transfer matrix (linear)
        BenchTiming.warmUp(fastRun, 2000);
        BenchTiming.Cost fastCost = medianRound(fastRun, 1000);

        int spiceVectors = n > 64 ? Math.min(vectors, largeSpiceVectors) : vectors;
        CrossbarDeck deck = CrossbarBuilder.build(array);
        t0 = System.nanoTime();
        CrossbarSession session = CrossbarSession.open(NgSpice.shared(), deck, n + "x" + n + " crossbar");
        long load = System.nanoTime() - t0;
        double[][] spiceCurrents = new double[spiceVectors][];
        // the first op after loading sets up ngspice's matrix: setup, timed apart when there are further vectors
        int first = spiceVectors > 1 ? 1 : 0;
        BenchTiming.Cost spiceFirst;
        BenchTiming.Cost spiceCost;
        try (session; Progress progress = new Progress("SPICE " + n + "x" + n, spiceVectors)) {
            spiceFirst = BenchTiming.time(() -> spiceReads(session, inputs, spiceCurrents, 0, first, progress));
            spiceCost = BenchTiming.time(() -> spiceReads(session, inputs, spiceCurrents, first, spiceVectors, progress));
        }
        int steadyVectors = spiceVectors - first;
        double fastPerVector = fastCost.cpuNanos() / 1e9 / vectors;
        double spicePerVector = spiceCost.cpuNanos() / 1e9 / steadyVectors;

        double fullScale = fullScaleAmps(array);
        double worst = 0;
        for (int k = 0; k < spiceVectors; k++) {
            for (int j = 0; j < n; j++) worst = Math.max(worst, Math.abs(fastCurrents[k][j] - spiceCurrents[k][j]));
        }
        double errorPercent = 100 * worst / fullScale;
        out.printf(Locale.ROOT, "  vector 0, columns 0-%d (uA): fast  %s%n", Math.min(n, 8) - 1, micro(fastCurrents[0]));
        out.printf(Locale.ROOT, "  vector 0, columns 0-%d (uA): SPICE %s%n", Math.min(n, 8) - 1, micro(spiceCurrents[0]));
        out.printf(Locale.ROOT, "  fast model: %.2f us CPU (%.2f us wall) per vector over %d vectors, median round after warm-up"
                + " (setup: model built in %.2f ms, first cold round %.1f ms CPU)%n", fastPerVector * 1e6,
                fastCost.wallMicros(vectors), vectors, setupFast / 1e6, fastFirst.cpuNanos() / 1e6);
        out.printf(Locale.ROOT, "  SPICE:      %.2f ms CPU (%.2f ms wall) per vector over %d vectors, alter + op"
                + " (setup: deck loaded in %.0f ms wall, first op %.2f ms CPU)%n", spicePerVector * 1e3,
                spiceCost.wallMicros(steadyVectors) / 1e3, steadyVectors, load / 1e6, spiceFirst.cpuNanos() / 1e6);
        out.printf(Locale.ROOT, "  max error: %.3g %% of full scale (%.2f uA, all rows on, no wires)%n", errorPercent, fullScale * 1e6);
        out.printf(Locale.ROOT, "  speedup %dx%d (CPU time): %.0fx%n", n, n, spicePerVector / fastPerVector);
        out.flush();
        return new Result(fastPerVector, spicePerVector, errorPercent);
    }

    /** Reads vectors [from, to) in ngspice: the session alters the row sources that change, runs the op, fetches. */
    private static void spiceReads(CrossbarSession session, double[][] inputs, double[][] currents, int from, int to,
            Progress progress) {
        for (int k = from; k < to; k++) {
            currents[k] = session.read(inputs[k]);
            progress.step();
        }
    }

    /** Times rounds of {@code work} for at least {@code millis} of CPU; returns the round of median CPU time. */
    private static BenchTiming.Cost medianRound(Runnable work, long millis) {
        java.util.List<BenchTiming.Cost> rounds = new java.util.ArrayList<>();
        long spent = 0;
        while (spent < millis * 1_000_000L || rounds.size() < 3) {
            BenchTiming.Cost c = BenchTiming.time(work);
            rounds.add(c);
            spent += c.cpuNanos();
        }
        rounds.sort(java.util.Comparator.comparingLong(BenchTiming.Cost::cpuNanos));
        return rounds.get(rounds.size() / 2);
    }

    /** Binary inputs: each row at 0.2 V or 0 V with probability 1/2. */
    private double[][] randomInputs(int n, long inputSeed) {
        SplittableRandom rng = new SplittableRandom(inputSeed);
        double[][] v = new double[vectors][];
        for (int k = 0; k < v.length; k++) {
            v[k] = new double[n];
            for (int i = 0; i < n; i++) v[k][i] = rng.nextBoolean() ? 0.2 : 0;
        }
        return v;
    }

    /** The largest ideal column current with every row at 0.2 V: the current the sense chain must handle. */
    private static double fullScaleAmps(CrossbarReadSpec array) {
        double best = 0;
        for (int j = 0; j < array.cols(); j++) {
            double s = 0;
            for (int i = 0; i < array.rows(); i++) s += 0.2 * array.conductance(i, j);
            best = Math.max(best, s);
        }
        return best;
    }

    private static String micro(double[] amps) {
        StringBuilder b = new StringBuilder();
        for (int j = 0; j < Math.min(amps.length, 8); j++) b.append(String.format(Locale.ROOT, " %8.3f", amps[j] * 1e6));
        return b.toString();
    }
}
