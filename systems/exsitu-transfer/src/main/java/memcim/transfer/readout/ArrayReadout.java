package memcim.transfer.readout;

import java.util.Map;
import memcim.core.InputException;
import memcim.device.DeviceCard;
import memcim.device.array.CellType;
import memcim.device.array.CrossbarReadSpec;
import memcim.device.array.FastArrayModel;
import memcim.device.array.StorageRead;
import memcim.netlist.crossbar.CrossbarBuilder;
import memcim.netlist.crossbar.CrossbarDeck;
import memcim.netlist.crossbar.CrossbarOptions;
import memcim.netlist.crossbar.CrossbarSession;
import memcim.netlist.cell.StorageCell;
import memcim.netlist.crossbar.StorageReadDeck;
import memcim.netlist.crossbar.StorageReadSession;
import memcim.spice.NgSpice;
import memcim.spice.SpiceException;

/**
 * Reads the rows of a programmed conductance array one at a time, as the transfer chip reads its posterior samples:
 * each row is one network instance whose weights the periphery needs one by one, so a row is read as a memory reads
 * a word, not multiplied with an input.
 *
 * <p>How depends on the cell. A 1T1R array is read by its word lines ({@link StorageRead}): row r's access
 * transistors on, the others off, every bit line at the read voltage, every source line sensed at 0 V; each column
 * carries its one selected cell's current through rows + 1 wire segments, whichever the row, and the periphery
 * decodes it exactly ({@link #conductances}). In SPICE the netlist module's {@link StorageReadDeck} is that circuit
 * with switch transistors, whose off-resistance lets the unselected cells leak (what the fast read neglects). A
 * passive 1R array has no word line: row r is driven at the read voltage and the others held at 0 V, every column
 * at 0 V by its sense amplifier, the shared read topology of {@link CrossbarReadSpec} (equal row and column
 * segments), solved by {@link FastArrayModel} and by the netlist module's crossbar deck; its reads lose what the
 * wires take (IR drop along the row and the columns).
 */
public final class ArrayReadout {
    /**
     * The wire resistance per cell pitch the repo's crossbar decks use by default ({@code memcim netlist crossbar}
     * and {@code memcim bench array}, {@code --wire-ohms 1}).
     */
    public static final double REFERENCE_SEGMENT_OHMS = 1.0;
    /** The read voltage of a selected row in the repo's crossbar decks ({@code --read-volts 0.2}). */
    public static final double REFERENCE_READ_VOLTS = 0.2;

    /** Told after each SPICE row read (a 128x128 read takes minutes). */
    @FunctionalInterface
    public interface Listener {
        /** {@code done} of {@code total} rows read, the last one {@code row}. */
        void rowRead(int done, int total, int row);

        Listener NONE = (done, total, row) -> {};
    }

    private final CrossbarReadSpec unselected;
    /** The word-line read of a 1T1R array; null for a 1R array (read by driving the row). */
    private final StorageRead storage;
    private final double readVolts;
    private FastArrayModel fast;

    /**
     * @param conductanceSiemens rows × cols programmed conductances (slope of the cell I-V at 0 V)
     * @param segmentOhms        wire resistance of one row segment and of one column segment
     * @param readVolts          the selected row's voltage (non-zero, finite)
     * @param nonlinearityVolts  V₀ of the cell I-V I = G·V₀·sinh(V/V₀); {@code Double.POSITIVE_INFINITY} for linear cells
     * @param accessOnOhms       on-resistance of the access transistor (ONE_T_ONE_R; ignored for ONE_R)
     */
    public ArrayReadout(double[][] conductanceSiemens, double segmentOhms, double readVolts, CellType cellType,
                        double nonlinearityVolts, double accessOnOhms) {
        if (!Double.isFinite(readVolts) || readVolts == 0) {
            throw new InputException("ArrayReadout.readVolts", "a finite non-zero read voltage", String.valueOf(readVolts));
        }
        if (conductanceSiemens == null || conductanceSiemens.length == 0 || conductanceSiemens[0] == null) {
            throw new InputException("ArrayReadout.conductanceSiemens", "at least one row of conductances",
                    conductanceSiemens == null ? "null" : conductanceSiemens.length == 0 ? "no rows" : "row 0 null");
        }
        int rows = conductanceSiemens.length;
        // the spec checks shape, conductances and ohms and names what is wrong
        unselected = new CrossbarReadSpec(rows, conductanceSiemens[0].length, conductanceSiemens, new double[rows],
                segmentOhms, segmentOhms, cellType, nonlinearityVolts, accessOnOhms);
        this.readVolts = readVolts;
        this.storage = cellType == CellType.ONE_T_ONE_R ? new StorageRead(unselected, readVolts) : null;
    }

    /** Linear 1R cells: the memristor alone, I = G·V. */
    public static ArrayReadout linear(double[][] conductanceSiemens, double segmentOhms, double readVolts) {
        return new ArrayReadout(conductanceSiemens, segmentOhms, readVolts, CellType.ONE_R, Double.POSITIVE_INFINITY, 0);
    }

    /** The card's own cell: its cell type, nonlinearity V₀ and access on-resistance. */
    public static ArrayReadout forCard(double[][] conductanceSiemens, DeviceCard card, double segmentOhms, double readVolts) {
        return new ArrayReadout(conductanceSiemens, segmentOhms, readVolts, card.cellType(), card.nonlinearityVolts(),
                card.cellType() == CellType.ONE_T_ONE_R ? card.accessOnOhms() : 0);
    }

    public int rows() { return unselected.rows(); }

    public int cols() { return unselected.cols(); }

    public double readVolts() { return readVolts; }

    /** How a row is read, in words (for reports). */
    public String describeRead() {
        return storage != null
                ? "by word line: the row's access transistors on, every bit line at " + readVolts + " V, every source line sensed at 0 V, "
                        + "the other rows' transistors off (" + StorageCell.OFF_OHMS + " ohm in SPICE)"
                : "the row driven at " + readVolts + " V, every other row at 0 V, every column held at 0 V";
    }

    /** Column currents (amperes) with {@code row} selected, by the fast model. */
    public double[] fastRow(int row) {
        if (storage != null) return storage.columnCurrents(row);
        return model().columnCurrents(selecting(row));
    }

    /**
     * Column currents of every row read in turn, [row][column], by the fast model. Linear cells: the transfer
     * matrix (one solve per row, per volt) scaled by the read voltage; nonlinear cells: one Newton solve per row on
     * the one model (its solver and scratch reused).
     */
    public double[][] fastRows() {
        if (storage != null) return storage.columnCurrents();
        FastArrayModel m = model();
        if (unselected.linearCells()) {
            double[][] t = m.transferMatrix();
            for (double[] r : t) for (int j = 0; j < r.length; j++) r[j] *= readVolts;
            return t;
        }
        double[][] selections = new double[rows()][];
        for (int r = 0; r < selections.length; r++) selections[r] = selecting(r);
        return m.columnCurrents(selections);
    }

    /**
     * Column currents of the given rows, [k][column] for {@code rows[k]}, by ngspice in-process: the deck is built
     * and loaded once, each row read by altering the row sources and running the operating point.
     *
     * @throws SpiceException naming the array and row when ngspice fails (the engine survives: it resets itself)
     */
    public double[][] spiceRows(int[] rows, Listener progress) {
        if (rows == null) throw new InputException("spiceRows rows", "row indices", "null");
        for (int row : rows) selecting(row);
        Listener listener = progress == null ? Listener.NONE : progress;
        String name = rows() + "x" + cols() + " array readout";
        double[][] out = new double[rows.length][];
        int current = -1;
        try {
            if (storage != null) {
                try (StorageReadSession session = StorageReadSession.open(NgSpice.shared(), StorageReadDeck.build(storage, name), name)) {
                    for (int k = 0; k < rows.length; k++) {
                        current = rows[k];
                        out[k] = session.read(rows[k]);
                        listener.rowRead(k + 1, rows.length, rows[k]);
                    }
                }
                return out;
            }
            CrossbarDeck deck = CrossbarBuilder.build(unselected, CrossbarOptions.defaults().title(name),
                    Map.of("readVolts", Double.toString(readVolts), "read", "one row at a time, the others at 0 V"));
            try (CrossbarSession session = CrossbarSession.open(NgSpice.shared(), deck, name)) {
                for (int k = 0; k < rows.length; k++) {
                    current = rows[k];
                    out[k] = session.read(selecting(rows[k]));
                    listener.rowRead(k + 1, rows.length, rows[k]);
                }
            }
        } catch (SpiceException e) {
            String where = current < 0 ? "loading the deck" : "reading row " + current;
            throw new SpiceException(name + ", " + where + ": " + e.getMessage(), e.ngspiceMessages(), e);
        }
        return out;
    }

    /**
     * The conductances the periphery decodes from one row's column currents: the lone cell that draws each current
     * through its read path (the storage read's access transistor and wires; a 1R cell alone at the read voltage),
     * so an ideal read gives back exactly what was programmed.
     */
    public double[] conductances(double[] currents) {
        if (storage != null) return storage.conductancesOf(currents);
        double[] g = new double[currents.length];
        for (int j = 0; j < g.length; j++) g[j] = StorageRead.conductanceOf(currents[j], readVolts, unselected.nonlinearityVolts(), 0);
        return g;
    }

    /** Row voltages selecting {@code row}: it at the read voltage, the others at 0 V. */
    private double[] selecting(int row) {
        if (row < 0 || row >= rows()) throw new InputException("readout row", "0 to " + (rows() - 1), String.valueOf(row));
        double[] v = new double[rows()];
        v[row] = readVolts;
        return v;
    }

    /** One model per array: built on first use, shared by every later read (thread-safe). */
    private synchronized FastArrayModel model() {
        if (fast == null) fast = new FastArrayModel(unselected);
        return fast;
    }
}
