package memcim.device.array;

import java.util.Arrays;
import memcim.core.InputException;
import memcim.device.DeviceCard;

/**
 * A layer's physical conductances (rows × columns, e.g. 2 × 2 cells per four-device weight) on crossbar tiles of at
 * most {@code tileRows × tileCols} cells, each read through the fast array model with its wires: what each cell
 * contributes to its column's current per volt on its row, its effective conductance, IR drop included. The cells are
 * taken linear (their slope at 0 V) with the card's access resistance in series, so the contributions superpose: the
 * MSP rows' F-times-larger voltage scales their cells' currents by F whatever the other rows carry.
 */
public record TiledCrossbar(double segmentOhms, int tileRows, int tileCols, CellType cellType, double accessOhms) {
    public TiledCrossbar {
        if (!(segmentOhms >= 0) || Double.isInfinite(segmentOhms))
            throw new InputException("wire ohms", "a finite resistance >= 0", String.valueOf(segmentOhms));
        if (tileRows < 2 || tileCols < 2 || tileRows % 2 != 0 || tileCols % 2 != 0)
            throw new InputException("tile", "an even number of rows and of columns (2 x 2 cells per weight)", tileRows + " x " + tileCols);
    }

    /** Tiles on a card: its cell type and access resistance. */
    public static TiledCrossbar of(DeviceCard card, double segmentOhms, int tileRows, int tileCols) {
        return new TiledCrossbar(segmentOhms, tileRows, tileCols, card.cellType(), card.accessOnOhms());
    }

    /** The same tiles without the access transistor's resistance (the cell alone). */
    public TiledCrossbar withoutAccess() {
        return new TiledCrossbar(segmentOhms, tileRows, tileCols, cellType, 0);
    }

    /** Ideal wires and no access resistance: the conductances themselves. */
    public boolean ideal() {
        return segmentOhms == 0 && (cellType == CellType.ONE_R || accessOhms == 0);
    }

    /** The effective conductances of every cell, same layout. */
    public double[][] effective(double[][] g) {
        int rows = g.length, cols = g[0].length;
        double[][] out = new double[rows][];
        for (int i = 0; i < rows; i++) out[i] = g[i].clone();
        if (ideal()) return out;
        for (int r0 = 0; r0 < rows; r0 += tileRows) {
            for (int c0 = 0; c0 < cols; c0 += tileCols) {
                int r1 = Math.min(rows, r0 + tileRows), c1 = Math.min(cols, c0 + tileCols);
                double[][] tile = new double[r1 - r0][];
                for (int i = r0; i < r1; i++) tile[i - r0] = Arrays.copyOfRange(g[i], c0, c1);
                double[] volts = new double[r1 - r0];
                Arrays.fill(volts, READ_VOLTS);
                var spec = new CrossbarReadSpec(r1 - r0, c1 - c0, tile, volts, segmentOhms, segmentOhms, cellType,
                        Double.POSITIVE_INFINITY, accessOhms);
                double[][] t = new FastArrayModel(spec).transferMatrix();
                for (int i = r0; i < r1; i++) System.arraycopy(t[i - r0], 0, out[i], c0, c1 - c0);
            }
        }
        return out;
    }

    /** Row voltage of the read (linear cells: the transfer per volt does not depend on it). */
    static final double READ_VOLTS = 0.2;
}
