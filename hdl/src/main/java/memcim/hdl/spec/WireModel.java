package memcim.hdl.spec;

/**
 * How SPICE models the array's wires: every cell-to-cell segment an RC (the fast array model's circuit), or each
 * line as one resistor of half its length and one capacitor (30-50× faster solves, for co-simulation runs).
 */
public enum WireModel implements SpecKey { DISTRIBUTED, LUMPED }
