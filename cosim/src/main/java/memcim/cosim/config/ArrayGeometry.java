package memcim.cosim.config;

/**
 * One crossbar: rows × columns of {@code cell} devices, {@code cellsPerWeight} adjacent cells per weight (G+ and
 * G−), wire parasitics per cell-to-cell segment, the access transistors' gate voltage and gate capacitance during a
 * read, the read drivers' output resistance, and how SPICE models it: {@code distributed} (every 1T1R cell with its
 * access MOSFET and every wire segment as an RC) or {@code lumped} (each cell a resistor 1/G + R_access, each line's
 * wire as one resistor and one capacitor: about 20× faster, for chip-level runs).
 */
public record ArrayGeometry(int rows, int columns, String cell, int cellsPerWeight,
                            double wireSegmentOhms, double wireSegmentFarads, double gateVolts, double gateFarads,
                            double driverOhms, String spiceModel) {
    void validate(Check c) {
        c.range("array.rows", rows, 1, 1024);
        c.range("array.columns", columns, 1, 1024);
        c.oneOf("array.cell", cell, "1T1R");
        c.range("array.cellsPerWeight", cellsPerWeight, 2, 2);
        c.range("array.wireSegmentOhms", wireSegmentOhms, 0, 1e3);
        c.range("array.wireSegmentFarads", wireSegmentFarads, 0, 1e-12);
        c.range("array.gateVolts", gateVolts, 0.1, 5);
        c.range("array.gateFarads", gateFarads, 0, 1e-12);
        c.range("array.driverOhms", driverOhms, 0.1, 1e5);
        c.oneOf("array.spiceModel", spiceModel, "distributed", "lumped");
    }

    public ArrayGeometry withSpiceModel(String model) {
        return new ArrayGeometry(rows, columns, cell, cellsPerWeight, wireSegmentOhms, wireSegmentFarads, gateVolts,
                gateFarads, driverOhms, model);
    }
}
