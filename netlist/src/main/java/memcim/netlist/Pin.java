package memcim.netlist;

/** One pin of a subcircuit: its name (a SPICE node name inside the subcircuit) and its type. */
public record Pin(String name, PinType type) {
    public Pin {
        SpiceName.check("pin", name);
        if (type == null) throw new IllegalArgumentException("pin " + name + " has no type");
    }

    public static Pin in(String name) { return new Pin(name, PinType.INPUT); }
    public static Pin out(String name) { return new Pin(name, PinType.OUTPUT); }
    public static Pin inout(String name) { return new Pin(name, PinType.INOUT); }
    public static Pin power(String name) { return new Pin(name, PinType.POWER); }
    public static Pin ground(String name) { return new Pin(name, PinType.GROUND); }
    public static Pin bias(String name) { return new Pin(name, PinType.BIAS); }
}
