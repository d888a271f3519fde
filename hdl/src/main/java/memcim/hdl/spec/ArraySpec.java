package memcim.cosim.config;

/**
 * One crossbar: rows × columns of {@code cell} devices, {@code cellsPerWeight} adjacent cells per weight (G+ and
 * G−), wire parasitics per cell-to-cell segment (the row driver's output resistance is the first row segment, as in
 * the device module's crossbar read), the word lines' gate voltage and gate capacitance per cell during a read, and
 * how SPICE models the wires: {@code distributed} (every segment an RC, the same circuit as the fast array model)
 * or {@code lumped} (each line's wire as one resistor of half its length and one capacitor: 30-50× faster solves,
 * for co-simulation runs); and the cells: {@code sinh} (access resistance + sinh memristor as one nonlinear
 * element) or {@code chord} (each cell its chord conductance at V_read, as the fast model has it: a linear
 * circuit, about 10× faster to solve).
 */
public record ArrayGeometry(int rows, int columns, String cell, int cellsPerWeight,
                            double wireSegmentOhms, double wireSegmentFarads, double gateVolts, double gateFarads,
                            String spiceModel, String spiceCells) {
    void validate(Check c) {
        c.range("array.rows", rows, 1, 1024);
        c.range("array.columns", columns, 1, 1024);
        c.oneOf("array.cell", cell, "1T1R");
        c.range("array.cellsPerWeight", cellsPerWeight, 2, 2);
        c.range("array.wireSegmentOhms", wireSegmentOhms, 0, 1e3);
        c.range("array.wireSegmentFarads", wireSegmentFarads, 0, 1e-12);
        c.range("array.gateVolts", gateVolts, 0.1, 5);
        c.range("array.gateFarads", gateFarads, 0, 1e-12);
        c.oneOf("array.spiceModel", spiceModel, "distributed", "lumped");
        c.oneOf("array.spiceCells", spiceCells, "sinh", "chord");
    }

    public ArrayGeometry withSpiceModel(String model) {
        return new ArrayGeometry(rows, columns, cell, cellsPerWeight, wireSegmentOhms, wireSegmentFarads, gateVolts,
                gateFarads, model, spiceCells);
    }
}
