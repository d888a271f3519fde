package memcim.netlist;

import java.util.List;

/**
 * A linear controlled source: {@code Ename n+ n- nc+ nc- gain} (V(n+, n-) = gain · V(nc+, nc-)) or
 * {@code Gname n+ n- nc+ nc- gm} (a current gm · V(nc+, nc-) from n+ through the source to n-; with the
 * control nodes equal to n+ and n- it is a conductance gm, which may be 0).
 */
public record ControlledSource(Kind kind, String name, String plus, String minus, String controlPlus,
                               String controlMinus, Value gain) implements Element {
    public enum Kind {
        VCVS('E'), VCCS('G');

        final char letter;

        Kind(char letter) { this.letter = letter; }
    }

    public ControlledSource {
        Element.checkName(kind.letter, name);
        Element.checkNodes(name, plus, minus, controlPlus, controlMinus);
    }

    public static ControlledSource vcvs(String name, String plus, String minus, String cPlus, String cMinus, double gain) {
        return new ControlledSource(Kind.VCVS, name, plus, minus, cPlus, cMinus, Value.of(gain));
    }

    public static ControlledSource vccs(String name, String plus, String minus, String cPlus, String cMinus, double siemens) {
        return new ControlledSource(Kind.VCCS, name, plus, minus, cPlus, cMinus, Value.of(siemens));
    }

    /** A conductance between two nodes given by a value (a parameter may make it 0, unlike a resistor). */
    public static ControlledSource conductance(String name, String a, String b, Value siemens) {
        return new ControlledSource(Kind.VCCS, name, a, b, a, b, siemens);
    }

    @Override public List<String> nodes() { return List.of(plus, minus, controlPlus, controlMinus); }

    @Override
    public String card() {
        return name + " " + plus + " " + minus + " " + controlPlus + " " + controlMinus + " " + gain;
    }
}
