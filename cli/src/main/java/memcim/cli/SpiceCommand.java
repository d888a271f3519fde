package memcim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import memcim.core.InputException;
import memcim.core.InputFiles;
import memcim.core.Json;
import memcim.spice.NgSpice;
import memcim.spice.SpiceParseException;
import memcim.spice.SpiceRunException;
import memcim.spice.SpiceVector;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code memcim spice DECK.cir}: runs a deck in the in-process ngspice and prints vectors. */
@Command(name = "spice", mixinStandardHelpOptions = true,
        description = "Load a SPICE deck into the in-process ngspice, run the analyses it declares, print vectors.")
public final class SpiceCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DECK.cir", description = "the deck (title line first)")
    Path deck;

    @Option(names = "--ngspice-output", description = "echo what ngspice prints (e.g. a .control block's print) to stderr")
    boolean echo;

    @Option(names = "--info", description = "print the ngspice library in use, its version and which optional entry points it has")
    boolean info;

    @Option(names = "--vec", paramLabel = "NAME",
            description = "a vector to print, e.g. v(out), i(v1), time (repeatable; default: all of the final plot)")
    List<String> vectors = new ArrayList<>();

    @Option(names = "--json", description = "print {\"plot\": ..., \"vectors\": {name: [numbers]}} (complex as [re, im])")
    boolean json;

    @Override
    public Integer call() {
        if (info) return printInfo();
        if (deck == null) throw new InputException("DECK.cir", "a deck file (or --info)", "nothing");
        String text = InputFiles.readString(deck, "deck");
        NgSpice ng = NgSpice.shared();
        PrintWriter err = spec.commandLine().getErr();
        if (echo) ng.echoOutput(line -> { err.println(line); err.flush(); });
        try {
            ng.loadCircuit(text, deck.toString());
            // A .control block runs its own analyses when the deck is loaded; otherwise run the deck's.
            if (!hasControlBlock(text)) ng.run();
        } catch (SpiceParseException e) {
            String where = e.line() > 0 ? InputException.at(deck, e.line()) : deck.toString();
            List<String> said = e.ngspiceMessages().stream().map(String::strip).filter(l -> !l.isEmpty()).limit(4).toList();
            String ngspice = said.isEmpty() ? e.getMessage() : "ngspice: " + String.join(" | ", said);
            String found = e.card().isEmpty() ? ngspice : "'" + e.card() + "' (" + ngspice + ")";
            throw new InputException(where, "a card ngspice accepts", found);
        } catch (SpiceRunException e) {
            throw new InputException(deck.toString(), "a deck that simulates", e.getMessage());
        } finally {
            // The engine is shared by the JVM: a bad deck must not leave it echoing into this command's stderr.
            ng.echoOutput(null);
        }
        for (String w : ng.lastWarnings()) err.println("memcim spice: " + w);
        err.flush();

        String plot = ng.currentPlot();
        Map<String, SpiceVector> read = new LinkedHashMap<>();
        for (String name : vectors.isEmpty() ? ng.vectorNames() : vectors) {
            try {
                read.put(name, ng.vector(name));
            } catch (memcim.spice.SpiceException e) {
                throw new InputException("--vec " + name, "a vector of plot " + plot + " " + ng.vectorNames(), "'" + name + "'");
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? toJson(plot, read) : toTable(plot, read));
        out.flush();
        return 0;
    }

    private int printInfo() {
        NgSpice ng = NgSpice.shared();
        List<String> present = ng.optionalEntryPoints();
        List<String> absent = new ArrayList<>(NgSpice.OPTIONAL_ENTRY_POINTS);
        absent.removeAll(present);
        PrintWriter out = spec.commandLine().getOut();
        out.println("library: " + ng.libraryFile());
        out.println("version: " + ng.version());
        out.println("optional entry points present: " + String.join(" ", present));
        out.println("optional entry points absent: " + String.join(" ", absent));
        out.flush();
        return 0;
    }

    static boolean hasControlBlock(String deckText) {
        return deckText.lines().anyMatch(l -> l.strip().toLowerCase(Locale.ROOT).startsWith(".control"));
    }

    static String toJson(String plot, Map<String, SpiceVector> vectors) {
        Map<String, Object> values = new LinkedHashMap<>();
        vectors.forEach((name, v) -> values.put(name, v.isComplex() ? v.complex() : v.realValues()));
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("plot", plot);
        doc.put("vectors", values);
        return Json.write(doc);
    }

    /** One column per vector (two, re and im, for a complex one), one row per point. */
    static String toTable(String plot, Map<String, SpiceVector> vectors) {
        List<String> header = new ArrayList<>();
        List<double[]> columns = new ArrayList<>();
        int rows = 0;
        for (Map.Entry<String, SpiceVector> e : vectors.entrySet()) {
            SpiceVector v = e.getValue();
            rows = Math.max(rows, v.length());
            if (v.isComplex()) {
                double[][] c = v.complex();
                double[] re = new double[c.length], im = new double[c.length];
                for (int i = 0; i < c.length; i++) { re[i] = c[i][0]; im[i] = c[i][1]; }
                header.add("re(" + e.getKey() + ")");
                columns.add(re);
                header.add("im(" + e.getKey() + ")");
                columns.add(im);
            } else {
                header.add(e.getKey());
                columns.add(v.realValues());
            }
        }
        StringBuilder b = new StringBuilder("plot: " + plot + "\n");
        b.append(String.format(Locale.ROOT, "%-6s", "index"));
        for (String h : header) b.append(String.format(Locale.ROOT, " %22s", h));
        b.append('\n');
        for (int r = 0; r < rows; r++) {
            b.append(String.format(Locale.ROOT, "%-6d", r));
            for (double[] c : columns) b.append(r < c.length ? String.format(Locale.ROOT, " %22.15g", c[r]) : String.format(" %22s", ""));
            b.append('\n');
        }
        return b.toString();
    }
}
