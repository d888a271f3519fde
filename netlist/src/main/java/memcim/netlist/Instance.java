package memcim.netlist;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import memcim.core.InputException;

/**
 * {@code Xname nets... subckt param=value ...}: one use of a subcircuit. The connections are checked
 * against the subcircuit's pins when the instance is made; a mismatch names every pin with its type, what
 * was expected and what was given.
 */
public record Instance(String name, Subckt subckt, List<String> connections, Map<String, Value> parameters)
        implements Element {
    public Instance {
        Element.checkName('X', name);
        if (connections.size() != subckt.pins().size()) {
            throw mismatch(name, subckt, positionalRows(subckt, connections));
        }
        for (String n : connections) SpiceName.check("connection of " + name, n);
        for (String p : parameters.keySet()) {
            if (subckt.parameters().keySet().stream().noneMatch(k -> k.equalsIgnoreCase(p))) {
                throw new InputException("instance " + name + " of " + subckt.name(),
                        "a parameter of the subcircuit, one of " + subckt.parameters().keySet(), "'" + p + "'");
            }
        }
        connections = List.copyOf(connections);
        parameters = Collections.unmodifiableMap(new TreeMap<>(parameters));
    }

    /** Connects nets to pins by position. */
    public static Instance of(String name, Subckt subckt, List<String> nets) {
        return new Instance(name, subckt, nets, Map.of());
    }

    /** Connects nets to pins by pin name; every pin must be given exactly once and no unknown pin. */
    public static Instance byPin(String name, Subckt subckt, Map<String, String> netOfPin, Map<String, Value> parameters) {
        Map<String, String> given = new LinkedHashMap<>();
        netOfPin.forEach((k, v) -> given.put(k.toLowerCase(Locale.ROOT), v));
        List<String> nets = new ArrayList<>();
        boolean ok = given.size() == subckt.pins().size();
        for (Pin p : subckt.pins()) {
            String net = given.get(p.name().toLowerCase(Locale.ROOT));
            if (net == null) ok = false;
            nets.add(net);
        }
        if (!ok) {
            List<String[]> rows = new ArrayList<>();
            for (Pin p : subckt.pins()) {
                String net = given.get(p.name().toLowerCase(Locale.ROOT));
                rows.add(new String[] {p.name(), p.type().toString(), "a net", net == null ? "(missing)" : net});
            }
            netOfPin.forEach((k, v) -> {
                if (subckt.pinNames().stream().noneMatch(k::equalsIgnoreCase)) {
                    rows.add(new String[] {k, "-", "(no such pin)", v});
                }
            });
            throw mismatch(name, subckt, rows);
        }
        return new Instance(name, subckt, nets, parameters);
    }

    public Instance withParameter(String parameter, Value value) {
        Map<String, Value> p = new LinkedHashMap<>(parameters);
        p.put(parameter, value);
        return new Instance(name, subckt, connections, p);
    }

    /** The net connected to a pin. */
    public String net(String pin) {
        return connections.get(subckt.pins().indexOf(subckt.pin(pin)));
    }

    @Override public List<String> nodes() { return connections; }

    @Override
    public String card() {
        StringBuilder b = new StringBuilder(name);
        for (String n : connections) b.append(' ').append(n);
        b.append(' ').append(subckt.name());
        parameters.forEach((k, v) -> b.append(' ').append(k).append('=').append(v));
        return b.toString();
    }

    private static List<String[]> positionalRows(Subckt subckt, List<String> nets) {
        List<String[]> rows = new ArrayList<>();
        int n = Math.max(nets.size(), subckt.pins().size());
        for (int i = 0; i < n; i++) {
            Pin p = i < subckt.pins().size() ? subckt.pins().get(i) : null;
            String given = i < nets.size() ? nets.get(i) : "(missing)";
            rows.add(p == null ? new String[] {"#" + (i + 1), "-", "(no such pin)", given}
                    : new String[] {p.name(), p.type().toString(), "a net", given});
        }
        return rows;
    }

    private static InputException mismatch(String name, Subckt subckt, List<String[]> rows) {
        List<String[]> all = new ArrayList<>();
        all.add(new String[] {"pin", "type", "expected", "given"});
        all.addAll(rows);
        int[] width = new int[4];
        for (String[] r : all) for (int i = 0; i < 4; i++) width[i] = Math.max(width[i], r[i].length());
        StringBuilder table = new StringBuilder();
        for (String[] r : all) {
            table.append("\n  ");
            for (int i = 0; i < 4; i++) {
                table.append(i < 3 ? String.format("%-" + (width[i] + 2) + "s", r[i]) : r[i]);
            }
        }
        return new InputException("instance " + name + " of " + subckt.name(),
                subckt.pins().size() + " connections, one per pin " + subckt.pinNames(),
                "connections that do not match:" + table);
    }
}
