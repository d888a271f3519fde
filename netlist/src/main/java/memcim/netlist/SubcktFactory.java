package memcim.netlist;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;

/**
 * Makes each distinct parameterised subcircuit once (the OpenRAM factory idea): asking again with the
 * same design and parameters returns the same object, so the deck emits it once. The name is the design's
 * base name plus a short digest of its parameters, so it does not depend on the order of requests.
 */
public final class SubcktFactory {
    private final Map<String, Subckt> byKey = new HashMap<>();
    private final Map<String, String> keyOfName = new HashMap<>();
    private final List<Subckt> made = new ArrayList<>();

    /**
     * Returns the subcircuit {@code builder} makes for these parameters, building it (with the name it
     * must use) only the first time. Parameter values are compared by their {@code toString()} (numbers by
     * their deck text).
     */
    public Subckt get(String baseName, Map<String, ?> parameters, BiFunction<String, Map<String, ?>, Subckt> builder) {
        SpiceName.check("subcircuit design", baseName);
        String key = baseName + canonical(parameters);
        Subckt known = byKey.get(key);
        if (known != null) return known;
        String name = parameters.isEmpty() ? baseName : baseName + "_" + digest(key);
        String other = keyOfName.putIfAbsent(name, key);
        if (other != null) throw new IllegalStateException("subcircuit name collision " + name + ": " + key + " vs " + other);
        Subckt s = builder.apply(name, parameters);
        if (!s.name().equals(name)) {
            throw new IllegalStateException("design " + baseName + " must name its subcircuit " + name + ", not " + s.name());
        }
        byKey.put(key, s);
        made.add(s);
        return s;
    }

    /** The subcircuits made so far, in the order they were first asked for. */
    public List<Subckt> made() { return Collections.unmodifiableList(made); }

    private static String canonical(Map<String, ?> parameters) {
        StringBuilder b = new StringBuilder();
        for (var e : new TreeMap<String, Object>(parameters).entrySet()) {
            Object v = e.getValue();
            b.append(';').append(e.getKey()).append('=')
                    .append(v instanceof Double d ? SpiceNumber.format(d) : String.valueOf(v));
        }
        return b.toString();
    }

    private static String digest(String key) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < 4; i++) b.append(String.format("%02x", h[i]));
            return b.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
