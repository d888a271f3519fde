package memcim.data.ecg;

import memcim.core.InputFiles;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import memcim.core.AtomicFiles;
import memcim.core.Generator;
import memcim.core.InputException;
import memcim.core.Json;

/**
 * A data set on disk: {@code beats.csv} (one beat a line: split, label, MIT-BIH symbol, origin, then the
 * 32 three-bit codes) and {@code dataset.json} (source, seed, class table, the quantiser's ranges).
 * Both are plain text so they can be inspected and diffed; docs/data.md describes the columns.
 */
public final class DatasetFiles {
    public static final String BEATS = "beats.csv";
    public static final String META = "dataset.json";
    private static final String[] SPLITS = {"train", "validation", "test"};

    private DatasetFiles() {}

    public static void write(Path dir, EcgDataset d) {
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(Generator.id()).append(" ECG beat set: ").append(d.source()).append(", seed ").append(d.seed()).append('\n');
        sb.append("# label: class index (").append(BeatClasses.TRAINED).append(" = unseen class); f1..f")
                .append(BeatSet.WIDTH).append(": 3-bit codes of log|DFT| bins 1..").append(BeatSet.WIDTH).append('\n');
        sb.append("split,label,symbol,origin");
        for (int j = 1; j <= BeatSet.WIDTH; j++) sb.append(",f").append(j);
        sb.append('\n');
        BeatSet[] sets = {d.train(), d.validation(), d.test()};
        for (int s = 0; s < 3; s++) {
            BeatSet b = sets[s];
            for (int i = 0; i < b.size(); i++) {
                sb.append(SPLITS[s]).append(',').append(b.labels()[i]).append(',')
                        .append(d.classes().symbol(b.labels()[i])).append(',').append(b.origins()[i]);
                for (int j = 0; j < BeatSet.WIDTH; j++) sb.append(',').append(b.codes()[i * BeatSet.WIDTH + j]);
                sb.append('\n');
            }
        }
        AtomicFiles.write(dir.resolve(BEATS), sb.toString());
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("generator", Generator.id());
        meta.put("source", d.source());
        meta.put("seed", d.seed());
        meta.put("features", "log(1+|DFT|) of bins 1.." + BeatSet.WIDTH + " of a 700 ms window (250 ms before R), "
                + "detrended and Hann-tapered, 360 Hz; code = clamp(floor(8(f-lo)/(hi-lo)), 0, 7), or 7 minus it when codes is inverted");
        meta.put("quantiserLo", d.quantiser().lo());
        meta.put("quantiserHi", d.quantiser().hi());
        meta.put("codes", d.quantiser().inverted() ? "inverted" : "level");
        List<Map<String, Object>> classes = new ArrayList<>();
        for (int k = 0; k < d.classes().size(); k++)
            classes.add(Map.of("label", k, "symbol", String.valueOf(d.classes().symbol(k)), "name", d.classes().description(k),
                    "trained", !d.classes().unseen(k)));
        meta.put("classes", classes);
        meta.put("counts", Map.of("train", d.train().size(), "validation", d.validation().size(), "test", d.test().size()));
        Json.writeFile(dir.resolve(META), meta);
    }

    public static EcgDataset read(Path dir) {
        JsonNode meta = Json.readTree(dir.resolve(META));
        BeatClasses table = classes(meta, dir);
        FeatureQuantiser q = quantiser(doubles(meta, "quantiserLo", dir), doubles(meta, "quantiserHi", dir), dir);
        JsonNode codes = meta.get("codes");   // absent in files written before inverted codes: level
        if (codes != null) {
            if (!codes.isTextual() || !(codes.textValue().equals("level") || codes.textValue().equals("inverted")))
                throw new InputException(dir.resolve(META) + ": codes", "\"level\" or \"inverted\"", Json.describe(codes));
            if (codes.textValue().equals("inverted")) q = q.invertedCodes();
        }
        Path file = dir.resolve(BEATS);
        List<String> lines = InputFiles.lines(file, StandardCharsets.UTF_8);
        List<List<String[]>> rows = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        List<List<Integer>> lineNos = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        boolean header = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) continue;
            if (!header) {
                if (!line.startsWith("split,label,symbol,origin"))
                    throw new InputException(InputException.at(file, i + 1), "the column line 'split,label,symbol,origin,f1,...'", "'" + line + "'");
                header = true;
                continue;
            }
            String[] f = line.split(",", -1);
            if (f.length != 4 + BeatSet.WIDTH)
                throw new InputException(InputException.at(file, i + 1), (4 + BeatSet.WIDTH) + " comma-separated fields", f.length + " fields");
            int s = List.of(SPLITS).indexOf(f[0]);
            if (s < 0) throw new InputException(InputException.at(file, i + 1), "split train, validation or test", "'" + f[0] + "'");
            rows.get(s).add(f);
            lineNos.get(s).add(i + 1);
        }
        if (!header) throw new InputException(file.toString(), "the column line 'split,label,symbol,origin,f1,...'", "none");
        BeatSet[] sets = new BeatSet[3];
        for (int s = 0; s < 3; s++) sets[s] = parse(rows.get(s), lineNos.get(s), file, table);
        if (sets[0].size() + sets[1].size() + sets[2].size() == 0)
            throw new InputException(file.toString(), "at least one beat after the column line", "no beats");
        // dataset.json says how many beats each split has: a beats.csv cut short (or grown) does not match
        JsonNode counts = meta.get("counts");
        if (counts != null) {
            if (!counts.isObject()) throw new InputException(dir.resolve(META) + ": counts", "an object of split sizes", Json.describe(counts));
            for (int s = 0; s < 3; s++) {
                JsonNode c = counts.get(SPLITS[s]);
                if (c == null || !c.isIntegralNumber() || c.asLong() < 0)
                    throw new InputException(dir.resolve(META) + ": counts." + SPLITS[s], "a beat count >= 0", Json.describe(c));
                if (c.asLong() != sets[s].size())
                    throw new InputException(file.toString(), c.asLong() + " " + SPLITS[s] + " beats (counts." + SPLITS[s] + " of "
                            + META + ")", sets[s].size() + " " + SPLITS[s] + " beats");
            }
        }
        JsonNode source = meta.get("source"), seed = meta.get("seed");
        if (source == null || !source.isTextual())
            throw new InputException(dir.resolve(META) + ": source", "a string describing the data", Json.describe(source));
        if (seed == null || !seed.isIntegralNumber() || !seed.canConvertToLong())
            throw new InputException(dir.resolve(META) + ": seed", "an integer", Json.describe(seed));
        return new EcgDataset(sets[0], sets[1], sets[2], q, table, source.textValue(), seed.longValue());
    }

    /** The class table of dataset.json: its symbols in label order (files written before there was a choice: the synthetic classes). */
    private static BeatClasses classes(JsonNode meta, Path dir) {
        JsonNode c = meta.isObject() ? meta.get("classes") : null;
        if (c == null) return BeatClasses.synthetic();
        String where = dir.resolve(META) + ": classes";
        if (!c.isArray() || c.size() != BeatClasses.TRAINED + 1)
            throw new InputException(where, "an array of " + (BeatClasses.TRAINED + 1) + " classes", Json.describe(c));
        List<Character> symbols = new ArrayList<>();
        for (int k = 0; k < c.size(); k++) {
            JsonNode e = c.get(k), sym = e.isObject() ? e.get("symbol") : null, label = e.isObject() ? e.get("label") : null;
            if (sym == null || !sym.isTextual() || sym.textValue().length() != 1 || symbols.contains(sym.textValue().charAt(0)))
                throw new InputException(where + "[" + k + "].symbol", "a one-character beat symbol, not repeated", Json.describe(sym));
            if (label == null || !label.isInt() || label.intValue() != k)
                throw new InputException(where + "[" + k + "].label", String.valueOf(k), Json.describe(label));
            symbols.add(sym.textValue().charAt(0));
        }
        return new BeatClasses(symbols);
    }

    private static BeatSet parse(List<String[]> rows, List<Integer> lineNos, Path file, BeatClasses table) {
        int n = rows.size(), w = BeatSet.WIDTH;
        byte[] codes = new byte[n * w];
        int[] labels = new int[n];
        String[] origins = new String[n];
        for (int i = 0; i < n; i++) {
            String[] f = rows.get(i);
            String where = InputException.at(file, lineNos.get(i));
            labels[i] = integer(f[1], 0, table.size() - 1, where, "label");
            char symbol = table.symbol(labels[i]);
            // the symbol column repeats the label: a line where they disagree has been edited or garbled
            if (!f[2].strip().equals(String.valueOf(symbol)))
                throw new InputException(where + " column symbol", "'" + symbol + "' (the MIT-BIH symbol of label " + labels[i] + ")",
                        "'" + f[2] + "'");
            if (table.unseen(labels[i]) && !f[0].equals("test"))
                throw new InputException(where + " column label", "a trained class 0.." + (BeatClasses.TRAINED - 1)
                        + " in the " + f[0] + " split (the unseen class " + labels[i] + " is in the test split only)", "'" + f[1] + "'");
            origins[i] = f[3];
            for (int j = 0; j < w; j++) codes[i * w + j] = (byte) integer(f[4 + j], 0, 7, where, "f" + (j + 1));
        }
        return new BeatSet(codes, labels, origins);
    }

    private static int integer(String s, int min, int max, String where, String column) {
        try {
            int v = Integer.parseInt(s.strip());
            if (v >= min && v <= max) return v;
        } catch (NumberFormatException ignored) {
            // reported below with the column name
        }
        throw new InputException(where + " column " + column, "an integer " + min + ".." + max, "'" + s + "'");
    }

    private static double[] doubles(JsonNode meta, String key, Path dir) {
        if (!meta.isObject()) throw new InputException(dir.resolve(META).toString(), "a JSON object", Json.describe(meta));
        JsonNode a = meta.get(key);
        if (a == null || !a.isArray() || a.size() != BeatSet.WIDTH)
            throw new InputException(dir.resolve(META) + ": " + key, "an array of " + BeatSet.WIDTH + " numbers",
                    a == null ? "nothing" : a.isArray() ? a.size() + " numbers" : Json.describe(a));
        double[] out = new double[a.size()];
        for (int i = 0; i < out.length; i++) {
            if (!a.get(i).isNumber() || !Double.isFinite(a.get(i).doubleValue()))
                throw new InputException(dir.resolve(META) + ": " + key + "[" + i + "]", "a finite number", Json.describe(a.get(i)));
            out[i] = a.get(i).doubleValue();
        }
        return out;
    }

    private static FeatureQuantiser quantiser(double[] lo, double[] hi, Path dir) {
        for (int i = 0; i < lo.length; i++)
            if (!(hi[i] > lo[i]))
                throw new InputException(dir.resolve(META) + ": quantiserHi[" + i + "]", "> quantiserLo[" + i + "] (" + lo[i] + ")",
                        String.valueOf(hi[i]));
        return new FeatureQuantiser(lo, hi);
    }
}
