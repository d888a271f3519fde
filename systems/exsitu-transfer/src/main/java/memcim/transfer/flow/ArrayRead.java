package memcim.transfer.flow;

import memcim.device.DeviceCard;
import memcim.transfer.plan.ArrayLayout;
import memcim.transfer.readout.ArrayReadout;

/**
 * The programmed conductances read back as the chip reads them: the layout's arrays each a circuit of its own
 * (wire resistance on, {@link ArrayReadout}), rows read in turn, every column current decoded to a conductance by
 * {@link CellRead}. The fast model reads every row; SPICE reads chosen rows of the first array to check it.
 */
final class ArrayRead {
    private final ArrayLayout layout;
    private final DeviceCard card;
    private final double segmentOhms, readVolts;
    private final CellRead cell;

    ArrayRead(ArrayLayout layout, DeviceCard card, double segmentOhms, double readVolts) {
        this.layout = layout;
        this.card = card;
        this.segmentOhms = segmentOhms;
        this.readVolts = readVolts;
        this.cell = CellRead.of(card, readVolts);
    }

    /** {@code [row][column]} conductances read, every array by the fast model. */
    double[][] fast(double[][] siemens) {
        double[][] out = new double[layout.rows()][layout.columns()];
        for (int down = 0; down < layout.arraysDown(); down++) {
            for (int across = 0; across < layout.arraysAcross(); across++) {
                int r0 = down * layout.arrayRows(), c0 = across * layout.arrayCols();
                double[][] block = block(siemens, r0, c0);
                double[][] currents = ArrayReadout.forCard(block, card, segmentOhms, readVolts).fastRows();
                for (int r = 0; r < currents.length; r++)
                    for (int c = 0; c < currents[r].length; c++) out[r0 + r][c0 + c] = cell.siemens(currents[r][c]);
            }
        }
        return out;
    }

    /** Column currents of chosen rows of the first array, {@code [k][column]}: by the fast model, then by SPICE. */
    double[][][] firstArrayCurrents(double[][] siemens, int[] rows, ArrayReadout.Listener progress) {
        ArrayReadout a = ArrayReadout.forCard(block(siemens, 0, 0), card, segmentOhms, readVolts);
        double[][] fast = new double[rows.length][];
        for (int k = 0; k < rows.length; k++) fast[k] = a.fastRow(rows[k]);
        return new double[][][] {fast, a.spiceRows(rows, progress)};
    }

    /** Conductances of one array's currents. */
    double[] siemens(double[] currents) {
        double[] g = new double[currents.length];
        for (int c = 0; c < g.length; c++) g[c] = cell.siemens(currents[c]);
        return g;
    }

    private double[][] block(double[][] siemens, int r0, int c0) {
        int rows = Math.min(layout.arrayRows(), layout.rows() - r0), cols = Math.min(layout.arrayCols(), layout.columns() - c0);
        double[][] b = new double[rows][cols];
        for (int r = 0; r < rows; r++) System.arraycopy(siemens[r0 + r], c0, b[r], 0, cols);
        return b;
    }
}
