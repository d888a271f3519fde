package memcim.hdl.spec;

/**
 * One crossbar: rows × columns of {@code cell} devices, two adjacent cells per weight (G⁺ and G⁻: the hdl
 * datapath subtracts the pair's codes, {@link #CELLS_PER_WEIGHT}), wire parasitics per cell-to-cell segment (the
 * row driver's output resistance is the first row segment, as in the device module's crossbar read), the word
 * lines' gate voltage and gate capacitance per cell during a read, and how SPICE models the wires and the cells.
 */
public record ArraySpec(int rows, int columns, CellKind cell, double wireSegmentOhms, double wireSegmentFarads,
                        double gateVolts, double gateFarads, WireModel spiceWires, CellModel spiceCells) {

    /** Cells per weight: the differential pair the digital periphery converts and subtracts (hdl DiffPair). */
    public static final int CELLS_PER_WEIGHT = 2;

    void validate(Check c) {
        c.range("array.rows", rows, 1, 1024);
        c.range("array.columns", columns, 1, 1024);
        c.present("array.cell", cell);
        c.range("array.wireSegmentOhms", wireSegmentOhms, 0, 1e3);
        c.range("array.wireSegmentFarads", wireSegmentFarads, 0, 1e-12);
        c.range("array.gateVolts", gateVolts, 0.1, 5);
        c.range("array.gateFarads", gateFarads, 0, 1e-12);
        c.present("array.spiceWires", spiceWires);
        c.present("array.spiceCells", spiceCells);
    }

    public ArraySpec withSpiceWires(WireModel model) {
        return new ArraySpec(rows, columns, cell, wireSegmentOhms, wireSegmentFarads, gateVolts, gateFarads, model,
                spiceCells);
    }
}
