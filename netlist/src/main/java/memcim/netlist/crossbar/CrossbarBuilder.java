package memcim.netlist.crossbar;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import memcim.core.Generator;
import memcim.core.InputException;
import memcim.device.array.CrossbarReadSpec;
import memcim.netlist.Analysis;
import memcim.netlist.BehavioralSource;
import memcim.netlist.ControlStep;
import memcim.netlist.Instance;
import memcim.netlist.Netlist;
import memcim.netlist.Passive;
import memcim.netlist.SourceValue;
import memcim.netlist.SpiceNumber;
import memcim.netlist.Subckt;
import memcim.netlist.SubcktFactory;
import memcim.netlist.Value;
import memcim.netlist.VoltageSource;
import memcim.netlist.adc.CapacitiveDac;
import memcim.netlist.adc.ColumnMux;
import memcim.netlist.adc.Comparator;
import memcim.netlist.cell.ReadCell;

/**
 * Builds the SPICE deck of a crossbar read. With default options it is exactly the shared read topology of
 * {@link CrossbarReadSpec}: row i driven at its left end by {@code VROW<i>}, a row segment before each cell,
 * a column segment after each cell, column j held at 0 V at its bottom by {@code VCOL<j>} whose current
 * {@code i(vcol<j>)} is the column current; 0 Ω segments merge their nodes (no element). Node names:
 * row i at cell j {@code r<i>_<j>} (driver end {@code r<i>_d}; {@code r<i>} when merged), column j at row i
 * {@code c<j>_<i>} (sense end {@code c<j>_s}; {@code c<j>} when merged).
 */
public final class CrossbarBuilder {
    private final CrossbarReadSpec spec;
    private final CrossbarOptions o;
    private final SubcktFactory factory = new SubcktFactory();
    private final Netlist deck;
    private final int rows;
    private final int cols;
    private final double[][] phases;
    private final Map<String, String> parameters;

    private CrossbarBuilder(CrossbarReadSpec spec, CrossbarOptions options, Map<String, String> parameters) {
        this.spec = spec;
        this.o = options;
        this.rows = spec.rows();
        this.cols = spec.cols();
        this.phases = phasesOf(spec, options);
        this.parameters = new TreeMap<>(parameters);
        check();
        deck = new Netlist(o.title() != null ? o.title() : rows + "x" + cols + " " + spec.cellType() + " crossbar read");
        deck.header("rows x cols", rows + " x " + cols);
        deck.header("cell", spec.cellType() + ", V0 " + (spec.linearCells() ? "linear" : f(spec.nonlinearityVolts()) + " V")
                + ", access on " + f(spec.accessOnOhms()) + " ohm");
        deck.header("wire per segment", "row " + f(spec.rowSegmentOhms()) + " ohm " + f(o.rowSegmentFarads()) + " F, column "
                + f(spec.colSegmentOhms()) + " ohm " + f(o.colSegmentFarads()) + " F");
        deck.header("drivers, sensing, read", (o.externalWords() ? "EXTERNAL words of " + o.bitsPerWord() + " rows"
                : o.drivers()) + ", " + o.sensing() + (o.senseMeters() ? "" : " (no meters)") + ", "
                + (o.lockStep() ? "lock-step transient" : o.readMode()));
        if (o.folding() != null) deck.header("cells", "folded: one element per cell (RX chord resistor or BX sinh source)");
        if (o.sarAdc() != null) {
            SarAdc a = o.sarAdc();
            deck.header("ADC", a.bits() + " bits, V_ref " + f(a.vRefVolts()) + " V, C-DAC unit " + f(a.unitFarads())
                    + " F, switch " + f(a.switchOhms()) + " ohm, comparator gain " + f(a.comparatorGain()));
        }
        if (o.lumpedWires()) deck.header("wires", "lumped: one resistor of (cells + 1) / 2 segments and one capacitor per line");
        this.parameters.forEach(deck::header);
    }

    /** The deck and its sidecar; {@code parameters} (device card, seed, ...) go into both headers. */
    public static CrossbarDeck build(CrossbarReadSpec spec, CrossbarOptions options, Map<String, String> parameters) {
        return new CrossbarBuilder(spec, options, parameters).build();
    }

    /** The shared read topology as one {@code .op}. */
    public static CrossbarDeck build(CrossbarReadSpec spec) {
        return build(spec, CrossbarOptions.defaults(), Map.of());
    }

    private static double[][] phasesOf(CrossbarReadSpec spec, CrossbarOptions o) {
        if (o.readMode() == ReadMode.OP) return new double[][] {spec.rowVolts()};
        double[][] p = o.phaseRowVolts();
        if (p == null || p.length == 0) {
            throw new InputException("read mode " + o.readMode(), "row voltages per phase (CrossbarOptions.phases)", "none");
        }
        for (int k = 0; k < p.length; k++) {
            if (p[k].length != spec.rows()) {
                throw new InputException("phase " + k + " row voltages", spec.rows() + " values", p[k].length + " values");
            }
        }
        return p;
    }

    private void check() {
        if (o.sensing() == Sensing.INTEGRATING && o.readMode() != ReadMode.PHASES_TRAN) {
            throw new InputException("sensing INTEGRATING", "a transient read (read mode PHASES_TRAN)", String.valueOf(o.readMode()));
        }
        for (int start : o.arrayStarts()) {
            if (start < 0 || start >= cols) {
                throw new InputException("array first column", "0 to " + (cols - 1), String.valueOf(start));
            }
        }
        for (int[] pair : o.differentialPairs()) {
            for (int c : pair) {
                if (c < 0 || c >= cols) throw new InputException("differential pair column", "0 to " + (cols - 1), String.valueOf(c));
            }
        }
        if (o.drivers() == Drivers.TRANSISTOR) readRail();
        if (o.externalWords() && (o.drivers() != Drivers.IDEAL || o.readMode() != ReadMode.OP)) {
            throw new InputException("EXTERNAL word drivers", "ideal drivers and the OP read mode",
                    o.drivers() + ", " + o.readMode());
        }
        if (o.lockStep() && o.readMode() != ReadMode.OP) {
            throw new InputException("lock-step transient", "the OP read mode", String.valueOf(o.readMode()));
        }
        if (!o.senseMeters() && o.sensing() == Sensing.IDEAL) {
            throw new InputException("sense meters off", "sense amplifiers (no ideal sensing)", "IDEAL");
        }
        if ((o.sarAdc() != null || o.columnSum()) && o.sensing() != Sensing.TRANSIMPEDANCE) {
            throw new InputException("SAR ADC / column sum", "transimpedance sensing", String.valueOf(o.sensing()));
        }
        if (o.lumpedWires() && !o.arrayStarts().equals(List.of(0))) {
            throw new InputException("lumped wires", "one array per row (no differential placement)", o.arrayStarts() + " array starts");
        }
    }

    /** With transistor drivers every selected row gets the same rail: the one non-zero row voltage. */
    private double readRail() {
        double rail = 0;
        for (double[] phase : phases) {
            for (int i = 0; i < rows; i++) {
                double v = phase[i];
                if (v == 0) continue;
                if (rail != 0 && v != rail) {
                    throw new InputException("row " + i + " voltage", "0 or the one read voltage " + rail
                            + " V (transistor-level drivers share one read rail)", v + " V");
                }
                rail = v;
            }
        }
        return rail;
    }

    private CrossbarDeck build() {
        if (o.lockStep()) {
            deck.option("method", "gear");
            deck.option("reltol", 1e-4);
        }
        if (o.sarAdc() != null) deck.add(new VoltageSource("VRST", "rst", "0", new SourceValue.External()));
        if (o.wordLine()) {
            deck.add(new VoltageSource("VWL", "wl", "0", o.wordLineExternal() ? new SourceValue.External()
                    : SourceValue.dc(o.wordLineGateVolts())));
            deck.add(Passive.capacitor("CWL", "wl", "0", o.wordLineFarads()));
        }
        List<String> wordSources = new ArrayList<>();
        List<String> rowSources = drivers(wordSources);
        rowWires();
        if (o.lumpedWires()) {
            cells();
            colWires();
        } else {
            colWires();
            cells();
        }
        List<String> currents = new ArrayList<>();
        List<String> outputs = sensing(currents);
        List<String> dacNodes = new ArrayList<>();
        List<String> dacCurrents = new ArrayList<>();
        if (o.sarAdc() != null) sarAdc(dacNodes, dacCurrents);
        if (o.columnSum()) {
            StringBuilder sum = new StringBuilder();
            for (int j = 0; j < cols; j++) sum.append(j == 0 ? "" : " + ").append("v(so").append(j).append(')');
            deck.add(BehavioralSource.voltage("BSUM", "isum", "0", sum.toString()));
        }
        List<String> rowNodes = new ArrayList<>();
        List<String> rowCurrents = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            rowNodes.add(driverNode(i).toLowerCase(java.util.Locale.ROOT));
            rowCurrents.add(rowSources.get(i) + "#branch");
        }
        List<String> outputNodes = new ArrayList<>();
        if (o.sensing() != Sensing.IDEAL) for (int j = 0; j < cols; j++) outputNodes.add("so" + j);
        boolean adc = o.sarAdc() != null;
        DeckNames names = new DeckNames(rowSources, rowNodes, rowCurrents, wordSources, o.bitsPerWord(), currents, outputNodes,
                o.wordLine() ? "vwl" : null, o.wordLine() ? "wl" : null, o.wordLine() ? "vwl#branch" : null,
                o.columnSum() ? "isum" : null, adc ? "vsel" : null, adc ? "vdw" : null, adc ? "vrst" : null,
                adc ? "mux" : null, adc ? "dac" : null, adc ? "cmp" : null, dacNodes, dacCurrents);
        if (o.lockStep()) save(names);
        double[] sampleTimes = analysis(rowSources, currents, outputs);
        double[] sourceVolts = new double[rows];
        for (int i = 0; i < rows; i++) sourceVolts[i] = sourceValue(phases[0][i]);
        CrossbarSidecar sidecar = new CrossbarSidecar(Generator.id(), deck.title(), rows, cols, spec.cellType().name(),
                spec.linearCells() ? null : spec.nonlinearityVolts(), spec.accessOnOhms(), spec.rowSegmentOhms(),
                spec.colSegmentOhms(), o.rowSegmentFarads(), o.colSegmentFarads(), o.drivers().name(), o.sensing().name(),
                o.readMode().name(), spec.conductanceSiemens(), phases[0].clone(), currents, rowSources, sourceVolts, outputs,
                o.arrayStarts(), o.differentialPairs(), o.readMode() == ReadMode.OP ? new double[0][] : phases,
                sampleTimes, parameters);
        return new CrossbarDeck(deck, sidecar, names);
    }

    private static String f(double v) {
        return SpiceNumber.format(v);
    }

    // ------------------------------------------------------------------ nodes

    private String driverNode(int i) { return spec.rowSegmentOhms() > 0 ? "r" + i + "_d" : "r" + i; }
    private String rowNode(int i, int j) { return spec.rowSegmentOhms() > 0 && !o.lumpedWires() ? "r" + i + "_" + j : "r" + i; }
    private String colNode(int i, int j) { return spec.colSegmentOhms() > 0 && !o.lumpedWires() ? "c" + j + "_" + i : "c" + j; }
    private String senseNode(int j) { return spec.colSegmentOhms() > 0 ? "c" + j + "_s" : "c" + j; }

    // ------------------------------------------------------------------ parts

    /** Row sources (and transistor drivers); returns the names to alter, lower case as ngspice knows them. */
    private List<String> drivers(List<String> wordSources) {
        List<String> names = new ArrayList<>();
        if (o.externalWords()) {
            int bits = o.bitsPerWord();
            for (int k = 0; k * bits < rows; k++) {
                deck.add(new VoltageSource("VW" + k, "w" + k, "0", new SourceValue.External()));
                wordSources.add("vw" + k);
            }
            String v = f(o.externalWordVolts());
            for (int i = 0; i < rows; i++) {
                String word = "v(w" + i / bits + ")";
                deck.add(BehavioralSource.voltage("BROW" + i, "rb" + i, "0", v + " * (floor(" + word + " / "
                        + f(1 << (i % bits)) + ") - 2 * floor(" + word + " / " + f(1 << (i % bits + 1)) + "))"));
                deck.add(new VoltageSource("VROW" + i, "rb" + i, driverNode(i), 0.0));
                names.add("vrow" + i);
            }
            return names;
        }
        Subckt driver = null;
        if (o.drivers() == Drivers.TRANSISTOR) {
            driver = RowDriver.subckt(factory);
            deck.add(new VoltageSource("VREAD", "vread", "0", readRail()));
            deck.add(new VoltageSource("VDD", "vdd", "0", o.logicVolts()));
        }
        for (int i = 0; i < rows; i++) {
            String node = driver == null ? driverNode(i) : "in" + i;
            deck.add(new VoltageSource("VROW" + i, node, "0", rowWaveform(i)));
            if (driver != null) {
                deck.add(Instance.of("XDRV" + i, driver, List.of(node, driverNode(i), "vread", "vdd")));
            }
            names.add("vrow" + i);
        }
        return names;
    }

    /** What the row source applies for a row voltage: the voltage itself, or the logic level that selects the rail. */
    private double sourceValue(double rowVolts) {
        if (o.drivers() == Drivers.IDEAL) return rowVolts;
        return rowVolts != 0 ? o.logicVolts() : 0;
    }

    private SourceValue rowWaveform(int i) {
        if (o.readMode() != ReadMode.PHASES_TRAN) return SourceValue.dc(sourceValue(phases[0][i]));
        List<double[]> points = new ArrayList<>();
        points.add(new double[] {0, sourceValue(phases[0][i])});
        for (int p = 1; p < phases.length; p++) {
            double t = p * o.phaseSeconds();
            points.add(new double[] {t, sourceValue(phases[p - 1][i])});
            points.add(new double[] {t + o.edgeSeconds(), sourceValue(phases[p][i])});
        }
        return new SourceValue.Pwl(points);
    }

    private void rowWires() {
        double r = spec.rowSegmentOhms();
        double c = o.rowSegmentFarads();
        if (o.lumpedWires()) {
            for (int i = 0; i < rows; i++) lumpedLine("R", i, driverNode(i), rowNode(i, 0), rowNode(i, 0), r, c, cols);
            return;
        }
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                if (r > 0) {
                    String from = o.arrayStarts().contains(j) ? driverNode(i) : rowNode(i, j - 1);
                    deck.add(Passive.resistor("RR" + i + "_" + j, from, rowNode(i, j), r));
                }
                if (c > 0 && (r > 0 || j == 0)) {
                    deck.add(Passive.capacitor("CR" + i + "_" + j, rowNode(i, j), "0", r > 0 ? c : c * cols));
                }
            }
        }
    }

    private void colWires() {
        double r = spec.colSegmentOhms();
        double c = o.colSegmentFarads();
        if (o.lumpedWires()) {
            for (int j = 0; j < cols; j++) lumpedLine("C", j, colNode(0, j), senseNode(j), colNode(0, j), r, c, rows);
            return;
        }
        for (int j = 0; j < cols; j++) {
            for (int i = 0; i < rows; i++) {
                if (r > 0) {
                    String to = i < rows - 1 ? colNode(i + 1, j) : senseNode(j);
                    deck.add(Passive.resistor("RC" + j + "_" + i, colNode(i, j), to, r));
                }
                if (c > 0 && (r > 0 || i == 0)) {
                    deck.add(Passive.capacitor("CC" + j + "_" + i, colNode(i, j), "0", r > 0 ? c : c * rows));
                }
            }
        }
    }

    /**
     * One line lumped: {@code R<kind><k>} of (cells + 1) / 2 segments from {@code from} to {@code to} (one of them the
     * node its cells share), and {@code C<kind><k>} of all its segments at the cells' node; a line without resistance
     * is one node.
     */
    private void lumpedLine(String kind, int k, String from, String to, String cellsNode, double segmentOhms,
                            double segmentFarads, int cells) {
        if (segmentOhms > 0) deck.add(Passive.resistor("R" + kind + k, from, to, segmentOhms * (cells + 1) / 2.0));
        if (segmentFarads > 0) deck.add(Passive.capacitor("C" + kind + k, cellsNode, "0", segmentFarads * cells));
    }

    private void cells() {
        if (o.folding() != null) {
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < cols; j++) {
                    String row = rowNode(i, j), col = colNode(i, j);
                    FoldedCell cell = o.folding().of(spec.conductance(i, j));
                    if (cell instanceof FoldedCell.Chord c) {
                        deck.add(Passive.resistor("RX" + i + "_" + j, row, col, c.ohms()));
                    } else if (cell instanceof FoldedCell.Sinh c) {
                        deck.add(BehavioralSource.current("BX" + i + "_" + j, row, col,
                                f(c.amps()) + " * sinh(v(" + row + "," + col + ") / " + f(c.volts()) + ")"));
                    }
                }
            }
            return;
        }
        Subckt cell = ReadCell.subckt(factory, spec.cellType(), spec.nonlinearityVolts(), spec.accessOnOhms());
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                deck.add(new Instance("XC" + i + "_" + j, cell, List.of(rowNode(i, j), colNode(i, j)),
                        Map.of("g", Value.of(spec.conductance(i, j)))));
            }
        }
    }

    /** Column sources and sense amplifiers; fills the current vectors and returns the output vectors. */
    private List<String> sensing(List<String> currents) {
        List<String> outputs = new ArrayList<>();
        Subckt amp = switch (o.sensing()) {
            case IDEAL -> null;
            case TRANSIMPEDANCE -> SenseAmplifier.transimpedance(factory, o.amplifierGain(), o.feedbackOhms());
            case INTEGRATING -> SenseAmplifier.integrator(factory, o.amplifierGain(), o.feedbackFarads());
        };
        if (o.sensing() == Sensing.INTEGRATING) deck.add(new VoltageSource("VRST", "rst", "0", resetWaveform()));
        for (int j = 0; j < cols; j++) {
            String virtualGround = amp == null ? "0" : o.senseMeters() ? "vg" + j : senseNode(j);
            if (o.senseMeters()) {
                VoltageSource sense = new VoltageSource("VCOL" + j, senseNode(j), virtualGround, 0.0);
                deck.add(sense);
                currents.add(sense.currentVector());
            }
            if (amp != null) {
                List<String> pins = new ArrayList<>(List.of(virtualGround, "so" + j));
                if (o.sensing() == Sensing.INTEGRATING) pins.add("rst");
                deck.add(Instance.of("XSA" + j, amp, pins));
                outputs.add("v(so" + j + ")");
            }
        }
        return outputs;
    }

    /**
     * Column select, the inverting multiplexer onto {@code mux}, the C-DAC on {@code dac} (word and reset EXTERNAL)
     * and the comparator onto {@code cmp}; fills the DAC bits' switch nodes and meter currents.
     */
    private void sarAdc(List<String> dacNodes, List<String> dacCurrents) {
        SarAdc a = o.sarAdc();
        deck.add(new VoltageSource("VSEL", "sel", "0", new SourceValue.External()));
        List<String> muxNets = new ArrayList<>(List.of("sel"));
        for (int j = 0; j < cols; j++) muxNets.add("so" + j);
        muxNets.add("mux");
        deck.add(Instance.of("XMUX", ColumnMux.subckt(factory, cols), muxNets));
        deck.add(new VoltageSource("VDW", "dw", "0", new SourceValue.External()));
        deck.add(Instance.of("XDAC", CapacitiveDac.subckt(factory, a.bits(), a.vRefVolts(), a.unitFarads(), a.switchOhms(),
                a.supplyVolts()), List.of("dw", "rst", "dac")));
        deck.add(Instance.of("XCMP", Comparator.subckt(factory, a.supplyVolts(), a.comparatorGain()), List.of("mux", "dac", "cmp")));
        for (int k = 0; k < a.bits(); k++) {
            dacNodes.add(CapacitiveDac.switchNode("XDAC", k));
            dacCurrents.add(CapacitiveDac.switchCurrent("XDAC", k));
        }
    }

    /** What a lock-step host measures: ngspice then keeps only these vectors (each is handed over at every point). */
    private void save(DeckNames n) {
        List<String> saved = new ArrayList<>();
        for (String s : new String[] {n.comparator(), n.mux(), n.dac(), n.wordLineNode(), n.columnSum(), n.wordLineCurrent()}) {
            if (s != null) saved.add(s);
        }
        for (int i = 0; i < rows; i++) {
            saved.add(n.rowNodes().get(i));
            saved.add(n.rowCurrents().get(i));
        }
        for (int k = 0; k < n.dacSwitchNodes().size(); k++) {
            saved.add(n.dacSwitchNodes().get(k));
            saved.add(n.dacSwitchCurrents().get(k));
        }
        saved.forEach(deck::save);
    }

    /** The integrators' reset: high during the first edge time of each phase. */
    private SourceValue resetWaveform() {
        List<double[]> points = new ArrayList<>();
        double e = o.edgeSeconds();
        double high = SenseAmplifier.RESET_VOLTS;
        points.add(new double[] {0, high});
        for (int p = 0; p < phases.length; p++) {
            double t = p * o.phaseSeconds();
            if (p > 0) {
                points.add(new double[] {t, 0});
                points.add(new double[] {t + e / 4, high});
            }
            points.add(new double[] {t + e, high});
            points.add(new double[] {t + e + e / 4, 0});
        }
        return new SourceValue.Pwl(points);
    }

    /** The analysis card and the standalone control block; returns the phase sample instants (transient). */
    private double[] analysis(List<String> rowSources, List<String> currents, List<String> outputs) {
        List<String> printed = new ArrayList<>(currents);
        printed.addAll(outputs);
        printed.forEach(deck::print);
        if (o.lockStep()) {
            deck.analysis(new Analysis.Tran(o.lockStepSeconds(), o.lockStepStopSeconds()));
            return new double[0];
        }
        switch (o.readMode()) {
            case OP -> {
                deck.analysis(Analysis.op());
                return new double[0];
            }
            case PHASES_OP -> {
                deck.analysis(Analysis.op());
                for (int p = 0; p < phases.length; p++) {
                    if (p > 0) {
                        for (int i = 0; i < rows; i++) {
                            if (phases[p][i] != phases[p - 1][i]) {
                                deck.control(ControlStep.alter(rowSources.get(i), "dc", sourceValue(phases[p][i])));
                            }
                        }
                    }
                    deck.control(ControlStep.op());
                    deck.control(ControlStep.echo("phase " + p));
                    deck.control(ControlStep.print(printed));
                }
                return new double[0];
            }
            default -> {
                double stop = phases.length * o.phaseSeconds();
                deck.analysis(new Analysis.Tran(o.edgeSeconds() / 10, stop, 0, o.edgeSeconds(), false));
                double[] samples = new double[phases.length];
                for (int p = 0; p < phases.length; p++) samples[p] = (p + 1) * o.phaseSeconds();
                return samples;
            }
        }
    }
}
