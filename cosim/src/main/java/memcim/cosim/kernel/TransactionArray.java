package memcim.cosim.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import memcim.cosim.analog.ArrayDeck;
import memcim.cosim.config.ChipConfig;
import memcim.cosim.digital.SarLogic;
import memcim.spice.NgSpice;

/**
 * Transaction-level co-simulation of one array: the array and its front ends are loaded into ngspice once; each
 * read phase sets the row sources with {@code alter}, solves the operating point, and hands the sensed voltages to
 * the same SAR logic as lock-step, with an ideal comparator and DAC in place of the simulated ones. The energy of a
 * phase is the DC conduction power of the read rows over the time the lines are on (no line charging: the
 * lock-step transient measures that).
 */
public final class TransactionArray implements AutoCloseable {
    private final ChipConfig chip;
    private final NgSpice ng;
    private final int rows;
    private final int cols;
    private final ReadPhases schedule;
    private final double[] applied;

    /** Loads the array into the engine; it stays loaded until another circuit replaces it. */
    public TransactionArray(NgSpice ng, ChipConfig chip, double[][] conductanceSiemens, double accessOhms, String title) {
        this.chip = chip;
        this.ng = ng;
        this.rows = conductanceSiemens.length;
        this.cols = conductanceSiemens[0].length;
        this.schedule = ReadPhases.of(chip);
        this.applied = new double[rows];
        ng.loadCircuit(ArrayDeck.render(chip, conductanceSiemens, accessOhms, ArrayDeck.Drive.OPERATING_POINT, 0, title),
                title);
    }

    /** The column currents flowing into the front ends (amperes) for one row pattern. */
    public double[] sensedVolts(boolean[] pattern) {
        double vRead = chip.read().vReadVolts();
        for (int i = 0; i < rows; i++) {
            double v = pattern[i] ? vRead : 0;
            // alter only what changed: each alter is a round trip through ngspice's command parser
            if (v != applied[i]) {
                ng.alter(ArrayDeck.rowSource(i), "dc", v);
                applied[i] = v;
            }
        }
        ng.command("op");
        double[] sensed = new double[cols];
        for (int j = 0; j < cols; j++) sensed[j] = -ng.realVector("v(" + ArrayDeck.frontEndNode(j) + ")")[0];
        return sensed;
    }

    /** DC power delivered by the read rows at the last operating point. */
    private double rowPowerWatts() {
        double p = 0;
        for (int i = 0; i < rows; i++) {
            if (applied[i] != 0) p += -applied[i] * ng.realVector(ArrayDeck.rowSource(i) + "#branch")[0];
        }
        return p;
    }

    public ArrayRun run(List<boolean[]> rowPatterns, IntFunction<SarLogic> sarFactory) {
        int[][] codes = new int[rowPatterns.size()][cols];
        List<PhaseEnergy> energy = new ArrayList<>();
        SarLogic[] sar = new SarLogic[cols];
        for (int j = 0; j < cols; j++) sar[j] = sarFactory.apply(j);
        for (int p = 0; p < rowPatterns.size(); p++) {
            double[] sensed = sensedVolts(rowPatterns.get(p));
            codes[p] = convert(sensed, sar);
            energy.add(new PhaseEnergy(rowPowerWatts() * schedule.linesOnSeconds(), 0, 0, 0));
        }
        return new ArrayRun(codes, energy, null);
    }

    /** The SAR loop with an ideal comparator: the same digital decisions lock-step makes at its clock edges. */
    public int[] convert(double[] sensedVolts, SarLogic[] sar) {
        int[] out = new int[sensedVolts.length];
        for (int j = 0; j < sensedVolts.length; j++) {
            sar[j].start();
            while (!sar[j].done()) sar[j].decide(sensedVolts[j] > chip.adc().dacVolts(sar[j].dacCode()));
            out[j] = sar[j].code();
        }
        return out;
    }

    @Override
    public void close() {
        ng.removeCircuits();
    }
}
