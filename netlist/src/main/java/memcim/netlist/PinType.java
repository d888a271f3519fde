package memcim.netlist;

/** Direction or role of a subcircuit pin, as in OpenRAM design objects; shown when a connection is wrong. */
public enum PinType {
    INPUT, OUTPUT, INOUT, POWER, GROUND, BIAS
}
