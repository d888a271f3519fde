package memcim.netlist.crossbar;

import java.util.Arrays;
import memcim.core.InputException;
import memcim.spice.NgSpice;

/**
 * A crossbar deck loaded once into the in-process ngspice and read for any number of row-voltage vectors: the row
 * sources whose value changes are altered, the deck's {@code .op} is run, and the column currents are fetched. The
 * deck is parsed once; each read costs one operating point (for large arrays almost all of it ngspice's matrix
 * reordering, which every {@code op} repeats).
 *
 * <p>ngspice is one engine per JVM: a session owns it from {@link #open} to {@link #close}, and each read holds the
 * engine's lock for its alter-run-fetch sequence so another thread cannot interleave a command. Loading another
 * circuit meanwhile (from this thread) would silently read that circuit instead; don't.
 */
public final class CrossbarSession implements AutoCloseable {
    private final NgSpice ng;
    private final CrossbarDeck deck;
    private final double[] applied;
    private boolean open = true;

    private CrossbarSession(NgSpice ng, CrossbarDeck deck) {
        this.ng = ng;
        this.deck = deck;
        this.applied = deck.sidecar().rowSourceVolts().clone();
    }

    /**
     * Loads {@code deck} ({@code source} names it in ngspice's errors). Only a deck whose row sources are the row
     * voltages and whose columns have current meters can be read this way: ideal drivers, the OP read mode.
     */
    public static CrossbarSession open(NgSpice ng, CrossbarDeck deck, String source) {
        CrossbarSidecar s = deck.sidecar();
        if (!Drivers.IDEAL.name().equals(s.drivers()) || !ReadMode.OP.name().equals(s.readMode())) {
            throw new InputException("crossbar deck " + source, "ideal drivers and the OP read mode (rows altered per read)",
                    s.drivers() + " drivers, " + s.readMode());
        }
        if (s.columnCurrentVectors().size() != s.cols()) {
            throw new InputException("crossbar deck " + source, "a current meter per column (sense meters on)",
                    s.columnCurrentVectors().size() + " meters for " + s.cols() + " columns");
        }
        if (deck.names().wordSources().size() > 0) {
            throw new InputException("crossbar deck " + source, "a source per row", "EXTERNAL word sources");
        }
        ng.loadCircuit(deck.text(), source);
        return new CrossbarSession(ng, deck);
    }

    public CrossbarDeck deck() { return deck; }

    /** Column currents (amperes, positive from the array into the sense node) with the rows at {@code rowVolts}. */
    public double[] read(double[] rowVolts) {
        int rows = deck.sidecar().rows();
        if (rowVolts == null || rowVolts.length != rows) {
            throw new InputException("rowVolts", rows + " values", rowVolts == null ? "null" : rowVolts.length + " values");
        }
        for (int i = 0; i < rows; i++) {
            if (!Double.isFinite(rowVolts[i])) throw new InputException("rowVolts[" + i + "]", "a finite voltage", String.valueOf(rowVolts[i]));
        }
        synchronized (ng) {
            if (!open) throw new IllegalStateException("crossbar session closed: " + deck.sidecar().deck());
            for (int i = 0; i < rows; i++) {
                if (rowVolts[i] != applied[i]) {
                    // mark unknown first: if alter throws, the next read must not trust this row's value
                    applied[i] = Double.NaN;
                    ng.alter(deck.sidecar().rowSources().get(i), "dc", rowVolts[i]);
                    applied[i] = rowVolts[i];
                }
            }
            return OperatingPoint.read(ng, deck.sidecar().columnCurrentVectors());
        }
    }

    /** The row voltages the loaded circuit holds now (NaN for a row whose alter failed). */
    public double[] appliedRowVolts() {
        synchronized (ng) {
            return Arrays.copyOf(applied, applied.length);
        }
    }

    /** Removes the circuit from ngspice. */
    @Override
    public void close() {
        synchronized (ng) {
            if (!open) return;
            open = false;
            ng.removeCircuits();
        }
    }
}
