package memcim.cosim.kernel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import memcim.cosim.analog.ArrayDeck;
import memcim.cosim.config.ChipConfig;
import memcim.cosim.digital.SarLogic;
import memcim.cosim.energy.SourceEnergy;
import memcim.spice.ExternalSources;
import memcim.spice.NgSpice;
import memcim.spice.SpiceException;

/**
 * Lock-step co-simulation of one array with its column SAR ADCs: ngspice runs the transient of the array, front
 * ends, C-DACs and comparators; at every clock edge it pauses and the digital model (the SAR logic of each
 * column and the read sequencer) samples the comparators and sets the EXTERNAL sources for the next cycle: the
 * row read voltages, the word line and the DAC switches.
 */
public final class LockStepArray {
    private final ChipConfig chip;
    private final ReadPhases schedule;
    private final double vdd;

    public LockStepArray(ChipConfig chip, double supplyVolts) {
        this.chip = chip;
        this.schedule = ReadPhases.of(chip);
        this.vdd = supplyVolts;
    }

    /**
     * Runs the phases: {@code rowPatterns.get(p)[i]} says whether row i is read (V_read) in phase p.
     *
     * @param sarFactory one SAR logic per column (index given)
     */
    public ArrayRun run(NgSpice ng, double[][] conductanceSiemens, double accessOhms, List<boolean[]> rowPatterns,
                        IntFunction<SarLogic> sarFactory, String title) {
        int rows = conductanceSiemens.length;
        int cols = conductanceSiemens[0].length;
        int bits = chip.adc().bits();
        int phases = rowPatterns.size();
        String deck = ArrayDeck.render(chip, conductanceSiemens, accessOhms, ArrayDeck.Drive.LOCKSTEP,
                schedule.stopSeconds(phases), title);
        ng.loadCircuit(deck, title);

        Drives drives = new Drives(rows, cols, bits, chip.adc().vRefVolts());
        SarLogic[] sar = new SarLogic[cols];
        for (int j = 0; j < cols; j++) sar[j] = sarFactory.apply(j);
        int[][] codes = new int[phases][cols];
        String[] comparators = new String[cols];
        for (int j = 0; j < cols; j++) comparators[j] = ArrayDeck.comparatorNode(j);
        int settle = schedule.settleCycles();
        int perPhase = schedule.cyclesPerPhase();

        ng.setExternalSources(drives);
        try {
            int reached = ng.runLockStep(schedule.edges(phases), (t, engine) -> {
                int edge = (int) Math.round(t / schedule.periodSeconds()) - 1;
                int phase = edge / perPhase;
                int step = edge % perPhase;
                if (phase >= phases) return; // closing edge
                if (step == 0) {
                    boolean[] pattern = rowPatterns.get(phase);
                    for (int i = 0; i < rows; i++) drives.row(i, pattern[i] ? chip.read().vReadVolts() : 0);
                    drives.wordLine(chip.array().gateVolts());
                    drives.reset(vdd);
                    for (int j = 0; j < cols; j++) {
                        sar[j].start();
                        drives.dac(j, 0);
                    }
                } else if (step == settle) {
                    drives.reset(0);
                    for (int j = 0; j < cols; j++) drives.dac(j, sar[j].dacCode());
                } else if (step > settle) {
                    for (int j = 0; j < cols; j++) {
                        sar[j].decide(engine.latestValue(comparators[j]) > vdd / 2);
                        drives.dac(j, sar[j].done() ? 0 : sar[j].dacCode());
                    }
                    if (step == perPhase - 1) {
                        for (int j = 0; j < cols; j++) codes[phase][j] = sar[j].code();
                        for (int i = 0; i < rows; i++) drives.row(i, 0);
                        drives.wordLine(0);
                    }
                }
            });
            if (reached < schedule.edges(phases).length) {
                throw new SpiceException("lock-step reached " + reached + " of " + schedule.edges(phases).length
                        + " clock edges of " + title);
            }
        } finally {
            ng.setExternalSources(null);
        }
        return new ArrayRun(codes, phaseEnergies(ng, rows, cols, bits, phases), waveforms(ng));
    }

    private List<PhaseEnergy> phaseEnergies(NgSpice ng, int rows, int cols, int bits, int phases) {
        double[] time = ng.realVector("time");
        double[][] rowV = new double[rows][], rowI = new double[rows][];
        for (int i = 0; i < rows; i++) {
            rowV[i] = ng.realVector(ArrayDeck.rowNode(i));
            rowI[i] = ng.realVector(ArrayDeck.rowSource(i) + "#branch");
        }
        double[] wlV = ng.realVector("wl");
        double[] wlI = ng.realVector(ArrayDeck.wordLineSource() + "#branch");
        double[][] dacV = new double[cols * bits][], dacI = new double[cols * bits][];
        for (int j = 0; j < cols; j++) {
            for (int k = 0; k < bits; k++) {
                dacV[j * bits + k] = ng.realVector("sw" + j + "_" + k);
                dacI[j * bits + k] = ng.realVector(ArrayDeck.dacSwitch(j, k) + "#branch");
            }
        }
        double[][] feI = new double[cols][];
        for (int j = 0; j < cols; j++) feI[j] = absolute(ng.realVector(ArrayDeck.frontEndSource(j) + "#branch"));
        double[] minusOne = new double[time.length];
        java.util.Arrays.fill(minusOne, -1);
        List<PhaseEnergy> out = new ArrayList<>();
        for (int p = 0; p < phases; p++) {
            double t0 = schedule.phaseStart(p), t1 = t0 + schedule.phaseSeconds();
            double mac = 0, dac = 0, fe = 0;
            for (int i = 0; i < rows; i++) mac += SourceEnergy.delivered(time, rowV[i], rowI[i], t0, t1);
            for (int s = 0; s < dacV.length; s++) dac += SourceEnergy.delivered(time, dacV[s], dacI[s], t0, t1);
            // ∫|i| dt: "delivered energy" of a -1 V source carrying |i| is exactly the charge
            for (int j = 0; j < cols; j++) fe += SourceEnergy.delivered(time, minusOne, feI[j], t0, t1);
            double wl = SourceEnergy.delivered(time, wlV, wlI, t0, t1);
            out.add(new PhaseEnergy(mac, wl, dac, fe));
        }
        return out;
    }

    private static double[] absolute(double[] v) {
        double[] a = new double[v.length];
        for (int i = 0; i < v.length; i++) a[i] = Math.abs(v[i]);
        return a;
    }

    private static ArrayRun.Waveforms waveforms(NgSpice ng) {
        double[] fe = ng.realVector(ArrayDeck.frontEndNode(0));
        double[] sensed = new double[fe.length];
        for (int i = 0; i < fe.length; i++) sensed[i] = -fe[i];
        return new ArrayRun.Waveforms(ng.realVector("time"), sensed, ng.realVector(ArrayDeck.dacNode(0)),
                ng.realVector(ArrayDeck.comparatorNode(0)));
    }

    /** The values of the EXTERNAL sources, set by the digital side at clock edges, read by ngspice at every load. */
    private static final class Drives implements ExternalSources {
        private final Map<String, Integer> index = new HashMap<>();
        private final double[] values;
        private final int bits;
        private final int dacBase;
        private final double vRef;

        Drives(int rows, int cols, int bits, double vRef) {
            this.vRef = vRef;
            this.bits = bits;
            int n = 0;
            for (int i = 0; i < rows; i++) index.put(ArrayDeck.rowSource(i), n++);
            index.put(ArrayDeck.resetSource(), n++);
            index.put(ArrayDeck.wordLineSource(), n++);
            dacBase = n;
            for (int j = 0; j < cols; j++) for (int k = 0; k < bits; k++) index.put(ArrayDeck.dacSwitch(j, k), n++);
            values = new double[n];
        }

        void row(int i, double volts) { values[i] = volts; }

        void wordLine(double volts) { values[dacBase - 1] = volts; }

        void reset(double volts) { values[dacBase - 2] = volts; }

        void dac(int column, int code) {
            for (int k = 0; k < bits; k++) values[dacBase + column * bits + k] = ((code >> k) & 1) * vRef;
        }

        @Override
        public double voltage(String sourceName, double timeSeconds) {
            Integer i = index.get(sourceName);
            if (i == null) throw new SpiceException("the deck asked for unknown EXTERNAL source " + sourceName);
            return values[i];
        }
    }
}
