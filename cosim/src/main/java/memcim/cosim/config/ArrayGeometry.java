package memcim.cosim.config;

/**
 * One crossbar: rows (word lines) × columns (bit lines) of {@code cell} devices, {@code cellsPerWeight}
 * adjacent cells per weight (G+ and G−), the wire parasitics per cell-to-cell segment, and the gate voltage
 * of the access transistors during a read.
 */
public record ArrayGeometry(int rows, int columns, String cell, int cellsPerWeight,
                            double wireSegmentOhms, double wireSegmentFarads, double gateVolts) {
    void validate(Check c) {
        c.range("array.rows", rows, 1, 1024);
        c.range("array.columns", columns, 1, 1024);
        c.oneOf("array.cell", cell, "1T1R", "1R");
        c.range("array.cellsPerWeight", cellsPerWeight, 2, 2);
        c.range("array.wireSegmentOhms", wireSegmentOhms, 0, 1e3);
        c.range("array.wireSegmentFarads", wireSegmentFarads, 0, 1e-12);
        c.range("array.gateVolts", gateVolts, 0.1, 5);
    }
}
