package memcim.netlist.cell;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import memcim.core.InputException;
import memcim.netlist.Analysis;
import memcim.netlist.Instance;
import memcim.netlist.Netlist;
import memcim.netlist.SourceValue;
import memcim.netlist.SubcktFactory;
import memcim.netlist.Value;
import memcim.netlist.VoltageSource;

/**
 * A 1T1R array for parallel pulse updates, every line an EXTERNAL source the host drives in lock-step: word line
 * {@code wl<i>} on the gates of row i, bit line {@code bl<c>} and source line {@code sl<c>} along column c (both per
 * column, so a SET can pick columns by their bit lines and a RESET by their source lines). Cell (i, c) is the compact
 * model ({@link OneTOneRCompactModel}) starting at the state of its conductance; its state is {@link #stateVector}.
 *
 * @param text        the deck
 * @param wordLines   EXTERNAL source names of the word lines, lower case as the callback sees them
 * @param bitLines    of the bit lines
 * @param sourceLines of the source lines
 */
public record PulsedArrayDeck(String text, List<String> wordLines, List<String> bitLines, List<String> sourceLines) {

    /** The state vector of cell (row, column): normalised gap, 0 SET .. 1 RESET. */
    public static String stateVector(int row, int column) {
        return String.format(Locale.ROOT, "v(xc_%d_%d.%s)", row, column, OneTOneRCompactModel.STATE_NODE);
    }

    /**
     * @param siemens      the cells' conductances before the run, [row][column]
     * @param stopSeconds  the transient's length
     * @param maxStepSeconds the largest time step (resolves the drivers' edges)
     */
    public static PulsedArrayDeck of(CompactModelParameters p, double[][] siemens, double stopSeconds, double maxStepSeconds) {
        int rows = siemens.length, cols = rows == 0 ? 0 : siemens[0].length;
        if (rows < 1 || cols < 1) throw new InputException("pulsed array", "at least 1 x 1 cells", rows + " x " + cols);
        Netlist n = new Netlist("1T1R array " + rows + " x " + cols + " for a parallel pulse update");
        n.header("drive", "every word, bit and source line an EXTERNAL source, set in lock-step by the host");
        SubcktFactory factory = new SubcktFactory();
        List<String> wl = new ArrayList<>(), bl = new ArrayList<>(), sl = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            n.add(new VoltageSource("VWL" + i, "wl" + i, "0", new SourceValue.External()));
            wl.add("vwl" + i);
        }
        for (int c = 0; c < cols; c++) {
            n.add(new VoltageSource("VBL" + c, "bl" + c, "0", new SourceValue.External()));
            n.add(new VoltageSource("VSL" + c, "sl" + c, "0", new SourceValue.External()));
            bl.add("vbl" + c);
            sl.add("vsl" + c);
        }
        for (int i = 0; i < rows; i++) {
            if (siemens[i].length != cols) throw new InputException("pulsed array row " + i, cols + " cells", siemens[i].length + " cells");
            for (int c = 0; c < cols; c++) {
                n.add(new Instance("XC_" + i + "_" + c, OneTOneRCompactModel.subckt(factory, p), List.of("bl" + c, "wl" + i, "sl" + c),
                        Map.of("s0", Value.of(p.state(siemens[i][c])))));
                n.save(stateVector(i, c));
            }
        }
        n.analysis(new Analysis.Tran(maxStepSeconds, stopSeconds, 0, maxStepSeconds, false));
        return new PulsedArrayDeck(n.render(), List.copyOf(wl), List.copyOf(bl), List.copyOf(sl));
    }
}
