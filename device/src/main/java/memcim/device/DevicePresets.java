package memcim.device;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import memcim.core.InputException;
import memcim.core.Json;

/**
 * Named device cards shipped with memcim, as configuration trees in the manner of aihwkit's presets: a preset is a
 * whole card, and {@link #load(String, Map)} overrides any leaf by its dotted path
 * ({@code readNoise.relativeSigma=0.02}, {@code programmingPoints[3].sigmaSiemens=2e-6}) before validation.
 */
public final class DevicePresets {
    private static final List<String> NAMES = List.of("hfox-1t1r", "pcm", "rram-pulsed", "ddk-dynamic");

    private DevicePresets() {}

    public static List<String> names() {
        return NAMES;
    }

    public static DeviceCard load(String name) {
        return load(name, Map.of());
    }

    /** A preset with some leaves replaced; each override is {@code path → value as text}. */
    public static DeviceCard load(String name, Map<String, String> overrides) {
        JsonNode tree = tree(name);
        for (Map.Entry<String, String> e : overrides.entrySet()) set(tree, e.getKey(), e.getValue(), name);
        return CardReader.read(tree, "preset " + name, null);
    }

    /** Reads a card by preset name, or from a file when {@code nameOrPath} is not a preset name. */
    public static DeviceCard resolve(String nameOrPath) {
        if (NAMES.contains(nameOrPath)) return load(nameOrPath);
        return DeviceCard.load(java.nio.file.Path.of(nameOrPath));
    }

    private static JsonNode tree(String name) {
        if (!NAMES.contains(name)) throw new InputException("device preset", "one of " + NAMES, "'" + name + "'");
        String resource = "presets/" + name + ".json";
        try (InputStream in = DevicePresets.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("preset resource missing from the jar: " + resource);
            return Json.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "preset " + name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the leaf at a dotted path (with [i] for array elements); the leaf must exist. */
    private static void set(JsonNode root, String path, String value, String preset) {
        String where = "preset " + preset + " override " + path;
        String[] parts = path.split("\\.");
        JsonNode node = root;
        for (int k = 0; k < parts.length; k++) {
            String part = parts[k];
            int index = -1;
            int bracket = part.indexOf('[');
            if (bracket >= 0 && part.endsWith("]")) {
                try {
                    index = Integer.parseInt(part.substring(bracket + 1, part.length() - 1));
                } catch (NumberFormatException e) {
                    throw new InputException(where, "an index like name[3]", "'" + part + "'");
                }
                part = part.substring(0, bracket);
            }
            boolean last = k == parts.length - 1;
            JsonNode child = node.get(part);
            if (child == null) throw new InputException(where, "an existing field", "no field '" + part + "'");
            if (index >= 0) {
                if (!child.isArray() || index >= child.size()) {
                    throw new InputException(where, "an index below " + child.size(), String.valueOf(index));
                }
                if (last) {
                    ((ArrayNode) child).set(index, leaf(child.get(index), value, where));
                    return;
                }
                node = child.get(index);
            } else if (last) {
                ((ObjectNode) node).set(part, leaf(child, value, where));
            } else {
                node = child;
            }
        }
    }

    private static JsonNode leaf(JsonNode old, String value, String where) {
        var f = Json.mapper().getNodeFactory();
        if (old.isContainerNode()) throw new InputException(where, "a path to a single value", "an object or array");
        if (old.isBoolean()) {
            if (!value.equals("true") && !value.equals("false")) throw new InputException(where, "true or false", "'" + value + "'");
            return f.booleanNode(Boolean.parseBoolean(value));
        }
        boolean infinityText = old.isTextual() && old.textValue().endsWith("Infinity");
        if (old.isNumber() || infinityText) {
            if (infinityText && value.endsWith("Infinity")) return f.textNode(value);
            try {
                return old.isIntegralNumber() && !infinityText ? f.numberNode(Integer.parseInt(value)) : f.numberNode(Double.parseDouble(value));
            } catch (NumberFormatException e) {
                throw new InputException(where, old.isIntegralNumber() ? "an integer" : "a number", "'" + value + "'");
            }
        }
        return f.textNode(value);
    }
}
