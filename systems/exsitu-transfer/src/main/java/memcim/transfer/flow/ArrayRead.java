package memcim.transfer.flow;

import memcim.device.DeviceCard;
import memcim.transfer.plan.ArrayLayout;
import memcim.transfer.readout.ArrayReadout;

/**
 * The programmed conductances read back as the chip reads them: the layout's arrays each a circuit of its own
 * (wire resistance on, {@link ArrayReadout}: word lines select the rows of a 1T1R array), rows read in turn, every
 * column current decoded to a conductance by {@link ArrayReadout#conductances}. The fast model reads every row; SPICE reads chosen rows of the first array to check it.
 */
final class ArrayRead {
    private final ArrayLayout layout;
    private final DeviceCard card;
    private final double segmentOhms, readVolts;

    ArrayRead(ArrayLayout layout, DeviceCard card, double segmentOhms, double readVolts) {
        this.layout = layout;
        this.card = card;
        this.segmentOhms = segmentOhms;
        this.readVolts = readVolts;
    }

    /** {@code [row][column]} conductances read, every array by the fast model. */
    double[][] fast(double[][] siemens) {
        double[][] out = new double[layout.rows()][layout.columns()];
        for (int down = 0; down < layout.arraysDown(); down++) {
            for (int across = 0; across < layout.arraysAcross(); across++) {
                int r0 = down * layout.arrayRows(), c0 = across * layout.arrayCols();
                double[][] block = block(siemens, r0, c0);
                ArrayReadout readout = ArrayReadout.forCard(block, card, segmentOhms, readVolts);
                double[][] currents = readout.fastRows();
                for (int r = 0; r < currents.length; r++) {
                    double[] g = readout.conductances(currents[r]);
                    System.arraycopy(g, 0, out[r0 + r], c0, g.length);
                }
            }
        }
        return out;
    }

    /**
     * Chosen rows of the first array read by the fast model and by SPICE: {@code [0]} column currents of the fast
     * read, {@code [1]} of SPICE, {@code [2]} the conductances SPICE's currents decode to, each {@code [k][column]}.
     */
    double[][][] firstArrayReads(double[][] siemens, int[] rows, ArrayReadout.Listener progress) {
        ArrayReadout a = ArrayReadout.forCard(block(siemens, 0, 0), card, segmentOhms, readVolts);
        double[][] fast = new double[rows.length][], decoded = new double[rows.length][];
        for (int k = 0; k < rows.length; k++) fast[k] = a.fastRow(rows[k]);
        double[][] spice = a.spiceRows(rows, progress);
        for (int k = 0; k < rows.length; k++) decoded[k] = a.conductances(spice[k]);
        return new double[][][] {fast, spice, decoded};
    }

    /** How the arrays' rows are read, in words. */
    String describeRead() {
        return ArrayReadout.forCard(new double[1][1], card, segmentOhms, readVolts).describeRead();
    }

    private double[][] block(double[][] siemens, int r0, int c0) {
        int rows = Math.min(layout.arrayRows(), layout.rows() - r0), cols = Math.min(layout.arrayCols(), layout.columns() - c0);
        double[][] b = new double[rows][cols];
        for (int r = 0; r < rows; r++) System.arraycopy(siemens[r0 + r], c0, b[r], 0, cols);
        return b;
    }
}
