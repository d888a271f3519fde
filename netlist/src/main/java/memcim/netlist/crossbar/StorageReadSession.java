package memcim.netlist.crossbar;

import memcim.core.InputException;
import memcim.netlist.cell.StorageCell;
import memcim.spice.NgSpice;

/**
 * A {@link StorageReadDeck} loaded once into the in-process ngspice and read row by row: the previous word line
 * lowered and row r's raised (two alters), one {@code op}, the column currents fetched, the plot destroyed. Owns the
 * engine from {@link #open} to {@link #close}, each read under the engine's lock (as {@link CrossbarSession}).
 */
public final class StorageReadSession implements AutoCloseable {
    private final NgSpice ng;
    private final StorageReadDeck deck;
    /** A failed alter leaves the word lines unknown: the next read lowers them all. */
    private static final int UNKNOWN = -2;
    private int selected = -1;
    private boolean open = true;

    private StorageReadSession(NgSpice ng, StorageReadDeck deck) {
        this.ng = ng;
        this.deck = deck;
    }

    public static StorageReadSession open(NgSpice ng, StorageReadDeck deck, String source) {
        ng.loadCircuit(deck.text(), source);
        return new StorageReadSession(ng, deck);
    }

    /** Column currents (amperes, into the sense sources) with row {@code row}'s word line on. */
    public double[] read(int row) {
        int rows = deck.wordSources().size();
        if (row < 0 || row >= rows) throw new InputException("storage read row", "0 to " + (rows - 1), String.valueOf(row));
        synchronized (ng) {
            if (!open) throw new IllegalStateException("storage read session closed: " + deck.netlist().title());
            if (selected != row) {
                int was = selected;
                selected = UNKNOWN; // until the alters below have all gone through
                if (was == UNKNOWN) {
                    for (String w : deck.wordSources()) ng.alter(w, "dc", 0);
                } else if (was >= 0) {
                    ng.alter(deck.wordSources().get(was), "dc", 0);
                }
                ng.alter(deck.wordSources().get(row), "dc", StorageCell.WORD_LINE_VOLTS);
                selected = row;
            }
            return OperatingPoint.read(ng, deck.currents());
        }
    }

    @Override
    public void close() {
        synchronized (ng) {
            if (!open) return;
            open = false;
            ng.removeCircuits();
        }
    }
}
