package memcim.netlist.crossbar;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import memcim.core.AtomicFiles;
import memcim.device.array.CrossbarReadSpec;
import memcim.netlist.ControlStep;
import memcim.netlist.Netlist;
import memcim.spice.NgSpice;
import memcim.spice.SpiceLibraryException;
import memcim.spice.SpiceRunException;

/**
 * The reuse benchmark: a rows x columns resistive crossbar (conductances uniform in 1-100 uS,
 * seeded) as {@link CrossbarBuilder} builds it with ideal row sources and ideal column sensing and no
 * wire resistance: rows driven by {@code vrow<i>}, columns held at 0 V by {@code vcol<j>} whose currents
 * are read. Each solve draws new input voltages (0 or 0.2 V per row) and solves the operating point either
 * (a) in-process on a circuit loaded once, changing sources with {@code alter}, or (b) with a fresh
 * {@code ngspice -b} process on the whole standalone deck.
 */
public final class CrossbarBenchmark {
    private static final double READ_VOLTS = 0.2;
    private static final Pattern PRINTED = Pattern.compile("^i\\(vcol(\\d+)\\)\\s*=\\s*(\\S+)");

    private final int rows;
    private final int columns;
    private final double[][] conductanceSiemens;
    private final long seed;

    public CrossbarBenchmark(int rows, int columns, long seed) {
        this.rows = rows;
        this.columns = columns;
        this.seed = seed;
        SplittableRandom random = new SplittableRandom(seed);
        conductanceSiemens = new double[rows][columns];
        for (double[] row : conductanceSiemens) {
            for (int j = 0; j < columns; j++) row[j] = 1e-6 + 99e-6 * random.nextDouble();
        }
    }

    /** The input voltages of solve {@code k}: each row 0 or 0.2 V, from the seed and k. */
    public double[] inputs(int k) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + k);
        double[] v = new double[rows];
        for (int i = 0; i < rows; i++) v[i] = random.nextBoolean() ? READ_VOLTS : 0.0;
        return v;
    }

    /** Column currents by Ohm's and Kirchhoff's laws (no wire resistance): I_j = sum_i G_ij V_i. */
    public double[] expectedCurrents(double[] inputVolts) {
        double[] out = new double[columns];
        for (int i = 0; i < rows; i++) for (int j = 0; j < columns; j++) out[j] += conductanceSiemens[i][j] * inputVolts[i];
        return out;
    }

    /** The deck for these input voltages; its sidecar names the row sources and the column current vectors. */
    public CrossbarDeck deck(double[] inputVolts) {
        CrossbarReadSpec spec = CrossbarReadSpec.linear(conductanceSiemens, inputVolts, 0);
        return CrossbarBuilder.build(spec, CrossbarOptions.defaults(), Map.of("seed", Long.toString(seed)));
    }

    /** (a) In-process: load once, then per solve alter every row source, {@code op}, read the currents. */
    public double[][] solveInProcess(NgSpice ng, int solves, IntConsumer progress) {
        CrossbarDeck deck = deck(inputs(0));
        ng.loadCircuit(deck.text(), "crossbar");
        List<String> rowSources = deck.sidecar().rowSources();
        List<String> columnCurrents = deck.sidecar().columnCurrentVectors();
        double[][] out = new double[solves][];
        for (int k = 0; k < solves; k++) {
            double[] v = inputs(k);
            Map<String, Double> sources = new LinkedHashMap<>();
            for (int i = 0; i < rows; i++) sources.put(rowSources.get(i), v[i]);
            ng.alterAll("dc", sources); // one command line for all rows
            ng.command("op");
            double[] currents = new double[columns];
            // ngspice's column current flows into vcol<j>'s + terminal: the current out of the array.
            for (int j = 0; j < columns; j++) currents[j] = ng.realVector(columnCurrents.get(j))[0];
            out[k] = currents;
            ng.command("destroy all"); // one plot per solve would otherwise pile up
            progress.accept(k);
        }
        ng.removeCircuits();
        return out;
    }

    /** (b) A fresh {@code ngspice -b} process per solve, on a deck written to {@code workDir}. */
    public double[][] solveInSubprocesses(Path workDir, int solves, IntConsumer progress) {
        double[][] out = new double[solves][];
        Path deck = workDir.resolve("crossbar-bench.cir");
        for (int k = 0; k < solves; k++) {
            CrossbarDeck built = deck(inputs(k));
            // the printed currents must carry the in-process precision: ngspice prints 6 digits unless told
            Netlist netlist = built.netlist().control(ControlStep.set("numdgt", 15)).control(ControlStep.op())
                    .control(ControlStep.print(built.sidecar().columnCurrentVectors()));
            AtomicFiles.write(deck, netlist.renderStandalone());
            out[k] = runBatch(deck);
            progress.accept(k);
        }
        try {
            Files.deleteIfExists(deck);
        } catch (IOException ignored) {
            // a leftover scratch deck in the work folder is harmless
        }
        return out;
    }

    private double[] runBatch(Path deck) {
        try {
            // Output to a file, not a pipe: reading a pipe to its end would wait for a hung ngspice forever.
            Path log = deck.resolveSibling(deck.getFileName() + ".log");
            String output;
            try {
                Process p = new ProcessBuilder("ngspice", "-b", deck.toString()).redirectErrorStream(true)
                        .redirectOutput(log.toFile()).start();
                if (!p.waitFor(60, TimeUnit.SECONDS)) {
                    p.destroyForcibly().waitFor();
                    throw new SpiceRunException("ngspice -b " + deck + " did not finish within 60 s", List.of());
                }
                output = new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
            } finally {
                Files.deleteIfExists(log);
            }
            // Not the exit code: ngspice -b exits 1 for a deck whose analyses run in a .control block
            // ("no simulations run"); the printed currents are what counts.
            Map<Integer, Double> found = new HashMap<>();
            for (String line : output.split("\n")) {
                Matcher m = PRINTED.matcher(line.strip());
                if (m.find()) found.put(Integer.parseInt(m.group(1)), Double.parseDouble(m.group(2)));
            }
            double[] currents = new double[columns];
            for (int j = 0; j < columns; j++) {
                Double c = found.get(j);
                if (c == null) throw new SpiceRunException("ngspice -b printed no i(vcol" + j + "): " + output.strip(), List.of());
                currents[j] = c;
            }
            return currents;
        } catch (IOException e) {
            throw new SpiceLibraryException("cannot run ngspice -b (install it with scripts/setup or: apt-get install ngspice): "
                    + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SpiceRunException("interrupted while waiting for ngspice -b", List.of());
        }
    }

    /** Largest |a - b| over all solves and columns. */
    public static double maxDifference(double[][] a, double[][] b) {
        double worst = 0;
        for (int k = 0; k < a.length; k++) for (int j = 0; j < a[k].length; j++) worst = Math.max(worst, Math.abs(a[k][j] - b[k][j]));
        return worst;
    }
}
