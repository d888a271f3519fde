package memcim.hdl;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import memcim.core.InputException;

/**
 * The parameters of a module, in declaration order. They make the module's unique Verilog name
 * ({@code base_k1v1_k2v2}), so identical parameterisations share one emitted module, and they are written
 * into the header of its file.
 */
public final class Params {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Params() {}

    /** Pairs of name and value (Integer, Long, Boolean or String). */
    public static Params of(Object... pairs) {
        if (pairs.length % 2 != 0) throw new IllegalArgumentException("Params.of takes name/value pairs");
        Params p = new Params();
        for (int i = 0; i < pairs.length; i += 2) p.with((String) pairs[i], pairs[i + 1]);
        return p;
    }

    public Params with(String name, Object value) {
        if (!name.matches("[A-Za-z][A-Za-z0-9]*")) {
            throw new InputException("parameter " + name, "a name of letters and digits", "'" + name + "'");
        }
        if (!(value instanceof Integer || value instanceof Long || value instanceof Boolean || value instanceof String)) {
            throw new InputException("parameter " + name, "an integer, boolean or string", String.valueOf(value));
        }
        if (value instanceof String s && !s.matches("[A-Za-z0-9]+")) {
            throw new InputException("parameter " + name, "a string of letters and digits", "'" + s + "'");
        }
        values.put(name, value);
        return this;
    }

    public Map<String, Object> values() { return Collections.unmodifiableMap(values); }

    /** The module name for this parameter set: the base, then {@code _<name><value>} per parameter, lower case. */
    public String moduleName(String base) {
        StringBuilder b = new StringBuilder(base);
        values.forEach((k, v) -> b.append('_').append(k.toLowerCase()).append(text(v).toLowerCase()));
        String name = b.toString();
        if (name.length() > 60) {
            name = base + "_" + String.format("%08x", toString().hashCode());
        }
        return name;
    }

    private static String text(Object v) {
        if (v instanceof Boolean bool) return bool ? "1" : "0";
        String s = v.toString();
        return s.startsWith("-") ? "m" + s.substring(1) : s;
    }

    @Override
    public String toString() {
        StringJoiner j = new StringJoiner(", ");
        values.forEach((k, v) -> j.add(k + "=" + v));
        return values.isEmpty() ? "(none)" : j.toString();
    }
}
