package memcim.hdl;

/** The value of an output port of an instance, as seen in the parent module ({@code <instance>_<port>}). */
public final class InstanceOutput extends Signal {
    private final Instance instance;
    private final String port;

    InstanceOutput(Module owner, Instance instance, String port, int width, boolean signed) {
        super(owner, instance.name() + "_" + port, width, signed);
        this.instance = instance;
        this.port = port;
    }

    @Override public Kind kind() { return Kind.INSTANCE_OUTPUT; }
    public Instance instance() { return instance; }
    /** The child's output port name. */
    public String port() { return port; }
}
