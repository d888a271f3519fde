package memcim.netlist.crossbar;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import memcim.core.Generator;
import memcim.device.array.CrossbarReadSpec;
import memcim.device.array.StorageRead;
import memcim.netlist.Analysis;
import memcim.netlist.Instance;
import memcim.netlist.Netlist;
import memcim.netlist.Passive;
import memcim.netlist.SpiceNumber;
import memcim.netlist.Subckt;
import memcim.netlist.SubcktFactory;
import memcim.netlist.Value;
import memcim.netlist.VoltageSource;
import memcim.netlist.cell.StorageCell;

/**
 * The SPICE deck of a {@link StorageRead}: the circuit its javadoc describes, with real word-line selection. Word
 * line i is source {@code VWL<i>} (all at 0 V as built: {@link StorageReadSession} raises one per read), bit line j
 * driven by {@code VBL<j>} at the read voltage through its wire segments {@code RB<j>_<i>}, source line j through
 * {@code RS<j>_<i>} into the sense source {@code VSL<j>} at 0 V, whose current is the column current; cells
 * {@code XC<i>_<j>} ({@link StorageCell}). A segment of 0 Ω merges its two nodes. One {@code .op}.
 *
 * @param wordSources  {@code VWL<i>}, row by row
 * @param currents     the column current vectors, {@code i(vsl<j>)}
 */
public record StorageReadDeck(Netlist netlist, StorageRead read, List<String> wordSources, List<String> currents) {
    /**
     * ngspice's default reltol 1e-3 stops Newton on the sinh cells 3-4e-6 (relative) short of the operating point
     * (measured on a 16 x 6 hfox-like array); at 1e-7 what remains is the off switches' leakage, which is the
     * difference the deck is there to show.
     */
    public static final double RELTOL = 1e-7;

    public static StorageReadDeck build(StorageRead read, String title) {
        CrossbarReadSpec a = read.array();
        int rows = a.rows(), cols = a.cols();
        double r = a.colSegmentOhms();
        Netlist deck = new Netlist(title);
        deck.option("reltol", RELTOL);
        deck.header("generator", Generator.id());
        deck.header("read", "1T1R storage read: one word line on, every bit line at " + SpiceNumber.format(read.readVolts())
                + " V, every source line sensed at 0 V");
        deck.header("array", rows + " x " + cols + ", " + SpiceNumber.format(r) + " ohm per segment of bit and source lines");
        SubcktFactory factory = new SubcktFactory();
        Subckt cell = StorageCell.subckt(factory, a.nonlinearityVolts(), a.accessOnOhms());
        List<String> words = new ArrayList<>(), currents = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            deck.add(new VoltageSource("VWL" + i, "wl" + i, "0", 0));
            words.add("VWL" + i);
        }
        for (int j = 0; j < cols; j++) {
            deck.add(new VoltageSource("VBL" + j, "bt" + j, "0", read.readVolts()));
            for (int i = 0; i < rows; i++) {
                if (r > 0) {
                    deck.add(Passive.resistor("RB" + j + "_" + i, i == 0 ? "bt" + j : bitNode(i - 1, j, r), bitNode(i, j, r), r));
                    deck.add(Passive.resistor("RS" + j + "_" + i, sourceNode(i, j, r), i < rows - 1 ? sourceNode(i + 1, j, r) : "sb" + j, r));
                }
                deck.add(new Instance("XC" + i + "_" + j, cell, List.of(bitNode(i, j, r), sourceNode(i, j, r), "wl" + i),
                        Map.of("g", Value.of(a.conductance(i, j)))));
            }
            VoltageSource sense = new VoltageSource("VSL" + j, "sb" + j, "0", 0);
            deck.add(sense);
            currents.add(sense.currentVector());
        }
        deck.analysis(new Analysis.Op());
        return new StorageReadDeck(deck, read, List.copyOf(words), List.copyOf(currents));
    }

    /** The deck for ngspice in-process (no control block). */
    public String text() { return netlist.render(); }

    private static String bitNode(int i, int j, double ohms) { return ohms > 0 ? "b" + i + "_" + j : "bt" + j; }

    private static String sourceNode(int i, int j, double ohms) { return ohms > 0 ? "s" + i + "_" + j : "sb" + j; }
}
