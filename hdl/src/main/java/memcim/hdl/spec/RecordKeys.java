package memcim.hdl.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import memcim.core.InputException;

/**
 * Checks a JSON tree's keys against a record tree before binding, so that a misspelt or missing key is reported
 * by its path ({@code chip.json: adc.bitz}); Jackson, binding records through their constructor, reports a
 * missing primitive first and without its name.
 */
final class RecordKeys {
    private RecordKeys() {}

    static void check(String source, JsonNode node, Class<?> type, String path) {
        List<String> names = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
        String where = source + ": " + (path.isEmpty() ? "(top level)" : path);
        if (!node.isObject()) throw new InputException(where, "an object with keys " + names, node.getNodeType().toString());
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!names.contains(key)) throw new InputException(source + ": " + join(path, key), "one of " + names, "unknown key '" + key + "'");
        }
        for (RecordComponent rc : type.getRecordComponents()) {
            JsonNode child = node.get(rc.getName());
            if (child == null || child.isNull()) throw new InputException(source + ": " + join(path, rc.getName()), "a value", "nothing");
            if (rc.getType().isRecord()) check(source, child, rc.getType(), join(path, rc.getName()));
            if (rc.getType().isEnum()) checkKey(source, child, rc.getType(), join(path, rc.getName()));
        }
    }

    // Jackson's own message for a bad enum value names neither the path nor, in the spec's spelling, the choices
    private static void checkKey(String source, JsonNode node, Class<?> type, String path) {
        List<String> keys = Arrays.stream(type.getEnumConstants()).map(k -> ((SpecKey) k).key()).toList();
        if (!node.isTextual() || !keys.contains(node.asText())) {
            throw new InputException(source + ": " + path, "one of " + String.join(", ", keys), node.toString());
        }
    }

    private static String join(String path, String key) { return path.isEmpty() ? key : path + "." + key; }
}
