package memcim.netlist;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import memcim.core.InputException;
import memcim.templates.Templates;

/**
 * A subcircuit: a name, ordered typed pins, parameters with default values, and a body of elements
 * (which may instantiate other subcircuits). Build identical parameterised subcircuits through a
 * {@link SubcktFactory} so each is emitted once.
 */
public final class Subckt {
    private final String name;
    private final List<Pin> pins;
    private final Map<String, Double> parameters;
    private final List<String> comments = new ArrayList<>();
    private final List<Element> elements = new ArrayList<>();
    private final Set<String> elementNames = new HashSet<>();

    public Subckt(String name, List<Pin> pins, Map<String, Double> parameters) {
        this.name = SpiceName.check("subcircuit name", name);
        Set<String> seen = new HashSet<>();
        for (Pin p : pins) {
            if (!seen.add(p.name().toLowerCase(Locale.ROOT))) {
                throw new InputException("subcircuit " + name, "distinct pin names", "pin '" + p.name() + "' twice");
            }
        }
        for (String p : parameters.keySet()) SpiceName.check("parameter of subcircuit " + name, p);
        this.pins = List.copyOf(pins);
        this.parameters = Collections.unmodifiableMap(new TreeMap<>(parameters));
    }

    public Subckt(String name, List<Pin> pins) {
        this(name, pins, Map.of());
    }

    public String name() { return name; }
    public List<Pin> pins() { return pins; }
    public Map<String, Double> parameters() { return parameters; }
    public List<Element> elements() { return Collections.unmodifiableList(elements); }
    public List<String> comments() { return Collections.unmodifiableList(comments); }

    public Subckt add(Element e) {
        if (!elementNames.add(e.name().toLowerCase(Locale.ROOT))) {
            throw new InputException("subcircuit " + name, "distinct element names", "'" + e.name() + "' twice");
        }
        elements.add(e);
        return this;
    }

    /** A comment line written under the {@code .subckt} card (what the subcircuit is, its parameters). */
    public Subckt comment(String text) {
        comments.add(Netlist.checkComment("comment of subcircuit " + name, text));
        return this;
    }

    public Pin pin(String pinName) {
        for (Pin p : pins) if (p.name().equalsIgnoreCase(pinName)) return p;
        throw new InputException("subcircuit " + name, "one of its pins " + pinNames(), "'" + pinName + "'");
    }

    public List<String> pinNames() {
        return pins.stream().map(Pin::name).toList();
    }

    /** The {@code .subckt} card with pins and parameter defaults. */
    public String card() {
        StringBuilder b = new StringBuilder(".subckt ").append(name);
        for (Pin p : pins) b.append(' ').append(p.name());
        if (!parameters.isEmpty()) {
            b.append(" params:");
            parameters.forEach((k, v) -> b.append(' ').append(k).append('=').append(SpiceNumber.format(v)));
        }
        return b.toString();
    }

    /** The values the subcircuit template renders. */
    Map<String, Object> templateValues() {
        List<String> pinComments = new ArrayList<>();
        for (Pin p : pins) pinComments.add(p.name() + " " + p.type());
        return Map.of("name", name, "card", card(), "comments", List.copyOf(comments),
                "pins", pinComments, "lines", elements.stream().map(Element::card).toList());
    }

    /** The subcircuit alone, as text ({@code .subckt} to {@code .ends}). */
    public String render() {
        return Templates.render("spice/subckt.vm", Map.of("s", templateValues()));
    }
}
