package memcim.netlist;

import java.util.List;

/** A two-terminal passive: {@code Rname a b ohms}, {@code Cname a b farads} or {@code Lname a b henries}. */
public record Passive(Kind kind, String name, String a, String b, Value value) implements Element {
    public enum Kind {
        RESISTOR('R'), CAPACITOR('C'), INDUCTOR('L');

        final char letter;

        Kind(char letter) { this.letter = letter; }
    }

    public Passive {
        Element.checkName(kind.letter, name);
        Element.checkNodes(name, a, b);
    }

    public static Passive resistor(String name, String a, String b, double ohms) {
        return new Passive(Kind.RESISTOR, name, a, b, Value.of(ohms));
    }

    public static Passive capacitor(String name, String a, String b, double farads) {
        return new Passive(Kind.CAPACITOR, name, a, b, Value.of(farads));
    }

    public static Passive inductor(String name, String a, String b, double henries) {
        return new Passive(Kind.INDUCTOR, name, a, b, Value.of(henries));
    }

    @Override public List<String> nodes() { return List.of(a, b); }
    @Override public String card() { return name + " " + a + " " + b + " " + value; }
}
