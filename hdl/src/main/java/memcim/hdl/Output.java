package memcim.hdl;

/** An output port: a net the module drives (and may also read). */
public final class Output extends Wire {
    Output(Module owner, String name, int width, boolean signed) { super(owner, name, width, signed); }

    @Override public Kind kind() { return Kind.OUTPUT; }
}
