package memcim.hdl;

/** A named value of a module: a port, wire, register or the output of an instance. */
public abstract class Signal extends Expr {
    /** What drives a signal. */
    public enum Kind { INPUT, OUTPUT, WIRE, REG, INSTANCE_OUTPUT }

    private final String name;

    Signal(Module owner, String name, int width, boolean signed) {
        super(Op.SIGNAL, checked(owner, name, width), signed, owner, new Expr[0], 0, 0, 0, null);
        this.name = name;
    }

    private static int checked(Module owner, String name, int width) {
        checkWidth("module " + owner.name() + ": signal " + name, width);
        return width;
    }

    public final String name() { return name; }

    public abstract Kind kind();

    /** {@code module m: signal s} for error messages. */
    final String where() { return "module " + owner().name() + ": signal " + name; }

    @Override
    public String describe() { return name; }
}
