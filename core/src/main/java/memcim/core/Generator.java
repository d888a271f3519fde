package memcim.core;

/** The name and version written into the header of every generated netlist, Verilog file and report. */
public final class Generator {
    public static final String NAME = "memcim";
    public static final String VERSION = "0.1.0";

    private Generator() {}

    public static String id() { return NAME + " " + VERSION; }
}
