package memcim.cosim.kernel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import memcim.cosim.analog.ChipDeck;
import memcim.cosim.analog.CellElectrics;
import memcim.cosim.chip.BeatOutcome;
import memcim.cosim.chip.ChipArrays;
import memcim.cosim.chip.ComparatorReadout.Conversion;
import memcim.cosim.energy.AnalogMeasurement;
import memcim.cosim.energy.SourceEnergy;
import memcim.cosim.energy.TechnologyTable;
import memcim.hdl.periphery.ChipDigital;
import memcim.hdl.periphery.ChipSession;
import memcim.hdl.periphery.InferenceResult;
import memcim.hdl.periphery.Timing;
import memcim.hdl.sim.Simulator;
import memcim.hdl.spec.ChipSpec;
import memcim.netlist.crossbar.DeckNames;
import memcim.spice.ExternalSources;
import memcim.spice.NgSpice;
import memcim.spice.SpiceException;

/**
 * Lock-step co-simulation of the chip: the digital periphery (hdl cycle simulator) and ngspice advance together.
 * While the controller reads one array block, that array, its column front ends, the column multiplexer and the
 * SAR ADC's C-DAC and comparator run as one ngspice transient that stops at every clock edge: there the
 * comparator is sampled into the digital model, the digital model steps, and its outputs (word lines, gate
 * enable, column select, DAC switches, DAC reset) set the EXTERNAL sources for the next cycle. Arrays are
 * independent, so each block visit is its own transient; cycles without a conversion need no analog time.
 */
public final class LockStepChip {
    private final ChipSpec chip;
    private final ChipArrays arrays;
    private final CellElectrics cell;
    private final NgSpice ng;
    private final double vdd;
    private final Map<Conversion, Integer> codes = new LinkedHashMap<>();
    private long conversions;
    private double rowJoules, rowDcJoules, wordLineJoules, dacJoules;
    private Waveform firstConversion;
    private Timing timing;
    private DeckNames names;

    /** One conversion's analog waveforms: multiplexed column voltage, DAC and comparator. */
    public record Waveform(double[] timeSeconds, double[] columnVolts, double[] dacVolts, double[] comparatorVolts) {}

    public LockStepChip(ChipSpec chip, ChipArrays arrays, CellElectrics cell, NgSpice ng) {
        this.chip = chip;
        this.arrays = arrays;
        this.cell = cell;
        this.ng = ng;
        this.vdd = TechnologyTable.named(chip.technology()).get("supplyVolts");
    }

    /** Runs beats through the chip in lock-step; {@code digital} may cover fewer samples than the arrays. */
    public List<BeatOutcome> run(ChipDigital digital, List<int[]> features, int[] labels, Runnable onBeat) {
        ChipSession session = new ChipSession(digital);
        timing = digital.config().timing();
        List<BeatOutcome> out = new ArrayList<>();
        for (int b = 0; b < features.size(); b++) {
            out.add(new BeatOutcome(b, labels[b], beat(session, features.get(b))));
            if (onBeat != null) onBeat.run();
        }
        return out;
    }

    private InferenceResult beat(ChipSession session, int[] x) {
        Simulator sim = session.simulator();
        session.loadFeatures(x);
        sim.poke("start", 1);
        session.step();
        sim.poke("start", 0);
        long t0 = sim.cycle() - 1;
        while (sim.peek("done") == 0) {
            if (session.adcBusy()) visitBlock(session, session.sample(), session.layer());
            else session.step();
        }
        InferenceResult r = new InferenceResult((int) sim.peek("pred"), (int) sim.peek("u_p"), (int) sim.peek("u_a"),
                (int) sim.peekSigned("u_e"), sim.cycle() - t0);
        session.step();
        return r;
    }

    /** One transient for the controller's stay on a block: every clock edge exchanges values with the digital side. */
    private void visitBlock(ChipSession session, int sample, int layer) {
        ChipArrays.Placement place = arrays.place(sample, layer);
        int neurons = layer == 0 ? chip.network().hidden() : chip.network().outputs();
        int bits = chip.adc().bits();
        // the block's neurons, then the softmax after layer 2, and a few edges of margin: the controller leaves
        // the block (and the transient stops exchanging) on the edge where its sample or layer changes
        int edges = neurons * timing.neuronCycles() + timing.softmaxCycles() + 4;
        double period = chip.clockPeriodSeconds();
        String title = arrays.name(place.array()) + "-lockstep";
        var deck = ChipDeck.build(chip, arrays.conductanceSiemens(place.array()), cell, ChipDeck.Drive.LOCKSTEP,
                (edges + 2) * period, title);
        ng.loadCircuit(deck.text(), title + ".cir");
        names = deck.names();
        Drives drives = new Drives(chip.array().rows(), names);
        // the transient starts idle (DAC discharged, lines off) and the digital outputs are applied at the first
        // instant: starting with the trial word already on the switches would make the operating point charge the
        // DAC capacitors to it, and the DAC would show 0 V for the conversion under way
        drives.idle();
        Recorder rec = new Recorder(bits);
        double[] instants = new double[edges + 1];
        for (int e = 0; e <= edges; e++) instants[e] = (e + 1) * period;
        boolean[] inside = {true};
        boolean[] first = {true};
        ng.setExternalSources(drives);
        try {
            ng.runLockStep(instants, (t, engine) -> {
                if (first[0]) {
                    first[0] = false;
                    drives.apply(session, place.rowOffset());
                    rec.observe(session);
                    return;
                }
                if (!inside[0]) return;
                boolean cmp = engine.latestValue(names.comparator()) > vdd / 2;
                session.setComparator(cmp);
                rec.decide(session, cmp);
                session.step();
                if (session.simulator().peek("done") != 0 || session.sample() != sample || session.layer() != layer) {
                    inside[0] = false;
                    drives.idle();
                    return;
                }
                drives.apply(session, place.rowOffset());
                rec.observe(session);
            });
        } finally {
            ng.setExternalSources(null);
        }
        // still on the block when the transient ended (the softmax, say): the caller's loop carries on
        measure(place.rowOffset());
        codes.putAll(rec.codes);
        conversions += rec.codes.size();
    }

    private void measure(int rowOffset) {
        double[] time = ng.realVector("time");
        int rows = chip.array().rows(), cols = chip.array().columns();
        double[] vOn = new double[time.length];
        for (int i = 0; i < rows; i++) {
            double[] v = ng.realVector(names.rowNodes().get(i));
            // VROW<i> is a 0 V meter from the driver into the row: the driver delivers v·i(VROW)
            rowJoules -= SourceEnergy.delivered(time, v, ng.realVector(names.rowCurrents().get(i)));
            for (int k = 0; k < v.length; k++) vOn[k] = Math.max(vOn[k], v[k]);
        }
        // the DC conduction over the same waveform: V_read x Σ column currents the front ends sense (no charging)
        double[] iCols = ng.realVector(names.columnSum());
        double rf = chip.adc().transimpedanceOhms();
        for (int k = 0; k < iCols.length; k++) iCols[k] /= rf; // Σ fe = −I·Rf: delivered = −v·i with i = Σfe/Rf
        rowDcJoules += SourceEnergy.delivered(time, vOn, iCols);
        wordLineJoules += SourceEnergy.delivered(time, ng.realVector(names.wordLineNode()),
                ng.realVector(names.wordLineCurrent()));
        for (int k = 0; k < chip.adc().bits(); k++) {
            dacJoules -= SourceEnergy.delivered(time, ng.realVector(names.dacSwitchNodes().get(k)),
                    ng.realVector(names.dacSwitchCurrents().get(k))); // VD<k> in the C-DAC: 0 V meter, as the rows'
        }
        if (firstConversion == null) firstConversion = crop(time, ng.realVector(names.mux()), ng.realVector(names.dac()),
                ng.realVector(names.comparator()));
    }

    // the first conversion: from one cycle before the DAC first rises to the end of its read
    private Waveform crop(double[] t, double[] mux, double[] dac, double[] cmp) {
        double period = chip.clockPeriodSeconds();
        int k0 = 0;
        while (k0 < dac.length && dac[k0] < 0.01) k0++;
        double start = Math.max(0, (k0 < t.length ? t[k0] : 0) - period);
        double end = start + (1 + timing.readCycles()) * period;
        List<Integer> idx = new ArrayList<>();
        for (int k = 0; k < t.length; k++) if (t[k] >= start && t[k] <= end) idx.add(k);
        double[] tt = new double[idx.size()], a = new double[idx.size()], b = new double[idx.size()], c = new double[idx.size()];
        for (int n = 0; n < idx.size(); n++) {
            int k = idx.get(n);
            tt[n] = t[k] - start;
            a[n] = mux[k];
            b[n] = dac[k];
            c[n] = cmp[k];
        }
        return new Waveform(tt, a, b, c);
    }

    public Map<Conversion, Integer> codes() { return codes; }

    public AnalogMeasurement measurement() {
        return new AnalogMeasurement(Math.max(1, conversions), rowJoules, rowDcJoules, wordLineJoules, dacJoules);
    }

    public Waveform firstConversion() { return firstConversion; }

    /** Follows the SAR's decisions per conversion to record its code under the conversion's identity. */
    private static final class Recorder {
        private final int bits;
        final Map<Conversion, Integer> codes = new HashMap<>();
        private Conversion current;
        private int decided;
        private int code;

        Recorder(int bits) { this.bits = bits; }

        void observe(ChipSession s) {
            if (s.adcBusy() && s.dacCode() == 1 << (bits - 1) && current == null) {
                current = new Conversion(s.sample(), s.layer(), s.wordLines(), s.column());
                decided = 0;
                code = 0;
            }
        }

        void decide(ChipSession s, boolean cmp) {
            if (current == null) return;
            if (cmp) code |= 1 << (bits - 1 - decided);
            if (++decided == bits) {
                codes.put(current, code);
                current = null;
            }
        }
    }

    /** The EXTERNAL sources' values, set from the digital outputs at each edge, read by ngspice at every load. */
    private final class Drives implements ExternalSources {
        private final DeckNames n;
        private final double[] words;
        private double select = -1, dacWord, gate, reset;

        Drives(int rows, DeckNames n) {
            if (rows > 32) throw new SpiceException("lock-step decks drive at most 32 rows, found " + rows);
            this.n = n;
            this.words = new double[n.wordSources().size()];
        }

        void apply(ChipSession s, int rowOffset) {
            long wl = s.wordLines() << rowOffset;
            long mask = (1L << n.bitsPerWord()) - 1;
            for (int k = 0; k < words.length; k++) words[k] = (wl >>> (k * n.bitsPerWord())) & mask;
            select = s.column();
            dacWord = s.adcBusy() ? s.dacCode() : 0;
            gate = s.simulator().peek("sl_en") != 0 ? chip.array().gateVolts() : 0;
            reset = s.adcBusy() ? 0 : vdd; // discharge the C-DAC between conversions
        }

        void idle() {
            java.util.Arrays.fill(words, 0);
            dacWord = gate = 0;
            select = -1;
            reset = vdd;
        }

        @Override
        public double voltage(String sourceName, double timeSeconds) {
            for (int k = 0; k < words.length; k++) if (sourceName.equals(n.wordSources().get(k))) return words[k];
            if (sourceName.equals(n.select())) return select;
            if (sourceName.equals(n.dacWord())) return dacWord;
            if (sourceName.equals(n.wordLine())) return gate;
            if (sourceName.equals(n.reset())) return reset;
            throw new SpiceException("the deck asked for unknown EXTERNAL source " + sourceName);
        }
    }
}
