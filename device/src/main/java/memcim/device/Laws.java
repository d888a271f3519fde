package memcim.device;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import memcim.core.InputException;

/**
 * The laws a card section may select by name ({@code "drift": {"law": "power", ...}}). The names and the record
 * of each law come from the stage interface's {@link JsonSubTypes} annotation, which is also what writes the
 * {@code law} key, and a law's JSON keys are its record's components: one declaration gives the name, the
 * reader, the writer and the allowed keys, so they cannot drift apart.
 */
final class Laws {
    private Laws() {}

    /** Reads section {@code key} of {@code parent} as one of the laws of {@code stage}. */
    static <T> T read(Class<T> stage, JsonFields parent, String key) {
        JsonFields f = parent.object(key);
        Map<String, Class<?>> known = known(stage);
        JsonNode name = f.raw().get("law");
        if (name == null || !name.isTextual() || !known.containsKey(name.textValue())) {
            throw new InputException(f.where("law"), "one of " + known.keySet(),
                    name == null ? "missing field" : JsonFields.describe(name));
        }
        Class<?> law = known.get(name.textValue());
        Set<String> keys = Arrays.stream(law.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toCollection(java.util.HashSet::new));
        keys.add("law");
        f.allowOnly(keys);
        return stage.cast(record(law, f));
    }

    /** The name under which {@code law} is written (its {@link JsonSubTypes} entry in {@code stage}). */
    static String nameOf(Class<?> stage, Class<?> law) {
        for (JsonSubTypes.Type t : stage.getAnnotation(JsonSubTypes.class).value()) {
            if (t.value() == law) return t.name();
        }
        throw new IllegalStateException(law.getName() + " is not a declared law of " + stage.getName());
    }

    static Map<String, Class<?>> known(Class<?> stage) {
        Map<String, Class<?>> out = new TreeMap<>();
        for (JsonSubTypes.Type t : stage.getAnnotation(JsonSubTypes.class).value()) out.put(t.name(), t.value());
        return out;
    }

    /** A record built from the object's keys, one per component: numbers, integers, text, lists of numbers, records. */
    private static Object record(Class<?> type, JsonFields f) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = value(components[i], f);
        }
        try {
            return type.getDeclaredConstructor(types).newInstance(values);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("law record " + type.getName() + " cannot be built", e);
        }
    }

    private static Object value(RecordComponent c, JsonFields f) {
        String key = c.getName();
        Class<?> t = c.getType();
        if (t == double.class) return f.number(key);
        if (t == int.class) return f.integer(key);
        if (t == String.class) return f.text(key);
        if (t == boolean.class) return f.bool(key);
        if (t.isRecord()) {
            JsonFields inner = f.object(key);
            inner.allowOnly(Arrays.stream(t.getRecordComponents()).map(RecordComponent::getName).collect(Collectors.toSet()));
            return record(t, inner);
        }
        if (t == List.class) return f.numbers(key);
        throw new IllegalStateException("unsupported law component type " + t + " of " + key);
    }
}
