package memcim.cosim.chip;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import memcim.cosim.analog.ChipDeck;
import memcim.cosim.analog.CellElectrics;
import memcim.hdl.periphery.BitSerialSequencer;
import memcim.hdl.periphery.ChipReference;
import memcim.hdl.periphery.ClippedRelu;
import memcim.hdl.spec.ChipSpec;
import memcim.netlist.crossbar.DeckNames;
import memcim.spice.NgSpice;

/**
 * Transaction-level sensing in ngspice: an array with its column front ends is loaded, each read sets the row
 * sources with {@code alter} (only those that changed) and solves the operating point; the front-end outputs are
 * read back. {@link #prefetch} visits the arrays in order, loading each once for a whole batch of beats: layer 1
 * for every beat first, then (with the hidden codes the digital reference derives from those reads) layer 2;
 * reads not prefetched are solved on demand. Not thread-safe: ngspice is one engine per process.
 */
public final class SpiceSensing implements ColumnSensing {
    private final ChipSpec chip;
    private final ChipArrays arrays;
    private final CellElectrics cell;
    private final NgSpice ng;
    private int loaded = -1;
    private DeckNames names;
    private double[] applied;
    private long solves;
    private long loads;
    private long solveNanos;
    private final Map<Read, double[]> table = new HashMap<>();

    private record Read(int sample, int layer, long wordLines) {}

    public SpiceSensing(ChipSpec chip, ChipArrays arrays, CellElectrics cell, NgSpice ng) {
        this.chip = chip;
        this.arrays = arrays;
        this.cell = cell;
        this.ng = ng;
    }

    @Override
    public synchronized double[] sensedVolts(int sample, int layer, long wordLines) {
        double[] known = table.get(new Read(sample, layer, wordLines));
        return known != null ? known : solve(sample, layer, wordLines);
    }

    /** Solves every read of these beats, array by array (each array loaded once). */
    public synchronized void prefetch(List<int[]> features, memcim.hdl.periphery.PeripheryConfig digital) {
        int bits = digital.bits();
        for (int s = 0; s < digital.samples(); s++) {
            for (int[] x : features) {
                for (int p = 0; p < bits; p++) remember(s, 0, BitSerialSequencer.wordLines(x, p));
            }
        }
        ComparatorReadout fromTable = new ComparatorReadout(chip, this);
        for (int s = 0; s < digital.samples(); s++) {
            for (int[] x : features) {
                int[] hidden = new int[digital.hidden()];
                for (int j = 0; j < hidden.length; j++) {
                    hidden[j] = ClippedRelu.reference(ChipReference.neuron(digital, s, 0, j, x, fromTable),
                            digital.reluShift(), bits);
                }
                for (int p = 0; p < bits; p++) remember(s, 1, BitSerialSequencer.wordLines(hidden, p));
            }
        }
    }

    private void remember(int sample, int layer, long wordLines) {
        Read r = new Read(sample, layer, wordLines);
        if (!table.containsKey(r)) table.put(r, solve(sample, layer, wordLines));
    }

    private double[] solve(int sample, int layer, long wordLines) {
        ChipArrays.Placement p = arrays.place(sample, layer);
        if (loaded != p.array()) {
            var deck = ChipDeck.build(chip, arrays.conductanceSiemens(p.array()), cell, ChipDeck.Drive.OPERATING_POINT, 0,
                    arrays.name(p.array()));
            ng.loadCircuit(deck.text(), arrays.name(p.array()) + ".cir");
            names = deck.names();
            loaded = p.array();
            applied = new double[chip.array().rows()];
            loads++;
        }
        double[] volts = arrays.rowVolts(wordLines, p.rowOffset());
        for (int i = 0; i < volts.length; i++) {
            // alter only what changed: each alter is a round trip through ngspice's command parser
            if (volts[i] != applied[i]) {
                ng.alter(names.rowSources().get(i), "dc", volts[i]);
                applied[i] = volts[i];
            }
        }
        long t0 = System.nanoTime();
        ng.command("op");
        int cols = chip.array().columns();
        double[] sensed = new double[cols];
        for (int j = 0; j < cols; j++) sensed[j] = -ng.realVector(names.outputNodes().get(j))[0];
        // each op adds a plot; dropping them keeps ngspice's plot list (and memory) from growing with every read
        ng.command("destroy all");
        solves++;
        solveNanos += System.nanoTime() - t0;
        return sensed;
    }

    public long solves() { return solves; }

    public long loads() { return loads; }

    /** Mean wall time of one read (op and the front-end voltages read back), seconds. */
    public double secondsPerSolve() { return solves == 0 ? 0 : solveNanos / 1e9 / solves; }

    @Override
    public String describe() { return "ngspice operating points (array loaded once per visit, rows set with alter)"; }
}
