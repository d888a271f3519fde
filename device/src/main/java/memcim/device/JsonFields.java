package memcim.device;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import memcim.core.InputException;

/**
 * One JSON object of a card being read, with its location ({@code card.json: drift}) so that every missing key,
 * wrong type or unknown key is reported as {@code file: path.key}.
 */
final class JsonFields {
    private final JsonNode node;
    private final String source;
    private final String path;

    JsonFields(JsonNode node, String source, String path) {
        this.node = node;
        this.source = source;
        this.path = path;
        if (node == null || !node.isObject()) {
            throw new InputException(where(null), "a JSON object", describe(node));
        }
    }

    String where(String key) {
        String p = key == null ? path : (path.isEmpty() ? key : path + "." + key);
        return p.isEmpty() ? source : source + ": " + p;
    }

    /** Rejects keys that are not in {@code known}: a misspelt key is an error, not a silent default. */
    JsonFields allowOnly(Set<String> known) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!known.contains(k)) {
                throw new InputException(where(k), "one of " + new TreeSet<>(known), "unknown key '" + k + "'");
            }
        }
        return this;
    }

    JsonNode required(String key) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) throw new InputException(where(key), "a value", "missing field");
        return v;
    }

    /** A number; the strings "Infinity" / "-Infinity" / "NaN" (how Jackson writes them) are accepted. */
    double number(String key) {
        return number(required(key), where(key));
    }

    static double number(JsonNode v, String where) {
        if (v.isNumber()) return v.doubleValue();
        if (v.isTextual()) {
            switch (v.textValue()) {
                case "Infinity": return Double.POSITIVE_INFINITY;
                case "-Infinity": return Double.NEGATIVE_INFINITY;
                default: break;
            }
        }
        throw new InputException(where, "a number", describe(v));
    }

    int integer(String key) {
        JsonNode v = required(key);
        if (!v.isIntegralNumber() || !v.canConvertToInt()) throw new InputException(where(key), "an integer", describe(v));
        return v.intValue();
    }

    String text(String key) {
        JsonNode v = required(key);
        if (!v.isTextual()) throw new InputException(where(key), "a string", describe(v));
        return v.textValue();
    }

    boolean bool(String key) {
        JsonNode v = required(key);
        if (!v.isBoolean()) throw new InputException(where(key), "true or false", describe(v));
        return v.booleanValue();
    }

    /** An array of numbers, each error naming its index ({@code coefficients[2]}). */
    List<Double> numbers(String key) {
        JsonNode v = required(key);
        if (!v.isArray()) throw new InputException(where(key), "an array of numbers", describe(v));
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) out.add(number(v.get(i), where(key) + "[" + i + "]"));
        return out;
    }

    JsonFields object(String key) {
        return new JsonFields(required(key), source, path.isEmpty() ? key : path + "." + key);
    }

    /** The elements of an array field, each an object with its indexed location ({@code points[3]}). */
    List<JsonFields> objects(String key) {
        JsonNode v = required(key);
        if (!v.isArray()) throw new InputException(where(key), "an array", describe(v));
        List<JsonFields> out = new ArrayList<>();
        String base = path.isEmpty() ? key : path + "." + key;
        for (int i = 0; i < v.size(); i++) out.add(new JsonFields(v.get(i), source, base + "[" + i + "]"));
        return out;
    }

    JsonNode raw() {
        return node;
    }

    static String describe(JsonNode v) {
        if (v == null || v.isMissingNode()) return "nothing";
        if (v.isNull()) return "null";
        if (v.isTextual()) return "\"" + v.textValue() + "\"";
        if (v.isObject()) return "an object";
        if (v.isArray()) return "an array";
        return v.toString();
    }
}
