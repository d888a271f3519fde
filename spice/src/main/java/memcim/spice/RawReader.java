package memcim.spice;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import memcim.core.InputException;

/**
 * Reads SPICE raw files as ngspice writes them ({@code ngspice -r}, {@code write}): ASCII
 * ({@code Values:}) or binary ({@code Binary:}, little-endian doubles), real or complex, padded or
 * {@code unpadded} (each vector's length in its {@code dims=}), several plots one after another.
 * Variable lines are split on tabs first, as ngspice writes them, so names with spaces
 * ({@code i(m1#body diode)}) survive. Errors name the file and the byte offset.
 */
public final class RawReader {
    private final byte[] bytes;
    private final String file;
    private int pos;

    private RawReader(byte[] bytes, String file) {
        this.bytes = bytes;
        this.file = file;
    }

    /** Every plot of {@code bytes}, in file order; plot names are made as ngspice would ("tran1", "ac1", ...). */
    public static List<SpicePlot> read(byte[] bytes, String file) {
        RawReader r = new RawReader(bytes, file);
        List<SpicePlot> plots = new ArrayList<>();
        PlotNames names = new PlotNames();
        while (r.skipBlankLines()) plots.add(r.plot(names));
        if (plots.isEmpty()) throw r.error("a raw file (Title:, Plotname:, Variables:, Values: or Binary:)", "no plot");
        return plots;
    }

    private record Variable(String name, String type, int length) {}

    private SpicePlot plot(PlotNames names) {
        String title = "", date = "", plotname = "", flags = "";
        int nvars = -1, npoints = -1;
        List<Variable> vars = new ArrayList<>();
        boolean binary;
        while (true) {
            int lineStart = pos;
            String line = line();
            if (line == null) throw error("a Values: or Binary: section", "the end of the file", lineStart);
            String key = line.contains(":") ? line.substring(0, line.indexOf(':')).strip().toLowerCase(Locale.ROOT) : "";
            String value = line.contains(":") ? line.substring(line.indexOf(':') + 1).strip() : "";
            switch (key) {
                case "title" -> title = value;
                case "date" -> date = value;
                case "plotname" -> plotname = value;
                case "flags" -> flags = value.toLowerCase(Locale.ROOT);
                case "no. variables" -> nvars = count(value, "No. Variables", lineStart);
                case "no. points" -> npoints = count(value, "No. Points", lineStart);
                case "variables" -> {
                    if (nvars < 0 || npoints < 0) throw error("No. Variables and No. Points before Variables:", "'" + line + "'", lineStart);
                    if (!value.isEmpty()) vars.add(variable(value, npoints, lineStart)); // some writers start on the same line
                    while (vars.size() < nvars) {
                        int at = pos;
                        String v = line();
                        if (v == null) throw error(nvars + " variable lines", vars.size(), at);
                        vars.add(variable(v, npoints, at));
                    }
                }
                case "values", "binary" -> {
                    if (vars.isEmpty() || vars.size() != nvars) {
                        throw error(nvars + " variables before " + key + ":", vars.size(), lineStart);
                    }
                    binary = key.equals("binary");
                    List<SpiceVector> vectors = binary ? binaryValues(vars, npoints, flags) : asciiValues(vars, npoints, flags);
                    return new SpicePlot(names.next(plotname), plotname, title, date, vectors);
                }
                default -> { } // Command:, Option:, Dimensions: and other writers' extras carry nothing we return
            }
        }
    }

    private Variable variable(String line, int npoints, int at) {
        String[] cols = line.contains("\t") ? line.strip().split("\t+") : line.strip().split("\\s+");
        if (cols.length < 3) throw error("'index name type' (tab-separated)", "'" + line.strip() + "'", at);
        String name = cols[1].strip();
        String[] typeAndAttributes = cols[2].strip().split("\\s+");
        int length = npoints;
        for (int i = 1; i < typeAndAttributes.length; i++) length = dims(typeAndAttributes[i], length, at);
        for (int i = 3; i < cols.length; i++) for (String a : cols[i].strip().split("\\s+")) length = dims(a, length, at);
        return new Variable(name, typeAndAttributes[0], length);
    }

    private int dims(String attribute, int length, int at) {
        if (!attribute.toLowerCase(Locale.ROOT).startsWith("dims=")) return length;
        long product = 1;
        for (String d : attribute.substring(5).split(",")) {
            product *= count(d, "dims", at);
            if (product > Integer.MAX_VALUE) throw error("dims= of at most " + Integer.MAX_VALUE + " values", "'" + attribute + "'", at);
        }
        return (int) product;
    }

    /** Lengths per vector: all {@code npoints} when padded, each vector's own when unpadded. */
    private static int[] lengths(List<Variable> vars, int npoints, String flags) {
        boolean unpadded = flags.contains("unpadded");
        int[] len = new int[vars.size()];
        for (int i = 0; i < len.length; i++) len[i] = unpadded ? Math.min(vars.get(i).length(), npoints) : npoints;
        return len;
    }

    private static double[][] columns(int[] lengths) {
        double[][] c = new double[lengths.length][];
        for (int v = 0; v < c.length; v++) c[v] = new double[lengths[v]];
        return c;
    }

    private List<SpiceVector> binaryValues(List<Variable> vars, int npoints, String flags) {
        boolean complex = flags.contains("complex");
        int[] len = lengths(vars, npoints, flags);
        long needed = 0;
        for (int l : len) needed += (long) l * (complex ? 16 : 8);
        // before any array is made: a header that announces more than the file holds is a truncated file, not a size to allocate
        if (bytes.length - pos < needed) throw error(needed + " bytes of binary values", (bytes.length - pos) + " bytes", pos);
        double[][] re = columns(len), im = complex ? columns(len) : new double[len.length][];
        ByteBuffer b = ByteBuffer.wrap(bytes, pos, (int) needed).order(ByteOrder.LITTLE_ENDIAN);
        for (int p = 0; p < npoints; p++) {
            for (int v = 0; v < re.length; v++) {
                if (p >= len[v]) continue;
                re[v][p] = b.getDouble();
                if (complex) im[v][p] = b.getDouble();
            }
        }
        pos += (int) needed;
        return vectors(vars, re, im);
    }

    private List<SpiceVector> asciiValues(List<Variable> vars, int npoints, String flags) {
        boolean complex = flags.contains("complex");
        int[] len = lengths(vars, npoints, flags);
        long values = 0;
        for (int l : len) values += l;
        // every ASCII value takes at least two bytes (a digit and a separator): fewer left means a truncated file
        if (2 * values > bytes.length - pos) {
            throw error(values + " ASCII values (at least " + 2 * values + " bytes)", (bytes.length - pos) + " bytes (the file is cut short)", pos);
        }
        double[][] re = columns(len), im = complex ? columns(len) : new double[len.length][];
        for (int p = 0; p < npoints; p++) {
            boolean first = true;
            for (int v = 0; v < re.length; v++) {
                if (p >= len[v]) continue;
                int at = pos;
                String token = token();
                if (token == null) throw error("point " + p + " of " + vars.get(v).name(), "the end of the file", at);
                if (first) { // the point's index comes first
                    first = false;
                    at = pos;
                    token = token();
                    if (token == null) throw error("point " + p + " of " + vars.get(v).name(), "the end of the file", at);
                }
                int comma = token.indexOf(',');
                re[v][p] = number(comma < 0 ? token : token.substring(0, comma), at);
                if (complex) im[v][p] = comma < 0 ? 0.0 : number(token.substring(comma + 1), at);
            }
        }
        return vectors(vars, re, im);
    }

    private static List<SpiceVector> vectors(List<Variable> vars, double[][] re, double[][] im) {
        List<SpiceVector> out = new ArrayList<>(vars.size());
        for (int v = 0; v < re.length; v++) {
            int type = VectorTypes.number(vars.get(v).type());
            if (im[v] == null) {
                out.add(new SpiceVector(vars.get(v).name(), type, re[v], null));
            } else {
                double[] inter = new double[2 * re[v].length];
                for (int i = 0; i < re[v].length; i++) { inter[2 * i] = re[v][i]; inter[2 * i + 1] = im[v][i]; }
                out.add(new SpiceVector(vars.get(v).name(), type, null, inter));
            }
        }
        return out;
    }

    // ----------------------------------------------------------------- lexing

    /** Skips blank lines; false at the end of the file. */
    private boolean skipBlankLines() {
        while (pos < bytes.length) {
            int save = pos;
            String line = line();
            if (line != null && !line.isBlank()) {
                pos = save;
                return true;
            }
        }
        return false;
    }

    private String line() {
        if (pos >= bytes.length) return null;
        int start = pos;
        while (pos < bytes.length && bytes[pos] != '\n') pos++;
        int end = pos;
        if (pos < bytes.length) pos++;
        if (end > start && bytes[end - 1] == '\r') end--;
        return new String(bytes, start, end - start, StandardCharsets.ISO_8859_1);
    }

    private String token() {
        while (pos < bytes.length && Character.isWhitespace(bytes[pos])) pos++;
        if (pos >= bytes.length) return null;
        int start = pos;
        while (pos < bytes.length && !Character.isWhitespace(bytes[pos])) pos++;
        return new String(bytes, start, pos - start, StandardCharsets.ISO_8859_1);
    }

    private double number(String s, int at) {
        switch (s.toLowerCase(Locale.ROOT)) {
            case "nan", "-nan" -> { return Double.NaN; }
            case "inf", "+inf" -> { return Double.POSITIVE_INFINITY; }
            case "-inf" -> { return Double.NEGATIVE_INFINITY; }
            default -> { }
        }
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw error("a number", "'" + s + "'", at);
        }
    }

    private int count(String s, String what, int at) {
        try {
            int n = Integer.parseInt(s.strip());
            if (n < 0) throw new NumberFormatException();
            return n;
        } catch (NumberFormatException e) {
            throw error(what + " as a count", "'" + s.strip() + "'", at);
        }
    }

    private InputException error(String expected, Object found) { return error(expected, found, pos); }

    private InputException error(String expected, Object found, int at) {
        return new InputException(file + ": byte " + at, expected, String.valueOf(found));
    }

    /** ngspice's plot names from its descriptions: the same prefix, numbered per prefix. */
    private static final class PlotNames {
        private final java.util.Map<String, Integer> used = new java.util.HashMap<>();

        String next(String plotname) {
            String p = plotname.toLowerCase(Locale.ROOT);
            String prefix = p.startsWith("transient") ? "tran" : p.startsWith("ac ") ? "ac" : p.startsWith("dc ") ? "dc"
                    : p.startsWith("operating point") ? "op" : p.contains("noise") ? "noise" : p.startsWith("pole-zero") ? "pz"
                    : p.startsWith("sensitivity") ? "sens" : p.startsWith("transfer function") ? "tf"
                    : p.startsWith("distortion") ? "disto" : p.startsWith("constants") ? "const" : p.startsWith("s-param") ? "sp"
                    : "unknown";
            int n = used.merge(prefix, 1, Integer::sum);
            return prefix + n;
        }
    }
}
