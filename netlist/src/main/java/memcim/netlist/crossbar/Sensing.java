package memcim.netlist.crossbar;

/** What holds the bottom of each column and turns its current into a signal. */
public enum Sensing {
    /** A 0 V source {@code VCOL<j>} to ground: an ideal virtual ground, as the shared read topology says. */
    IDEAL,
    /** A transimpedance amplifier (high-gain op-amp with feedback resistor): output v(so&lt;j&gt;) = −I·Rf. */
    TRANSIMPEDANCE,
    /** An integrator (op-amp with feedback capacitor, reset at the start of each phase): needs a transient read. */
    INTEGRATING
}
