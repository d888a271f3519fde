package memcim.netlist;

import java.util.List;

/** {@code Vname n+ n- <value>}; its current (into n+, through the source, out of n-) is the vector {@code i(vname)}. */
public record VoltageSource(String name, String plus, String minus, SourceValue value) implements Element {
    public VoltageSource {
        Element.checkName('V', name);
        Element.checkNodes(name, plus, minus);
    }

    public VoltageSource(String name, String plus, String minus, double dcVolts) {
        this(name, plus, minus, SourceValue.dc(dcVolts));
    }

    /** The ngspice vector of this source's current. */
    public String currentVector() { return "i(" + Element.vectorName(this) + ")"; }

    @Override public List<String> nodes() { return List.of(plus, minus); }
    @Override public String card() { return name + " " + plus + " " + minus + " " + value.text(); }
}
