package memcim.netlist;

import java.util.List;

/** {@code Dname anode cathode model}. */
public record Diode(String name, String anode, String cathode, Model model) implements Element {
    public Diode {
        Element.checkName('D', name);
        Element.checkNodes(name, anode, cathode);
    }

    @Override public List<String> nodes() { return List.of(anode, cathode); }
    @Override public String card() { return name + " " + anode + " " + cathode + " " + model.name(); }
}
