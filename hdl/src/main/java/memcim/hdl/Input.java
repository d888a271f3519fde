package memcim.hdl;

/** An input port: driven from outside the module. */
public final class Input extends Signal {
    Input(Module owner, String name, int width, boolean signed) { super(owner, name, width, signed); }

    @Override public Kind kind() { return Kind.INPUT; }
}
