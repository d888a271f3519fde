package memcim.netlist;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** {@code Mname d g s b model W=.. L=..}. */
public record Mosfet(String name, String drain, String gate, String source, String bulk, Model model,
                     Map<String, Value> parameters) implements Element {
    public Mosfet {
        Element.checkName('M', name);
        Element.checkNodes(name, drain, gate, source, bulk);
        for (String p : parameters.keySet()) SpiceName.check("parameter of " + name, p);
        parameters = Collections.unmodifiableMap(new TreeMap<>(parameters));
    }

    @Override public List<String> nodes() { return List.of(drain, gate, source, bulk); }

    @Override
    public String card() {
        StringBuilder b = new StringBuilder(name).append(' ').append(drain).append(' ').append(gate).append(' ')
                .append(source).append(' ').append(bulk).append(' ').append(model.name());
        parameters.forEach((k, v) -> b.append(' ').append(k).append('=').append(v));
        return b.toString();
    }
}
