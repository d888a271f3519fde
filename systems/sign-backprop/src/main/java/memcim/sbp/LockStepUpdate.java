package memcim.sbp;

import memcim.device.PulseConditions;
import memcim.hdl.periphery.PairColumnDriver;
import memcim.hdl.periphery.PulseScheduler;
import memcim.hdl.sim.Simulator;
import memcim.netlist.cell.CompactModelParameters;
import memcim.netlist.cell.PulsedArrayDeck;
import memcim.spice.ExternalSources;
import memcim.spice.NgSpice;

/**
 * One parallel update of a small differential 1T1R array co-simulated in lock-step: the Java HDL's {@link PulseScheduler}
 * and {@link PairColumnDriver}, clocked in memcim's simulator, drive the EXTERNAL word-, bit- and source-line sources
 * of an ngspice array ({@link PulsedArrayDeck}) at every clock edge; the conductances after the pulses are read from the
 * cells' states. The line drivers slew: a line moves linearly to its new level over {@link #EDGE_SECONDS}, the ramps of
 * the calibration's pulses ({@code CellPulseDeck}), so a window of n clock cycles is a pulse with a plateau n·T − edge.
 */
public final class LockStepUpdate {
    /** The drivers' edge: the calibration pulses' ramps. */
    public static final double EDGE_SECONDS = 10e-9;
    /** The scheduler's clock: 2 ns resolves the card's 2 ns RESET plateau. */
    public static final double CLOCK_SECONDS = 2e-9;

    private LockStepUpdate() {}

    /** The scheduler's windows for a card's pulse conditions at {@link #CLOCK_SECONDS}: SET, RESET and gap in cycles. */
    public static int[] windows(PulseConditions c) {
        return new int[] {cycles(c.setSeconds() + EDGE_SECONDS), cycles(c.resetSeconds() + EDGE_SECONDS), cycles(EDGE_SECONDS)};
    }

    /** The same windows rounded up to whole cycles, as a scheduler for any card's pulses would (for timing estimates). */
    public static int[] windowsAtLeast(PulseConditions c) {
        return new int[] {atLeast(c.setSeconds() + EDGE_SECONDS), atLeast(c.resetSeconds() + EDGE_SECONDS), atLeast(EDGE_SECONDS)};
    }

    private static int atLeast(double seconds) {
        return (int) Math.max(1, Math.ceil(seconds / CLOCK_SECONDS - 1e-6));
    }

    private static int cycles(double seconds) {
        double n = seconds / CLOCK_SECONDS;
        if (Math.abs(n - Math.rint(n)) > 1e-6)
            throw new memcim.core.InputException("pulse conditions", "widths that are whole cycles of the " + CLOCK_SECONDS + " s clock once "
                    + "the " + EDGE_SECONDS + " s edge is added", seconds + " s");
        return (int) Math.rint(n);
    }

    /**
     * @param siemens  conductances before, [row][line], pairs in adjacent lines (G⁺ at 2j, G⁻ at 2j + 1)
     * @param x        the rows' input bits
     * @param delta    each pair's error (−1, 0, +1)
     * @return the conductances after the update, same layout
     */
    public static double[][] run(CompactModelParameters p, PulseConditions c, double[][] siemens, int[] x, int[] delta, int pulses) {
        int rows = siemens.length, lines = siemens[0].length, pairs = lines / 2;
        int[] w = windows(c);
        PulseScheduler schedulerModule = new PulseScheduler(w[0], w[1], w[2], 4);
        Simulator scheduler = new Simulator(schedulerModule);
        Simulator columns = new Simulator(new PairColumnDriver(pairs));
        long pos = 0, neg = 0;
        for (int j = 0; j < pairs; j++) {
            if (delta[j] > 0) pos |= 1L << j;
            if (delta[j] < 0) neg |= 1L << j;
        }
        columns.poke("err_pos", pos);
        columns.poke("err_neg", neg);
        long edges = schedulerModule.cycles(pulses) + 2;
        double stop = (edges + 2) * CLOCK_SECONDS + EDGE_SECONDS;
        PulsedArrayDeck deck = PulsedArrayDeck.of(p, siemens, stop, CLOCK_SECONDS / 8);
        Drivers drivers = new Drivers(deck, rows, lines);
        double[] instants = new double[(int) edges];
        for (int e = 0; e < edges; e++) instants[e] = (e + 1) * CLOCK_SECONDS;
        NgSpice ng = NgSpice.shared();
        ng.loadCircuit(deck.text(), "pulsed-array-lockstep.cir");
        ng.setExternalSources(drivers);
        double[][] after = new double[rows][lines];
        try {
            scheduler.poke("pulses", pulses);
            scheduler.poke("start", 1);
            ng.runLockStep(instants, (t, engine) -> {
                scheduler.step();
                scheduler.poke("start", 0);
                columns.poke("set_en", scheduler.peek("set_en"));
                columns.poke("reset_en", scheduler.peek("reset_en"));
                columns.settle();
                boolean on = scheduler.peek("wl_en") == 1, set = scheduler.peek("set_en") == 1;
                long bl = columns.peek("bl_set"), sl = columns.peek("sl_reset");
                for (int i = 0; i < rows; i++) drivers.target(drivers.wl[i], on && x[i] == 1 ? (set ? c.setGateVolts() : c.resetGateVolts()) : 0, t);
                for (int l = 0; l < lines; l++) {
                    drivers.target(drivers.bl[l], (bl >> l & 1) == 1 ? c.setBitLineVolts() : 0, t);
                    drivers.target(drivers.sl[l], (sl >> l & 1) == 1 ? c.resetSourceLineVolts() : 0, t);
                }
            });
            for (int i = 0; i < rows; i++)
                for (int l = 0; l < lines; l++) {
                    double[] s = ng.realVector(PulsedArrayDeck.stateVector(i, l));
                    after[i][l] = p.conductanceSiemens(s[s.length - 1]);
                }
        } finally {
            ng.setExternalSources(null);
            ng.removeCircuits();
        }
        return after;
    }

    /** The slewing line drivers behind the EXTERNAL sources: each moves linearly to its latest target over one edge. */
    private static final class Drivers implements ExternalSources {
        final int[] wl, bl, sl;
        private final java.util.Map<String, Integer> index = new java.util.HashMap<>();
        private final double[] from, to, since;

        Drivers(PulsedArrayDeck deck, int rows, int lines) {
            int n = rows + 2 * lines;
            from = new double[n];
            to = new double[n];
            since = new double[n];
            wl = new int[rows];
            bl = new int[lines];
            sl = new int[lines];
            int k = 0;
            for (int i = 0; i < rows; i++) { wl[i] = k; index.put(deck.wordLines().get(i), k++); }
            for (int l = 0; l < lines; l++) { bl[l] = k; index.put(deck.bitLines().get(l), k++); }
            for (int l = 0; l < lines; l++) { sl[l] = k; index.put(deck.sourceLines().get(l), k++); }
        }

        /** From {@code t} on, source {@code k} heads for {@code volts}. */
        synchronized void target(int k, double volts, double t) {
            if (volts == to[k]) return;
            from[k] = level(k, t);
            to[k] = volts;
            since[k] = t;
        }

        private double level(int k, double t) {
            double f = Math.min(1, Math.max(0, (t - since[k]) / EDGE_SECONDS));
            return from[k] + (to[k] - from[k]) * f;
        }

        @Override
        public synchronized double voltage(String sourceName, double timeSeconds) {
            Integer k = index.get(sourceName);
            return k == null ? 0 : level(k, timeSeconds);
        }
    }
}
