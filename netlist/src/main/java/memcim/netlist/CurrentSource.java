package memcim.netlist;

import java.util.List;

/** {@code Iname n+ n- <value>}: the current flows from n+ through the source to n-. */
public record CurrentSource(String name, String plus, String minus, SourceValue value) implements Element {
    public CurrentSource {
        Element.checkName('I', name);
        Element.checkNodes(name, plus, minus);
    }

    public CurrentSource(String name, String plus, String minus, double dcAmps) {
        this(name, plus, minus, SourceValue.dc(dcAmps));
    }

    @Override public List<String> nodes() { return List.of(plus, minus); }
    @Override public String card() { return name + " " + plus + " " + minus + " " + value.text(); }
}
