package memcim.netlist;

import java.util.List;
import java.util.Locale;
import memcim.core.InputException;

/**
 * One SPICE element card. The name is the full SPICE name, whose first letter is the element letter
 * ({@code RROW0_1}, {@code VCOL3}, {@code XCELL0_0}); nodes are checked names.
 */
public sealed interface Element
        permits Passive, VoltageSource, CurrentSource, BehavioralSource, ControlledSource,
                Mosfet, Diode, Switch, Instance {
    String name();

    /** The nodes the element connects, in card order. */
    List<String> nodes();

    /** The card, one line, without a newline. */
    String card();

    /** Checks an element name: a legal {@link SpiceName} starting with the element letter. */
    static String checkName(char letter, String name) {
        SpiceName.check("element name", name);
        if (Character.toUpperCase(name.charAt(0)) != letter) {
            throw new InputException("element " + name, "a name starting with '" + letter + "'",
                    "'" + name.substring(0, 1) + "'");
        }
        return name;
    }

    /** Checks node names of an element. */
    static List<String> checkNodes(String element, String... nodes) {
        for (String n : nodes) SpiceName.check("node of " + element, n);
        return List.of(nodes);
    }

    /** The card letter of an element in lower case, the way ngspice names vectors ({@code i(vcol3)}). */
    static String vectorName(Element e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
