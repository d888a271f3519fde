package memcim.netlist.crossbar;

/** How rows are driven. */
public enum Drivers {
    /** An ideal source per row ({@code VROW<i>}), as the shared read topology says. */
    IDEAL,
    /**
     * A transistor-level driver per row: a logic-level input source {@code VROW<i>} switches the row between a
     * shared read rail {@code VREAD} (NMOS pass gate) and ground (NMOS pull-down driven through an inverter).
     */
    TRANSISTOR
}
