package memcim.spice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs a {@link BatchJob} on an engine as {@code ngspice -b} would (ngspice 39's {@code main.c}): the
 * control block when the deck is loaded, {@code quit} ending the deck, then, if the deck did not quit,
 * its analyses when it has no control block or has {@code .print}/{@code .plot}/{@code .four} cards.
 * The plots are then taken out of ngspice the way it writes raw files (its own {@code write}, binary,
 * unpadded) and read back, so names, scales and values are exactly those of ngspice's raw output.
 * The same code runs in-process and in worker processes.
 */
final class BatchRunner {
    /** The shared library's words for a quit; {@code ngspice -b} does not print them. */
    private static final String QUIT_NOTE = "Note: 'quit' asks for detaching ngspice.dll.";

    private BatchRunner() {}

    static BatchResult run(NgSpice ng, BatchJob job) {
        Path dump = createDumpFolder();
        List<OutputLog.Line> output = new BoundedLines();
        synchronized (ng) {
            ng.setExternalSources(null);
            ng.tapOutput(output::add);
            try {
                return runTapped(ng, job, dump, output);
            } finally {
                ng.tapOutput(null);
                deleteQuietly(dump);
            }
        }
    }

    private static BatchResult runTapped(NgSpice ng, BatchJob job, Path dump, List<OutputLog.Line> output) {
        List<String> lines = job.deck().lines().toList();
        List<String> warnings = new ArrayList<>();
        List<String> toLoad;
        if (job.checkDeck()) {
            DeckChecker.Checked checked = DeckChecker.check(job.deck(), job.source(), job.screen());
            warnings.addAll(job.screenWarnings());
            warnings.addAll(checked.warnings());
            toLoad = checked.lines();
            lines = toLoad; // with its includes: their control blocks and .print cards count
        } else {
            toLoad = new ArrayList<>(lines);
            if (toLoad.stream().noneMatch(l -> l.strip().equalsIgnoreCase(".end"))) toLoad.add(".end");
        }
        toLoad = BatchDeck.withDumpBeforeQuit(toLoad, dump.toString());

        if (job.workingFolder() != null) ng.batchHousekeeping("cd " + quoted(job.workingFolder()));
        String sourcepath = null;
        if (job.deckFolder() != null) {
            sourcepath = sourcepath(ng);
            ng.batchHousekeeping("set sourcepath = ( " + quoted(job.deckFolder()) + " " + sourcepath + " )");
        }
        Integer quit = null;
        List<String> plotOrder = new ArrayList<>();
        try {
            ng.loadForBatch(toLoad, job.source());
            warnings.addAll(ng.lastWarnings());
            if (!BatchDeck.hasControlBlock(lines) || BatchDeck.hasOutputCards(lines)) {
                ng.batchCommand("run");
                warnings.addAll(ng.lastWarnings());
            }
            plotOrder.addAll(dumpPlots(ng, dump));
        } catch (SpiceExitException e) {
            if (!e.onQuit()) {
                throw new SpiceRunException(job.source() + ": ngspice stopped with a fatal error: "
                        + summary(e.ngspiceMessages()), e.ngspiceMessages());
            }
            quit = e.status();
            plotOrder.addAll(markedPlots(output));
        } finally {
            // After a quit the engine is gone: the next one starts with ngspice's own sourcepath.
            if (sourcepath != null && ng.hasLiveSession()) ng.batchHousekeeping("set sourcepath = ( " + sourcepath + " )");
        }
        List<SpicePlot> plots = readPlots(dump, plotOrder);
        List<String> shown = shownOutput(output, dump);
        for (String w : NgSpiceErrors.warningsAndNotes(output)) if (!warnings.contains(w)) warnings.add(w);
        warnings.removeIf(w -> w.equals(QUIT_NOTE));
        return new BatchResult(plots, measures(lines, plots, shown, warnings), shown, warnings, quit,
                NgSpiceErrors.commandErrors(output, dump.toString()));
    }

    /** Writes every plot with vectors to {@code dump}, oldest first; returns their names in that order. */
    private static List<String> dumpPlots(NgSpice ng, Path dump) {
        List<String> names = new ArrayList<>(ng.plots());
        java.util.Collections.reverse(names); // ngspice lists the newest first
        names.removeIf(p -> p.equals("const") || ng.vectorNames(p).isEmpty());
        if (names.isEmpty()) return names;
        ng.batchHousekeeping("set nopadding");
        for (String p : names) {
            ng.batchHousekeeping("setplot " + p);
            ng.batchHousekeeping("write " + dump + "/" + p + ".raw");
        }
        ng.batchHousekeeping("unset nopadding");
        ng.batchHousekeeping("setplot " + names.get(names.size() - 1));
        return names;
    }

    /** The plot list the dump before a {@code quit} printed. */
    private static List<String> markedPlots(List<OutputLog.Line> output) {
        for (int i = output.size() - 1; i >= 0; i--) {
            String t = output.get(i).text().strip();
            if (t.startsWith(BatchDeck.PLOTS_MARKER)) {
                return Arrays.stream(t.substring(BatchDeck.PLOTS_MARKER.length()).strip().split("\\s+"))
                        .filter(s -> !s.isEmpty() && !s.equals("const")).toList();
            }
        }
        return List.of();
    }

    private static List<SpicePlot> readPlots(Path dump, List<String> order) {
        List<SpicePlot> plots = new ArrayList<>();
        for (String name : order) {
            Path f = dump.resolve(name + ".raw");
            if (!Files.isRegularFile(f)) continue; // an empty plot: ngspice wrote nothing
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(f);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (SpicePlot p : RawReader.read(bytes, name + ".raw")) {
                // ngspice writes the constants for a plot that has no vectors of its own ("setplot new")
                if (!p.plotname().equalsIgnoreCase("constants")) plots.add(p.named(name));
            }
        }
        return plots;
    }

    /**
     * Each measurement's result: a control block's {@code meas} leaves a vector of its name in the
     * plot current at the time; a {@code .meas} card is only printed ("name = value"), as ngspice
     * prints it, so its last such line is read.
     */
    private static Map<String, Double> measures(List<String> lines, List<SpicePlot> plots, List<String> output,
                                                List<String> warnings) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (String name : BatchDeck.measureNames(lines)) {
            Double value = null;
            for (int i = plots.size() - 1; i >= 0 && value == null; i--) {
                for (SpiceVector v : plots.get(i).vectors()) {
                    if (v.name().equalsIgnoreCase(name) && v.length() >= 1) {
                        value = v.isComplex() ? v.interleavedComplex()[0] : v.real()[0];
                        break;
                    }
                }
            }
            if (value == null) value = printedMeasure(name, output);
            if (value == null) warnings.add("measure '" + name + "' has no result (ngspice's output says why)");
            else if (!Double.isFinite(value)) warnings.add("measure '" + name + "' is " + value);
            else out.put(name, value);
        }
        return out;
    }

    private static Double printedMeasure(String name, List<String> output) {
        Pattern line = Pattern.compile("^\\s*" + Pattern.quote(name) + "\\s*=\\s*(\\S+)", Pattern.CASE_INSENSITIVE);
        for (int i = output.size() - 1; i >= 0; i--) {
            Matcher m = line.matcher(output.get(i));
            if (m.find()) {
                try {
                    return Double.parseDouble(m.group(1));
                } catch (NumberFormatException notANumber) {
                    return null; // "failed" and the like
                }
            }
        }
        return null;
    }

    /** What ngspice printed, without memcim's own housekeeping (the plot dump and its file names). */
    private static List<String> shownOutput(List<OutputLog.Line> output, Path dump) {
        String ours = "raw file \"" + dump;
        List<String> shown = new ArrayList<>();
        for (OutputLog.Line l : output) {
            String t = l.text();
            String s = t.strip();
            if (s.startsWith(BatchDeck.PLOTS_MARKER) || t.contains(ours)) continue;
            if (s.equals(QUIT_NOTE)) continue;
            shown.add(t);
        }
        return shown;
    }

    /** The engine's sourcepath list as ngspice prints it, without the parentheses: "( . /usr/share/ngspice/scripts )". */
    private static String sourcepath(NgSpice ng) {
        StringBuilder b = new StringBuilder();
        for (OutputLog.Line l : ng.batchHousekeeping("echo $sourcepath")) if (!l.stderr()) b.append(l.text()).append(' ');
        String s = b.toString().strip();
        if (s.startsWith("(") && s.endsWith(")")) s = s.substring(1, s.length() - 1).strip();
        return s.isEmpty() || s.contains("$sourcepath") ? "." : s;
    }

    private static String quoted(String path) {
        if (path.contains("\"")) throw new SpiceException("a folder ngspice can be given, found one with a quote: " + path);
        return "\"" + path + "\"";
    }

    private static Path createDumpFolder() {
        try {
            Path d = Files.createTempDirectory("memcim-batch-");
            if (d.toString().matches(".*[\\s\"'{}$;].*")) {
                throw new SpiceException("the temporary folder " + d + " has characters ngspice's write cannot take; set java.io.tmpdir");
            }
            return d;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> s = Files.walk(folder)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temporary folder is harmless
        }
    }

    /**
     * A batch run's output, bounded: a deck printing in a loop until its time limit must not fill the
     * worker's heap. The first {@link #HEAD} and the last {@link #TAIL} lines are kept (the plot list a
     * quit prints comes last), with one line saying how many between were dropped.
     */
    static final class BoundedLines extends java.util.AbstractList<OutputLog.Line> {
        static final int HEAD = 20_000, TAIL = 20_000;
        private final List<OutputLog.Line> head = new ArrayList<>();
        private final OutputLog.Line[] tail = new OutputLog.Line[TAIL];
        private int tailStart, tailSize;
        private long dropped;

        @Override
        public synchronized boolean add(OutputLog.Line l) {
            if (head.size() < HEAD) {
                head.add(l);
            } else if (tailSize < TAIL) {
                tail[(tailStart + tailSize++) % TAIL] = l;
            } else {
                tail[tailStart] = l;
                tailStart = (tailStart + 1) % TAIL;
                dropped++;
            }
            return true;
        }

        @Override
        public synchronized OutputLog.Line get(int i) {
            if (i < 0 || i >= size()) throw new IndexOutOfBoundsException(i);
            if (i < head.size()) return head.get(i);
            int k = i - head.size();
            if (dropped > 0) {
                if (k == 0) return new OutputLog.Line(false, "(memcim: " + dropped + " lines of ngspice's output not kept)");
                k--;
            }
            return tail[(tailStart + k) % TAIL];
        }

        @Override
        public synchronized int size() { return head.size() + (dropped > 0 ? 1 : 0) + tailSize; }
    }

    private static String summary(List<String> messages) {
        return String.join(" | ", messages.stream().map(String::strip).filter(s -> !s.isEmpty()).limit(4).toList());
    }
}
