package memcim.spice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ngspice 39's own regression decks (the {@code tests/} folder of Debian's source package, fetched by
 * {@code scripts/fetch-ngspice-tests}) run through memcim's batch runner in an isolated worker, each
 * compared with what the standalone {@code ngspice -b} writes for the same deck:
 * <ul>
 * <li>a deck without a control block: {@code ngspice -b -r ref.raw deck.cir};</li>
 * <li>a deck with one: {@code ngspice -b} on a copy whose control block writes every plot to raw
 *     files just before each {@code quit} and before its {@code .endc} (ngspice's own commands).</li>
 * </ul>
 * For every deck ngspice completes, memcim must complete and every vector of every reference plot
 * must match to 1e-9 of the vector's full scale; a deck that crashes ngspice must give a clear error
 * while this JVM and the next decks carry on.
 */
class NgspiceRegressionDecksTest {
    private static final Duration NGSPICE_LIMIT = Duration.ofSeconds(45);
    private static final double TOLERANCE = 1e-9;
    /**
     * Decks of the lossy transmission-line models (TXL, CPL) on which Debian's two ngspice 39 builds,
     * the program and the shared library, disagree by about 1e-5 of full scale: the library gives the
     * same result through ngspice's own control commands as through memcim, run after run. Checked
     * at 1e-4 and reported; every other deck at {@link #TOLERANCE}.
     */
    private static final List<String> BUILDS_DIFFER = List.of(
            "transmission/cpl3_4_line.cir", "transmission/txl1_1_line.cir", "transmission/txl2_3_line.cir");
    private static final double BUILDS_TOLERANCE = 1e-4;

    @TempDir Path tmp;

    static Path suite() {
        String configured = System.getProperty("memcim.ngspice.tests", System.getenv("MEMCIM_NGSPICE_TESTS"));
        Path p = configured != null ? Path.of(configured) : Path.of("").toAbsolutePath().getParent().resolve(".cache/ngspice-tests");
        if (!Files.isDirectory(p)) {
            fail("ngspice's regression decks are not at " + p + ": run scripts/setup (or scripts/fetch-ngspice-tests)");
        }
        return p;
    }

    enum Kind { MATCH, MATCH_AS_LIBRARY, NGSPICE_CRASHED, NGSPICE_TOO_SLOW, MEMCIM_CRASHED, MEMCIM_FAILED, MISMATCH }

    record Outcome(String deck, Kind kind, int plotsCompared, int vectorsCompared, String detail) {}

    @Test
    void everyDeckNgspiceCompletesRunsInMemcimAndMatchesNgspiceOutput() throws Exception {
        Path suite = tmp.resolve("tests");
        copy(suite(), suite);
        List<Path> decks;
        try (Stream<Path> s = Files.walk(suite)) {
            decks = s.filter(p -> p.toString().endsWith(".cir")).sorted().toList();
        }
        assertTrue(decks.size() >= 100, "ngspice 39 ships 113 decks in tests/, found " + decks.size());
        List<Outcome> outcomes = new ArrayList<>();
        List<String> replaced = new ArrayList<>();
        try (SpiceWorkerPool pool = new SpiceWorkerPool(1, Duration.ofSeconds(120), replaced::add)) {
            for (Path deck : decks) outcomes.add(compare(suite, deck, pool));
            String report = report(outcomes);
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", "ngspice-regression-decks.txt"), report);
            System.out.println(report);
            // After every crash the pool went on: one more deck of ours, checked against a closed form.
            BatchResult divider = pool.submitBatch(BatchJob.of("divider\nV1 in 0 2\nR1 in out 1k\nR2 out 0 3k\n.op\n.end\n")).join();
            assertEquals(1.5, divider.lastPlot().find("v(out)").real()[0], 1e-12);
        }
        String report = report(outcomes);
        long crashesInNgspice = count(outcomes, Kind.NGSPICE_CRASHED);
        assertTrue(crashesInNgspice >= 2, "general/diffpair.cir and sensitivity/diffpair.cir crash ngspice 39\n" + report);
        List<Outcome> bad = outcomes.stream()
                .filter(o -> o.kind() == Kind.MEMCIM_CRASHED || o.kind() == Kind.MEMCIM_FAILED || o.kind() == Kind.MISMATCH).toList();
        assertTrue(bad.isEmpty(), "decks ngspice runs that memcim does not:\n" + report);
        assertTrue(count(outcomes, Kind.MATCH) >= 100, report);
        assertTrue(count(outcomes, Kind.MATCH_AS_LIBRARY) <= BUILDS_DIFFER.size(), report);
    }

    private Outcome compare(Path suite, Path deck, SpiceWorkerPool pool) throws Exception {
        String name = suite.relativize(deck).toString();
        Reference ref = reference(deck);
        if (ref.timedOut) return new Outcome(name, Kind.NGSPICE_TOO_SLOW, 0, 0, "over " + NGSPICE_LIMIT.toSeconds() + " s in ngspice -b");
        BatchResult result;
        try {
            result = pool.submitBatch(BatchJob.ofFile(deck).inFolder(deck.getParent().toString())).join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (ref.crashed) {
                boolean clear = cause instanceof SpiceCrashException c && c.getMessage().startsWith("ngspice crashed (SIG")
                        && c.getMessage().contains(deck.getFileName().toString());
                return new Outcome(name, clear ? Kind.NGSPICE_CRASHED : Kind.MEMCIM_FAILED, 0, 0, String.valueOf(cause.getMessage()));
            }
            return new Outcome(name, cause instanceof SpiceCrashException ? Kind.MEMCIM_CRASHED : Kind.MEMCIM_FAILED, 0, 0,
                    cause.getClass().getSimpleName() + ": " + cause.getMessage());
        }
        if (ref.crashed) return new Outcome(name, Kind.NGSPICE_CRASHED, 0, 0, "memcim completed what ngspice -b crashed on");
        double tolerance = BUILDS_DIFFER.contains(name) ? BUILDS_TOLERANCE : TOLERANCE;
        Outcome o = matchPlots(name, ref.plots, result.plots(), ref.byName, tolerance);
        if (o.kind() == Kind.MATCH && tolerance != TOLERANCE) {
            o = new Outcome(name, Kind.MATCH_AS_LIBRARY, o.plotsCompared(), o.vectorsCompared(),
                    "matches to " + BUILDS_TOLERANCE + " of full scale (ngspice's program and library differ here)");
        }
        return o;
    }

    /**
     * Vectors are matched by name, ignoring case (ngspice's {@code -r} keeps the case of internal
     * nodes such as {@code m1#Body}, its {@code write} does not), and in order among equal names
     * (a device's several branches are all {@code i(y1)} in raw files).
     */
    static Outcome matchPlots(String name, List<SpicePlot> refs, List<SpicePlot> ours, boolean byName, double tolerance) {
        int vectors = 0;
        for (int i = 0; i < refs.size(); i++) {
            SpicePlot r = refs.get(i);
            SpicePlot o = null;
            if (byName) {
                for (SpicePlot p : ours) if (p.name().equals(r.name())) o = p;
            } else if (i < ours.size()) {
                o = ours.get(i);
            }
            if (o == null || !o.plotname().equals(r.plotname())) {
                return new Outcome(name, Kind.MISMATCH, i, vectors, "no plot " + r.name() + " (" + r.plotname() + ") in "
                        + ours.stream().map(p -> p.name() + " (" + p.plotname() + ")").toList());
            }
            if (!o.scale().name().equalsIgnoreCase(r.scale().name())) {
                return new Outcome(name, Kind.MISMATCH, i, vectors, r.name() + ": scale " + o.scale().name() + ", ngspice's " + r.scale().name());
            }
            java.util.Map<String, Integer> seen = new java.util.HashMap<>();
            for (SpiceVector rv : r.vectors()) {
                String key = rv.name().toLowerCase(Locale.ROOT);
                int nth = seen.merge(key, 1, Integer::sum);
                SpiceVector ov = null;
                int k = 0;
                for (SpiceVector v : o.vectors()) if (v.name().equalsIgnoreCase(rv.name()) && ++k == nth) ov = v;
                if (ov == null) return new Outcome(name, Kind.MISMATCH, i, vectors, r.name() + ": no vector " + rv.name());
                String diff = difference(rv, ov, tolerance);
                if (diff != null) return new Outcome(name, Kind.MISMATCH, i, vectors, r.name() + "." + rv.name() + ": " + diff);
                vectors++;
            }
        }
        return new Outcome(name, Kind.MATCH, refs.size(), vectors, "");
    }

    /**
     * Null if {@code ours} equals {@code ref} to the tolerance; ngspice -r pads short vectors with
     * zeros, and leaves the imaginary part of an AC plot's frequency unset (only the real part counts).
     */
    static String difference(SpiceVector ref, SpiceVector ours, double tolerance) {
        double[][] r = ref.complex(), o = ours.complex();
        if (ref.type() == VectorTypes.FREQUENCY) {
            for (double[] z : r) z[1] = 0;
            for (double[] z : o) z[1] = 0;
        }
        if (o.length > r.length) return o.length + " points, ngspice's " + r.length;
        double scale = 0;
        for (double[] z : r) scale = Math.max(scale, Math.hypot(z[0], z[1]));
        for (int k = 0; k < r.length; k++) {
            double[] z = k < o.length ? o[k] : new double[] {0, 0};
            double d = Math.hypot(z[0] - r[k][0], z[1] - r[k][1]);
            boolean bothNaN = Double.isNaN(r[k][0]) && Double.isNaN(z[0]);
            if (!bothNaN && !(d <= tolerance * scale)) {
                return "point " + k + ": " + z[0] + (ref.isComplex() ? "," + z[1] : "") + ", ngspice " + r[k][0]
                        + (ref.isComplex() ? "," + r[k][1] : "") + " (full scale " + scale + ")";
            }
        }
        return null;
    }

    private record Reference(List<SpicePlot> plots, boolean byName, boolean crashed, boolean timedOut) {}

    /** What the standalone ngspice -b writes for this deck (see the class comment). */
    private Reference reference(Path deck) throws Exception {
        byte[] bytes = Files.readAllBytes(deck);
        List<String> lines = new String(bytes, StandardCharsets.ISO_8859_1).lines().toList();
        boolean control = lines.stream().skip(1).anyMatch(l -> l.strip().toLowerCase(Locale.ROOT).startsWith(".control"));
        Path out = Files.createTempDirectory(tmp, "ref");
        Path run;
        List<String> command;
        if (control) {
            run = deck.resolveSibling(".memcim-ref-" + deck.getFileName());
            Files.writeString(run, String.join("\n", withPlotWrites(lines, out)) + "\n", StandardCharsets.ISO_8859_1);
            command = List.of("ngspice", "-b", run.getFileName().toString());
        } else {
            run = deck;
            command = List.of("ngspice", "-b", "-r", out.resolve("ref.raw").toString(), deck.getFileName().toString());
        }
        Process p = new ProcessBuilder(command).directory(deck.getParent().toFile()).redirectErrorStream(true)
                .redirectOutput(out.resolve("ngspice.out").toFile()).start();
        boolean done = p.waitFor(NGSPICE_LIMIT.toSeconds(), TimeUnit.SECONDS);
        if (!done) {
            p.destroyForcibly().waitFor();
            return new Reference(List.of(), false, false, true);
        }
        if (run != deck) Files.delete(run);
        boolean crashed = p.exitValue() >= 128;
        List<SpicePlot> plots = new ArrayList<>();
        if (crashed) {
            return new Reference(plots, control, true, false); // what it wrote is cut off
        } else if (control) {
            // The last write of a plot is the one before the deck ended.
            for (Path f : list(out)) {
                if (!f.getFileName().toString().endsWith(".raw")) continue;
                String plot = f.getFileName().toString().replaceFirst("\\.raw$", "");
                if (plot.equals("const")) continue;
                for (SpicePlot sp : RawReader.read(Files.readAllBytes(f), f.toString())) {
                    if (!sp.plotname().equalsIgnoreCase("constants")) plots.add(sp.named(plot));
                }
            }
        } else if (Files.exists(out.resolve("ref.raw"))) {
            plots.addAll(RawReader.read(Files.readAllBytes(out.resolve("ref.raw")), "ref.raw"));
        }
        return new Reference(plots, control, crashed, false);
    }

    /** The deck with ngspice's own commands writing each plot to {@code out} before every quit and every .endc. */
    private static List<String> withPlotWrites(List<String> lines, Path out) {
        List<String> write = List.of("set nopadding", "foreach ref_plot $plots", "setplot $ref_plot",
                "write " + out + "/{$ref_plot}.raw", "end");
        List<String> copy = new ArrayList<>();
        boolean inControl = false;
        for (int i = 0; i < lines.size(); i++) {
            String lower = lines.get(i).strip().toLowerCase(Locale.ROOT);
            if (i > 0 && lower.startsWith(".control")) inControl = true;
            else if (inControl && lower.startsWith(".endc")) {
                copy.addAll(write);
                inControl = false;
            } else if (inControl && (lower.matches("(quit|exit)(\\s.*)?"))) {
                copy.addAll(write);
            }
            copy.add(lines.get(i));
        }
        return copy;
    }

    private static String report(List<Outcome> outcomes) {
        StringBuilder b = new StringBuilder("ngspice 39 regression decks through memcim (isolated worker) vs ngspice -b\n");
        for (Kind k : Kind.values()) b.append(String.format(Locale.ROOT, "  %-17s %3d%n", k, count(outcomes, k)));
        b.append(String.format(Locale.ROOT, "  decks %d, plots compared %d, vectors compared %d%n", outcomes.size(),
                outcomes.stream().mapToInt(Outcome::plotsCompared).sum(), outcomes.stream().mapToInt(Outcome::vectorsCompared).sum()));
        for (Outcome o : outcomes) {
            if (o.kind() != Kind.MATCH) b.append("  ").append(o.kind()).append(' ').append(o.deck()).append(": ").append(o.detail()).append('\n');
        }
        return b.toString();
    }

    private static long count(List<Outcome> outcomes, Kind k) { return outcomes.stream().filter(o -> o.kind() == k).count(); }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted(Comparator.naturalOrder()).toList();
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
    }
}
