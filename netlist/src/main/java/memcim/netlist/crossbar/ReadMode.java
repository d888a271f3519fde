package memcim.netlist.crossbar;

/** The analysis of the deck. */
public enum ReadMode {
    /** One {@code .op} read with the spec's row voltages: the shared read topology. */
    OP,
    /** One {@code .op} per bit-serial phase, the row sources altered between them. */
    PHASES_OP,
    /** One {@code .tran} through all phases, the row sources as PWL waveforms. */
    PHASES_TRAN
}
