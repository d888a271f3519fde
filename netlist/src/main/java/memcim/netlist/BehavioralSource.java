package memcim.netlist;

import java.util.List;

/**
 * {@code Bname n+ n- I=expr} or {@code V=expr}: a current (flowing from n+ through the source to n-) or
 * a voltage given by an expression of node voltages, branch currents, time and parameters.
 */
public record BehavioralSource(String name, String plus, String minus, Kind kind, String expression)
        implements Element {
    public enum Kind { CURRENT, VOLTAGE }

    public BehavioralSource {
        Element.checkName('B', name);
        Element.checkNodes(name, plus, minus);
        SpiceExpression.check("expression of " + name, expression);
    }

    public static BehavioralSource current(String name, String plus, String minus, String expression) {
        return new BehavioralSource(name, plus, minus, Kind.CURRENT, expression);
    }

    public static BehavioralSource voltage(String name, String plus, String minus, String expression) {
        return new BehavioralSource(name, plus, minus, Kind.VOLTAGE, expression);
    }

    @Override public List<String> nodes() { return List.of(plus, minus); }

    @Override
    public String card() {
        return name + " " + plus + " " + minus + " " + (kind == Kind.CURRENT ? "I=" : "V=") + expression;
    }
}
