package memcim.netlist.crossbar;

import java.util.ArrayList;
import java.util.List;
import memcim.core.InputException;

/**
 * What the crossbar deck adds to the shared read spec: drivers, sensing, analysis, wire capacitance, and the
 * arrangement of differential pairs. The defaults give the shared read topology as an {@code .op} read, the
 * circuit the fast model solves.
 */
public final class CrossbarOptions {
    private Drivers drivers = Drivers.IDEAL;
    private Sensing sensing = Sensing.IDEAL;
    private ReadMode readMode = ReadMode.OP;
    private double rowSegmentFarads;
    private double colSegmentFarads;
    private double logicVolts = 1.2;
    private double feedbackOhms = 10e3;
    private double feedbackFarads = 1e-12;
    private double amplifierGain = 1e6;
    private double[][] phaseRowVolts;
    private double phaseSeconds = 100e-9;
    private double edgeSeconds = 1e-9;
    private List<int[]> differentialPairs = List.of();
    private List<Integer> arrayStarts = List.of(0);
    private boolean lumpedWires;

    public static CrossbarOptions defaults() { return new CrossbarOptions(); }

    public CrossbarOptions drivers(Drivers d) { drivers = d; return this; }
    public CrossbarOptions sensing(Sensing s) { sensing = s; return this; }
    public CrossbarOptions readMode(ReadMode m) { readMode = m; return this; }

    /** Wire capacitance to ground per segment (row, column); matters only in a transient read. */
    public CrossbarOptions segmentFarads(double row, double col) {
        rowSegmentFarads = nonNegative("rowSegmentFarads", row);
        colSegmentFarads = nonNegative("colSegmentFarads", col);
        return this;
    }

    /**
     * Each line's wire as one resistor and one capacitor instead of a segment per cell: a line's cells sit on
     * average half-way along it, so the resistor is (cells + 1) / 2 segments and the capacitor all of them.
     * The co-simulation's decks use it: 30-50× faster solves, within a few LSB of the distributed read.
     */
    public CrossbarOptions lumpedWires(boolean lumped) { lumpedWires = lumped; return this; }

    /** Logic level of the transistor-level drivers' inputs. */
    public CrossbarOptions logicVolts(double v) { logicVolts = positive("logicVolts", v); return this; }
    public CrossbarOptions feedbackOhms(double r) { feedbackOhms = positive("feedbackOhms", r); return this; }
    public CrossbarOptions feedbackFarads(double c) { feedbackFarads = positive("feedbackFarads", c); return this; }
    public CrossbarOptions amplifierGain(double a) { amplifierGain = positive("amplifierGain", a); return this; }

    /** Row voltages per phase ({@link ReadPhases#bitSerial}), for the phase read modes. */
    public CrossbarOptions phases(double[][] rowVoltsPerPhase) {
        phaseRowVolts = rowVoltsPerPhase == null ? null : rowVoltsPerPhase.clone();
        return this;
    }

    /** Duration of one phase and of the edges between phases, for {@link ReadMode#PHASES_TRAN}. */
    public CrossbarOptions phaseTiming(double phase, double edge) {
        phaseSeconds = positive("phaseSeconds", phase);
        edgeSeconds = positive("edgeSeconds", edge);
        if (!(edge < phase / 2)) throw new InputException("edgeSeconds", "less than half a phase", String.valueOf(edge));
        return this;
    }

    /** A differential arrangement (pairs and array starts) from {@link DifferentialLayout#place}. */
    public CrossbarOptions differential(DifferentialLayout.Placement placement) {
        differentialPairs = new ArrayList<>(placement.pairs());
        arrayStarts = List.copyOf(placement.arrayStarts());
        return this;
    }

    public Drivers drivers() { return drivers; }
    public boolean lumpedWires() { return lumpedWires; }
    public Sensing sensing() { return sensing; }
    public ReadMode readMode() { return readMode; }
    public double rowSegmentFarads() { return rowSegmentFarads; }
    public double colSegmentFarads() { return colSegmentFarads; }
    public double logicVolts() { return logicVolts; }
    public double feedbackOhms() { return feedbackOhms; }
    public double feedbackFarads() { return feedbackFarads; }
    public double amplifierGain() { return amplifierGain; }
    public double[][] phaseRowVolts() { return phaseRowVolts == null ? null : phaseRowVolts.clone(); }
    public double phaseSeconds() { return phaseSeconds; }
    public double edgeSeconds() { return edgeSeconds; }
    public List<int[]> differentialPairs() { return differentialPairs; }
    public List<Integer> arrayStarts() { return arrayStarts; }

    private static double nonNegative(String name, double v) {
        if (!(v >= 0) || Double.isInfinite(v)) throw new InputException(name, "a finite value >= 0", String.valueOf(v));
        return v;
    }

    private static double positive(String name, double v) {
        if (!(v > 0) || Double.isInfinite(v)) throw new InputException(name, "a finite value > 0", String.valueOf(v));
        return v;
    }
}
