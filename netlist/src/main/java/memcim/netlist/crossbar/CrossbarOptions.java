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
    private double externalWordVolts = Double.NaN;
    private int bitsPerWord = 16;
    private boolean senseMeters = true;
    private FoldedCell.Folding folding;
    private double wordLineFarads = -1;
    private double wordLineGateVolts;
    private boolean wordLineExternal;
    private boolean columnSum;
    private SarAdc sarAdc;
    private double lockStepSeconds;
    private double lockStepStopSeconds;
    private String title;

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

    /**
     * Rows driven by the host through EXTERNAL word sources {@code VW<k>} (value: the word of rows k·bits ... as
     * volts) instead of a source per row: row i's behavioural driver {@code BROW<i>} puts {@code readVolts} times
     * bit (i mod bits) of its word on node {@code rb<i>}, through a 0 V meter {@code VROW<i>} into the row. One
     * source per word rather than per row: every EXTERNAL source is a callback into the host at every load.
     * Only with ideal drivers and the OP read mode (an operating point or a lock-step transient).
     */
    public CrossbarOptions externalWords(double readVolts, int bitsPerWord) {
        externalWordVolts = positive("readVolts", readVolts);
        if (bitsPerWord < 1 || bitsPerWord > 30) throw new InputException("bitsPerWord", "1 to 30", String.valueOf(bitsPerWord));
        this.bitsPerWord = bitsPerWord;
        return this;
    }

    /**
     * Whether each column has its 0 V sense source {@code VCOL<j>} (default); without, the column's sense node is
     * the sense amplifier's input (same circuit, no extra branch; needs sensing other than IDEAL).
     */
    public CrossbarOptions senseMeters(boolean meters) { senseMeters = meters; return this; }

    /** Each cell as one folded top-level element ({@link FoldedCell}) instead of the read-cell subcircuit. */
    public CrossbarOptions foldedCells(FoldedCell.Folding f) { folding = f; return this; }

    /**
     * The word-line (gate) load: source {@code VWL} on node {@code wl} (EXTERNAL, or DC at {@code gateVolts}) and
     * its capacitance {@code CWL} to ground: the gates' charge, separate from the read path.
     */
    public CrossbarOptions wordLine(double farads, double gateVolts, boolean external) {
        wordLineFarads = nonNegative("wordLineFarads", farads);
        wordLineGateVolts = gateVolts;
        wordLineExternal = external;
        return this;
    }

    /** Node {@code isum} = the sum of the sense outputs (−Rf times the total column current for transimpedance). */
    public CrossbarOptions columnSum(boolean sum) { columnSum = sum; return this; }

    /** The column multiplexer, C-DAC and comparator behind transimpedance front ends ({@link SarAdc}). */
    public CrossbarOptions sarAdc(SarAdc adc) { sarAdc = adc; return this; }

    /**
     * A lock-step transient instead of the {@code .op}: {@code .tran step stop} with gear integration and
     * reltol 1e-4 (the host stops it at its clock edges), saving only the vectors the host measures.
     */
    public CrossbarOptions lockStep(double stepSeconds, double stopSeconds) {
        lockStepSeconds = positive("lockStep step", stepSeconds);
        lockStepStopSeconds = positive("lockStep stop", stopSeconds);
        return this;
    }

    /** The deck's title (default: rows x cols, cell type, "crossbar read"). */
    public CrossbarOptions title(String t) { title = t; return this; }

    public boolean externalWords() { return !Double.isNaN(externalWordVolts); }
    public double externalWordVolts() { return externalWordVolts; }
    public int bitsPerWord() { return bitsPerWord; }
    public boolean senseMeters() { return senseMeters; }
    public FoldedCell.Folding folding() { return folding; }
    public boolean wordLine() { return wordLineFarads >= 0; }
    public double wordLineFarads() { return wordLineFarads; }
    public double wordLineGateVolts() { return wordLineGateVolts; }
    public boolean wordLineExternal() { return wordLineExternal; }
    public boolean columnSum() { return columnSum; }
    public SarAdc sarAdc() { return sarAdc; }
    public boolean lockStep() { return lockStepSeconds > 0; }
    public double lockStepSeconds() { return lockStepSeconds; }
    public double lockStepStopSeconds() { return lockStepStopSeconds; }
    public String title() { return title; }

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
