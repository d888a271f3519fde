package memcim.hdl.sim;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import memcim.core.AtomicFiles;
import memcim.core.Generator;

/**
 * Value-change dump (IEEE 1364 VCD, viewable in GTKWave) of every named signal of a simulation: one scope per
 * instance, a {@code clk} trace, 10 ns per cycle (inputs before the edge at 10·n, registers after it at
 * 10·n + 5).
 */
public final class VcdWriter {
    private final Writer out;
    private final int[] slots;
    private final int[] widths;
    private final String[] ids;
    private final long[] last;
    private boolean first = true;
    private final StringBuilder line = new StringBuilder(64);

    private VcdWriter(Writer out, Simulator sim) throws IOException {
        this.out = out;
        Map<String, int[]> named = sim.namedSlots();
        int n = named.size();
        slots = new int[n];
        widths = new int[n];
        ids = new String[n];
        last = new long[n];
        out.write("$version " + Generator.id() + " $end\n$timescale 1ns $end\n");
        // group by scope path
        Node root = new Node();
        int i = 0;
        for (Map.Entry<String, int[]> e : named.entrySet()) {
            slots[i] = e.getValue()[0];
            widths[i] = e.getValue()[1];
            ids[i] = id(i + 1);
            String[] parts = e.getKey().split("\\.");
            Node node = root;
            for (int k = 0; k < parts.length - 1; k++) node = node.children.computeIfAbsent(parts[k], x -> new Node());
            node.vars.add("$var wire " + widths[i] + " " + ids[i] + " " + parts[parts.length - 1]
                    + (widths[i] > 1 ? " [" + (widths[i] - 1) + ":0]" : "") + " $end\n");
            i++;
        }
        out.write("$scope module " + sim.top().name() + " $end\n$var wire 1 " + id(0) + " clk $end\n");
        root.write(out);
        out.write("$upscope $end\n$enddefinitions $end\n");
    }

    private static final class Node {
        final TreeMap<String, Node> children = new TreeMap<>();
        final List<String> vars = new ArrayList<>();

        void write(Writer out) throws IOException {
            for (String v : vars) out.write(v);
            for (Map.Entry<String, Node> c : children.entrySet()) {
                out.write("$scope module " + c.getKey() + " $end\n");
                c.getValue().write(out);
                out.write("$upscope $end\n");
            }
        }
    }

    private static String id(int n) {
        StringBuilder b = new StringBuilder();
        do {
            b.append((char) ('!' + n % 94));
            n /= 94;
        } while (n > 0);
        return b.toString();
    }

    void sample(long time, boolean clk, long[] v) {
        try {
            out.write("#" + time + "\n" + (clk ? "1" : "0") + id(0) + "\n");
            for (int i = 0; i < slots.length; i++) {
                long x = v[slots[i]];
                if (!first && x == last[i]) continue;
                last[i] = x;
                line.setLength(0);
                if (widths[i] == 1) line.append(x).append(ids[i]);
                else line.append('b').append(Long.toBinaryString(x)).append(' ').append(ids[i]);
                out.write(line.append('\n').toString());
            }
            first = false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code body} on {@code sim} with every edge dumped to {@code file} (written atomically when it ends). */
    public static void record(Simulator sim, Path file, Runnable body) {
        AtomicFiles.write(file, tmp -> {
            try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                VcdWriter vcd = new VcdWriter(w, sim);
                sim.attach(vcd);
                try {
                    body.run();
                } finally {
                    sim.detach();
                }
            }
        });
    }
}
