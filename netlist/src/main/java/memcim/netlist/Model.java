package memcim.netlist;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import memcim.core.InputException;

/** A {@code .model name type (param=value ...)} card; elements hold the model object, so decks collect it. */
public record Model(String name, String type, Map<String, Double> parameters) {
    private static final Set<String> TYPES = Set.of("R", "C", "L", "D", "NMOS", "PMOS", "NPN", "PNP", "SW", "CSW");

    public Model {
        SpiceName.check("model name", name);
        if (type == null || !TYPES.contains(type.toUpperCase(Locale.ROOT))) {
            throw new InputException("model " + name, "a model type, one of " + TYPES, String.valueOf(type));
        }
        type = type.toUpperCase(Locale.ROOT);
        for (String p : parameters.keySet()) SpiceName.check("parameter of model " + name, p);
        parameters = Collections.unmodifiableMap(new TreeMap<>(parameters));
    }

    public String card() {
        StringBuilder b = new StringBuilder(".model ").append(name).append(' ').append(type).append(" (");
        boolean first = true;
        for (var e : parameters.entrySet()) {
            if (!first) b.append(' ');
            first = false;
            b.append(e.getKey()).append('=').append(SpiceNumber.format(e.getValue()));
        }
        return b.append(')').toString();
    }
}
