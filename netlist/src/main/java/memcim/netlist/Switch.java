package memcim.netlist;

import java.util.List;

/**
 * A voltage-controlled switch: {@code Sname n+ n- nc+ nc- model}; its resistance is the model's {@code ron} when
 * V(nc+, nc-) is above {@code vt + vh} and {@code roff} below {@code vt - vh} (a {@code .model ... SW} card, which a
 * deck collects from its elements).
 */
public record Switch(String name, String plus, String minus, String controlPlus, String controlMinus, Model model)
        implements Element {
    public Switch {
        Element.checkName('S', name);
        Element.checkNodes(name, plus, minus, controlPlus, controlMinus);
        if (!model.type().equals("SW")) {
            throw new memcim.core.InputException("model of switch " + name, "a SW model", model.type());
        }
    }

    @Override public List<String> nodes() { return List.of(plus, minus, controlPlus, controlMinus); }

    @Override
    public String card() {
        return name + " " + plus + " " + minus + " " + controlPlus + " " + controlMinus + " " + model.name();
    }
}
