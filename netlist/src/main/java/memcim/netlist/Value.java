package memcim.netlist;

/**
 * An element value as it appears on a card: a number, or a braced expression over subcircuit
 * parameters ({@code {g*v0}}) evaluated by ngspice when the subcircuit is expanded.
 */
public record Value(String text) {
    public static Value of(double number) {
        return new Value(SpiceNumber.format(number));
    }

    /** A subcircuit or deck parameter, by name. */
    public static Value param(String name) {
        return new Value("{" + SpiceName.check("parameter reference", name) + "}");
    }

    /** An expression over parameters, e.g. {@code "1/g"}. */
    public static Value expr(String expression) {
        return new Value("{" + SpiceExpression.check("parameter expression", expression) + "}");
    }

    @Override
    public String toString() { return text; }
}
