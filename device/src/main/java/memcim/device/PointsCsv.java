package memcim.device;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import memcim.core.AtomicFiles;
import memcim.core.Generator;
import memcim.core.InputException;
import memcim.core.InputFiles;

/**
 * Measured programming points as CSV, in one of two layouts chosen by the header line:
 * <ul>
 *   <li>summary: {@code complianceAmps,gateVolts,medianSiemens,sigmaSiemens}, one line per condition;</li>
 *   <li>raw: {@code complianceAmps,gateVolts,conductanceSiemens}, one line per measured cell; lines with the same
 *       compliance form one condition whose median is the sample median and σ the sample standard deviation.</li>
 * </ul>
 * Lines starting with {@code #} are comments, except {@code # key: value} lines before the header, which a CSV
 * loaded as a whole card ({@link #readCard}) reads: {@code base} (preset that gives everything but the points;
 * default hfox-1t1r), {@code name}, {@code measurementSeconds}.
 */
public final class PointsCsv {
    static final String SUMMARY_HEADER = "complianceAmps,gateVolts,medianSiemens,sigmaSiemens";
    static final String RAW_HEADER = "complianceAmps,gateVolts,conductanceSiemens";
    private static final int MIN_RAW_SAMPLES = 3;

    private PointsCsv() {}

    /** The points of a CSV file, validated for shape (values are validated with the card they go into). */
    public static List<ProgrammingPoint> read(Path file) {
        return parse(InputFiles.readString(file, "CSV").lines().toList(), file.toString()).points;
    }

    /** A whole card: the base preset named in the CSV's {@code # base:} line with the CSV's points. */
    public static DeviceCard readCard(Path file) {
        Parsed p = parse(InputFiles.readString(file, "CSV").lines().toList(), file.toString());
        String baseName = p.meta.getOrDefault("base", "hfox-1t1r");
        DeviceCard base = DevicePresets.load(baseName);
        double t = base.measurementSeconds();
        if (p.meta.containsKey("measurementSeconds")) {
            t = number(p.meta.get("measurementSeconds"), file + ": # measurementSeconds");
        }
        String name = p.meta.getOrDefault("name", base.name() + "-from-csv");
        DeviceCard c = base.withProgrammingPoints(name, "programming points from " + file.getFileName()
                + "; other fields from preset " + baseName + ": " + base.description(), t, p.points);
        CardValidator.check(c, file.toString());
        return c;
    }

    /** Writes points in the summary layout (exact: numbers as Java writes doubles, so reading back is lossless). */
    public static void write(Path file, List<ProgrammingPoint> points) {
        AtomicFiles.write(file, format(points));
    }

    public static String format(List<ProgrammingPoint> points) {
        StringBuilder sb = new StringBuilder();
        sb.append("# programming points, written by ").append(Generator.id()).append('\n');
        sb.append(SUMMARY_HEADER).append('\n');
        for (ProgrammingPoint p : points) {
            sb.append(p.complianceAmps()).append(',').append(p.gateVolts()).append(',')
                    .append(p.medianSiemens()).append(',').append(p.sigmaSiemens()).append('\n');
        }
        return sb.toString();
    }

    private record Parsed(List<ProgrammingPoint> points, Map<String, String> meta) {}

    private static Parsed parse(List<String> lines, String source) {
        Map<String, String> meta = new LinkedHashMap<>();
        String header = null;
        int headerLine = 0;
        Map<Double, List<double[]>> groups = new LinkedHashMap<>();
        List<ProgrammingPoint> points = new ArrayList<>();
        for (int n = 1; n <= lines.size(); n++) {
            String line = lines.get(n - 1).strip();
            if (line.isEmpty()) continue;
            if (line.startsWith("#")) {
                int colon = line.indexOf(':');
                if (header == null && colon > 0) {
                    String key = line.substring(1, colon).strip();
                    if (key.equals("base") || key.equals("name") || key.equals("measurementSeconds")) {
                        meta.put(key, line.substring(colon + 1).strip());
                    }
                }
                continue;
            }
            String where = InputException.at(source, n);
            if (header == null) {
                header = line.replace(" ", "");
                headerLine = n;
                if (!header.equals(SUMMARY_HEADER) && !header.equals(RAW_HEADER)) {
                    throw new InputException(where, "header '" + SUMMARY_HEADER + "' or '" + RAW_HEADER + "'", "'" + line + "'");
                }
                continue;
            }
            String[] cells = line.split(",", -1);
            int want = header.equals(SUMMARY_HEADER) ? 4 : 3;
            if (cells.length != want) throw new InputException(where, want + " comma-separated numbers", cells.length + " field(s)");
            double[] v = new double[want];
            for (int k = 0; k < want; k++) v[k] = number(cells[k].strip(), where + " column " + (k + 1));
            if (want == 4) points.add(new ProgrammingPoint(v[0], v[1], v[2], v[3]));
            else groups.computeIfAbsent(v[0], x -> new ArrayList<>()).add(v);
        }
        if (header == null) throw new InputException(source, "a CSV header line", "no data");
        if (header.equals(RAW_HEADER)) points = summarise(groups, source);
        if (points.isEmpty()) throw new InputException(InputException.at(source, headerLine), "data lines after the header", "none");
        return new Parsed(points, meta);
    }

    /** Raw per-cell measurements → one point per compliance: sample median and sample standard deviation. */
    private static List<ProgrammingPoint> summarise(Map<Double, List<double[]>> groups, String source) {
        List<ProgrammingPoint> out = new ArrayList<>();
        for (Map.Entry<Double, List<double[]>> e : groups.entrySet()) {
            List<double[]> rows = e.getValue();
            if (rows.size() < MIN_RAW_SAMPLES) {
                throw new InputException(source + ": complianceAmps " + e.getKey(),
                        "at least " + MIN_RAW_SAMPLES + " measured cells per condition", rows.size() + "");
            }
            double[] g = rows.stream().mapToDouble(r -> r[2]).sorted().toArray();
            double gate = rows.get(0)[1];
            for (double[] r : rows) {
                if (r[1] != gate) {
                    throw new InputException(source + ": complianceAmps " + e.getKey(),
                            "one gateVolts per compliance current", gate + " and " + r[1]);
                }
            }
            int n = g.length;
            double median = n % 2 == 1 ? g[n / 2] : 0.5 * (g[n / 2 - 1] + g[n / 2]);
            double mean = Arrays.stream(g).average().orElseThrow();
            double ss = 0;
            for (double x : g) ss += (x - mean) * (x - mean);
            out.add(new ProgrammingPoint(e.getKey(), gate, median, Math.sqrt(ss / (n - 1))));
        }
        out.sort((a, b) -> Double.compare(a.complianceAmps(), b.complianceAmps()));
        return out;
    }

    private static double number(String text, String where) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new InputException(where, "a number", "'" + text + "'");
        }
    }
}
