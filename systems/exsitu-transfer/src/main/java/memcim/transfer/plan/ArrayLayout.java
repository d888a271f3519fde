package memcim.transfer.plan;

import java.util.Locale;
import memcim.core.InputException;

/**
 * Where a transferred network sits: one array row per network instance (posterior sample), one column per synapse
 * cell, on arrays of {@code arrayRows × arrayCols} devices (Dalgaty et al. 2021: 16,384 devices, 128 × 128). A
 * network needing more columns than one array has is split over arrays side by side, more rows than one array over
 * arrays stacked; {@link #describe()} states the split.
 *
 * @param rows    network instances programmed
 * @param columns cells per instance (weights × cells per weight)
 */
public record ArrayLayout(int rows, int columns, int arrayRows, int arrayCols) {
    public static final int ARRAY_SIDE = 128;

    public ArrayLayout {
        if (rows < 1 || rows > 1 << 16) throw new InputException("--rows", "1 to 65536", String.valueOf(rows));
        if (columns < 1) throw new InputException("layout columns", ">= 1", String.valueOf(columns));
        if (arrayRows < 1 || arrayCols < 1) throw new InputException("array size", ">= 1 x 1", arrayRows + " x " + arrayCols);
    }

    public static ArrayLayout of(int rows, int columns) {
        return new ArrayLayout(rows, columns, ARRAY_SIDE, ARRAY_SIDE);
    }

    /** Devices programmed: one SET each. */
    public long devices() { return (long) rows * columns; }

    public int arraysAcross() { return (columns + arrayCols - 1) / arrayCols; }

    public int arraysDown() { return (rows + arrayRows - 1) / arrayRows; }

    public int arrays() { return arraysAcross() * arraysDown(); }

    /** Devices of the arrays used, programmed or not. */
    public long arrayDevices() { return (long) arrays() * arrayRows * arrayCols; }

    public String describe() {
        String one = arrayRows + " × " + arrayCols;
        String where = arrays() == 1 ? "one " + one + " array"
                : arrays() + " arrays of " + one + " (" + arraysDown() + " down × " + arraysAcross() + " across: the network needs "
                        + columns + " columns" + (arraysDown() > 1 ? " and " + rows + " rows" : "") + ")";
        long unused = arrayDevices() - devices();
        return String.format(Locale.ROOT, "%d rows (network instances) × %d columns (cells) = %,d devices on %s%s", rows, columns,
                devices(), where, unused == 0 ? "" : String.format(Locale.ROOT, "; %,d devices of the arrays left unprogrammed", unused));
    }
}
