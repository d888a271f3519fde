package memcim.netlist;

import java.util.List;

/**
 * One line of a {@code .control} block. Only the factories below make them, from checked names and
 * formatted numbers, so a control block can only run analyses, alter sources and print vectors.
 */
public final class ControlStep {
    private final String text;

    private ControlStep(String text) { this.text = text; }

    public String text() { return text; }

    public static ControlStep op() { return new ControlStep("op"); }

    public static ControlStep run() { return new ControlStep("run"); }

    /**
     * {@code quit 0}: ends a batch run with status 0. Without it, {@code ngspice -b} on a deck whose analyses
     * are all in the control block says "no simulations run" and exits with status 1.
     */
    /** {@code set name=value}: an ngspice interpreter variable (e.g. {@code numdgt}, the printed digits). */
    public static ControlStep set(String name, int value) {
        return new ControlStep("set " + SpiceName.check("control variable", name) + "=" + value);
    }

    public static ControlStep quit() { return new ControlStep("quit 0"); }

    /** {@code alter element param = value}, e.g. a source's {@code dc}. */
    public static ControlStep alter(String element, String parameter, double value) {
        SpiceName.check("altered element", element);
        if (!parameter.equals("dc")) SpiceName.check("altered parameter", parameter);
        return new ControlStep("alter " + element + " " + parameter + " = " + SpiceNumber.format(value));
    }

    public static ControlStep print(List<String> vectors) {
        StringBuilder b = new StringBuilder("print");
        for (String v : vectors) b.append(' ').append(SpiceName.checkVector("printed vector", v));
        return new ControlStep(b.toString());
    }

    /** A comment inside the control block. */
    public static ControlStep echo(String text) {
        return new ControlStep("echo " + Netlist.checkComment("echo", text).replaceAll("[^A-Za-z0-9_ =,:/+-]", "_"));
    }

    @Override public String toString() { return text; }
}
