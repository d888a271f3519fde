package memcim.bnn.flow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import memcim.bnn.ProgrammedCells;
import memcim.core.Generator;
import memcim.core.Progress;
import memcim.core.TimeSinceProgramming;
import memcim.cosim.chip.BeatOutcome;
import memcim.cosim.chip.ChipPaths;
import memcim.cosim.chip.ComparatorReadout;
import memcim.cosim.chip.FastSensing;
import memcim.cosim.chip.PathOutcome;
import memcim.cosim.chip.SpiceSensing;
import memcim.cosim.energy.AnalogMeasurement;
import memcim.cosim.energy.DigitalEnergy;
import memcim.cosim.energy.EnergyBreakdown;
import memcim.cosim.energy.EnergyModel;
import memcim.cosim.energy.TechnologyTable;
import memcim.cosim.kernel.LockStepChip;
import memcim.cosim.report.ChipReport;
import memcim.cosim.report.Comparison;
import memcim.cosim.report.EnergyReport;
import memcim.cosim.report.PathResult;
import memcim.data.ecg.BeatSet;
import memcim.data.ecg.EcgClass;
import memcim.device.DeviceModel;
import memcim.hdl.periphery.ChipDigital;
import memcim.networks.Evaluator;
import memcim.networks.Metrics;
import memcim.networks.WeightSamples;
import memcim.report.Units;
import memcim.spice.NgSpice;

/**
 * The co-simulation runs behind {@code memcim cosim} and {@code memcim demo}: each evaluation path on its beats,
 * the lock-step/transaction code agreement, and the energy, gathered into a {@link ChipReport}.
 */
public final class CosimRunner {
    /** Agreement the acceptance asks of co-simulation against the fast model on the same beats. */
    public static final double ACCURACY_TOLERANCE = 0.05;
    public static final double AUROC_TOLERANCE = 0.05;

    private final ChipBuild build;
    private final BeatSet test;
    private final TechnologyTable tech;
    private final Map<String, PathResult> paths = new LinkedHashMap<>();
    private final Map<String, Metrics> metrics = new LinkedHashMap<>();
    private Comparison published;
    private final List<String> notes = new ArrayList<>();
    private PathOutcome fast;
    private PathOutcome fastSubset;
    private PathOutcome transaction;
    private List<BeatOutcome> lockstep;
    private LockStepChip lockstepKernel;
    private ChipReport.Agreement agreement;
    private DigitalEnergy digitalEnergy;
    private final List<ChipReport.SamplesPoint> bySamples = new ArrayList<>();
    private List<ChipReport.TimePoint> overTime = List.of();

    public CosimRunner(ChipBuild build, BeatSet test) {
        this.build = build;
        this.test = test;
        this.tech = TechnologyTable.named(build.chip().technology());
    }

    public ChipBuild build() { return build; }

    /** Software BNN (M weight draws) and the programmed network with ideal arrays, over the whole test set (bnn). */
    public void software() {
        int m = build.chip().network().samples();
        long t0 = System.nanoTime();
        Metrics sw = Evaluator.evaluate(build.network().draw(m, build.chip().seed()), test);
        put("software", "software BNN, M weight draws from q(w)", sw, (System.nanoTime() - t0) / 1e9);
        t0 = System.nanoTime();
        Metrics ideal = Evaluator.evaluate(build.programmed(), test);
        put("programmed-ideal", "programmed conductances, ideal arrays, no ADC (bnn ProgrammedNetwork)", ideal,
                (System.nanoTime() - t0) / 1e9);
    }

    /**
     * The chip's own programmed cells (same card, mapping and seed as {@link ChipBuild}) read at each time since
     * programming, on ideal arrays without the ADC: how the drift and read noise of the card move accuracy and AUROCs.
     */
    public void overTime(List<TimeSinceProgramming> times) {
        ProgrammedCells cells = ProgrammedCells.program(build.network().shape(), build.mapping(), new DeviceModel(build.card()),
                build.chip().network().samples(), build.chip().seed(), build.chip().read().vReadVolts());
        List<ChipReport.TimePoint> out = new ArrayList<>();
        for (TimeSinceProgramming t : times) {
            Metrics m = Evaluator.evaluate(cells.readAt(t.seconds(), build.chip().seed() + 1), test);
            out.add(new ChipReport.TimePoint(t.label(), t.seconds(), m.accuracy(), m.aurocAleatoric(), m.aurocEpistemic()));
        }
        overTime = List.copyOf(out);
    }

    public List<ChipReport.TimePoint> programmedOverTime() { return overTime; }

    /** The conventional network of the same shape (one set of weights: no epistemic uncertainty to measure). */
    public void conventional(double[] weights) {
        long t0 = System.nanoTime();
        Metrics m = Evaluator.evaluate(WeightSamples.single(build.network().shape(), weights), test);
        put("conventional", "conventional network of the same shape, software (M = 1)", m, (System.nanoTime() - t0) / 1e9);
    }

    private void put(String name, String description, Metrics m, double seconds) {
        metrics.put(name, m);
        paths.put(name, new PathResult(name, description, m.knownBeats(), m.unseenBeats(), m.samples(), m.accuracy(),
                m.aurocAleatoric(), m.aurocEpistemic(), seconds));
    }

    private void put(PathOutcome o) {
        metrics.put(o.path(), o.metrics());
        paths.put(o.path(), new PathResult(o.path(), o.description(), o.knownBeats(), o.unseenBeats(), o.samples(),
                o.accuracy(), o.aurocAleatoric(), o.aurocEpistemic(), o.wallSeconds()));
    }

    /**
     * The software BNN, the programmed network (ideal arrays) and the conventional network on a larger set than the
     * chip's test beats (the whole test split of real records): paths named {@code software-all} and so on.
     */
    public void wholeSplit(BeatSet all, double[] conventionalWeights, String what) {
        int m = build.chip().network().samples();
        long t0 = System.nanoTime();
        put("software-all", "software BNN, M weight draws from q(w), " + what,
                Evaluator.evaluate(build.network().draw(m, build.chip().seed()), all), (System.nanoTime() - t0) / 1e9);
        t0 = System.nanoTime();
        put("programmed-ideal-all", "programmed conductances, ideal arrays, no ADC, " + what, Evaluator.evaluate(build.programmed(), all),
                (System.nanoTime() - t0) / 1e9);
        t0 = System.nanoTime();
        put("conventional-all", "conventional network of the same shape, " + what,
                Evaluator.evaluate(WeightSamples.single(build.network().shape(), conventionalWeights), all), (System.nanoTime() - t0) / 1e9);
    }

    /** The fast path's accuracy and AUROCs against M so far. */
    public List<ChipReport.SamplesPoint> samplesPoints() { return List.copyOf(bySamples); }

    /** Each path's metrics so far, by path name. */
    public Map<String, Metrics> metrics() { return java.util.Collections.unmodifiableMap(metrics); }

    /** The published results beside this run's, for the report. */
    public void published(Comparison c) { published = c; }

    /** Fast array model + digital reference over the whole test set. */
    public PathOutcome fast(Progress progress) {
        fast = ChipPaths.reference("fast", build.digitalConfig(), build.chip(),
                new FastSensing(build.chip(), build.arrays(), build.card()), test, progress);
        put(fast);
        return fast;
    }

    /** Accuracy and AUROCs against M with the fast path (the first M samples of the programmed chip). */
    public void samplesSweep(int[] ms, BeatSet beats) {
        for (int m : ms) {
            if (m > build.chip().network().samples()) continue;
            PathOutcome o = ChipPaths.reference("fast-M" + m, build.digitalConfig().withSamples(m), build.chip(),
                    new FastSensing(build.chip(), build.arrays(), build.card()), beats, null);
            bySamples.add(new ChipReport.SamplesPoint(m, o.accuracy(), o.aurocAleatoric(), o.aurocEpistemic()));
        }
    }

    /** Beats spread over the test set with the unseen class represented: every k-th beat. */
    public static BeatSet spread(BeatSet set, int n) {
        return set.spread(n);
    }

    /** Transaction mode: ngspice operating points + the cycle-simulated digital periphery, on {@code n} beats. */
    public PathOutcome transaction(int n, Progress progress) {
        BeatSet beats = spread(test, n);
        ChipDigital digital = build.digital();
        SpiceSensing spice = new SpiceSensing(build.chip(), build.arrays(), build.cell(), NgSpice.shared());
        long t0 = System.nanoTime();
        spice.prefetch(featureList(beats), build.digitalConfig()); // the ngspice operating points: most of the time
        double prefetchSeconds = (System.nanoTime() - t0) / 1e9;
        ComparatorReadout readout = new ComparatorReadout(build.chip(), spice);
        transaction = ChipPaths.simulated("transaction", digital, build.chip(), readout, beats, progress)
                .plusSeconds(prefetchSeconds);
        put(transaction);
        notes.add(String.format(Locale.ROOT, "transaction mode: %d ngspice operating points (%.2f ms each, alter + op + "
                + "read-back), %d array loads", spice.solves(), 1e3 * spice.secondsPerSolve(), spice.loads()));
        fastSubset = ChipPaths.reference("fast-same-beats", build.digitalConfig(), build.chip(),
                new FastSensing(build.chip(), build.arrays(), build.card()), beats, null);
        put(fastSubset);
        long same = 0, samePrediction = 0;
        for (int i = 0; i < beats.size(); i++) {
            var t = transaction.beats().get(i).result();
            var f = fastSubset.beats().get(i).result();
            if (t.sameOutputs(f)) same++;
            if (t.prediction() == f.prediction()) samePrediction++;
        }
        notes.add(String.format(Locale.ROOT, "transaction vs fast model on the same %d beats: %d identical predictions, "
                + "%d identical chip outputs (prediction and Q8 uncertainties); the two differ in the wires (SPICE lumped, "
                + "fast model distributed, within 1 %% of full swing), which moves ADC codes by up to a few LSB", beats.size(),
                samePrediction, same));
        return transaction;
    }

    /**
     * Lock-step on {@code n} beats with the first {@code m} samples; the same beats and samples in transaction mode
     * give the codes to compare conversion by conversion.
     */
    public List<BeatOutcome> lockstep(int n, int m, Progress progress) {
        BeatSet beats = spread(test, n);
        List<int[]> x = featureList(beats);
        ChipDigital digital = new ChipDigital(build.digitalConfig().withSamples(m));
        lockstepKernel = new LockStepChip(build.chip(), build.arrays(), build.cell(), NgSpice.shared());
        long t0 = System.nanoTime();
        lockstep = lockstepKernel.run(digital, x, beats.labels(), progress == null ? null : progress::step);
        put(new PathOutcome("lockstep", "ngspice transient in lock-step with the cycle-simulated digital periphery, "
                + "first " + m + " sample(s)", m, lockstep, lockstepKernel.codes().size(), 0, 0,
                (System.nanoTime() - t0) / 1e9));
        SpiceSensing spice = new SpiceSensing(build.chip(), build.arrays(), build.cell(), NgSpice.shared());
        spice.prefetch(x, build.digitalConfig().withSamples(m));
        ComparatorReadout ref = new ComparatorReadout(build.chip(), spice).recording();
        PathOutcome same = ChipPaths.simulated("transaction-M" + m, new ChipDigital(build.digitalConfig().withSamples(m)),
                build.chip(), ref, beats, null);
        long compared = 0, differing = 0;
        int maxDiff = 0;
        for (var e : lockstepKernel.codes().entrySet()) {
            Integer other = ref.codes().get(e.getKey());
            if (other == null) continue;
            compared++;
            int d = Math.abs(other - e.getValue());
            if (d != 0) differing++;
            maxDiff = Math.max(maxDiff, d);
        }
        agreement = new ChipReport.Agreement(beats.size(), compared, differing, compared == 0 ? Double.NaN
                : (double) differing / compared, maxDiff);
        long sameOut = 0;
        for (int i = 0; i < beats.size(); i++) if (lockstep.get(i).result().sameOutputs(same.beats().get(i).result())) sameOut++;
        notes.add(String.format(Locale.ROOT, "lock-step (M = %d, %d beats, %d conversions) vs transaction on the same "
                + "beats: %d of %d chip outputs identical", m, beats.size(), lockstepKernel.codes().size(), sameOut,
                beats.size()));
        return lockstep;
    }

    static List<int[]> featureList(BeatSet beats) {
        List<int[]> x = new ArrayList<>();
        for (int i = 0; i < beats.size(); i++) x.add(ChipPaths.features(beats, i));
        return x;
    }

    public ChipReport.Agreement agreement() { return agreement; }

    public LockStepChip lockstepKernel() { return lockstepKernel; }

    public PathOutcome fastOutcome() { return fast; }

    public PathOutcome transactionOutcome() { return transaction; }

    /** Activity of the digital periphery over one simulated inference, and its yosys cell counts. */
    public void digital(java.nio.file.Path work) {
        digitalEnergy = DigitalActivity.measure(build, test, work, tech);
    }

    public EnergyBreakdown energy() {
        PathOutcome basis = fast != null ? fast : transaction;
        double n = basis.beats().size();
        AnalogMeasurement m = lockstepKernel == null ? null : lockstepKernel.measurement();
        return EnergyModel.of(build.chip(), build.digitalConfig().timing(), tech, basis.conversions() / n,
                basis.selectedAmps() / n, basis.arrayAmps() / n, m, digitalEnergy);
    }

    public void note(String text) { notes.add(text); }

    public ChipReport report(Map<String, Double> stageSeconds) {
        EnergyBreakdown e = energy();
        ChipReport.Tolerance tol = null;
        if (transaction != null && fastSubset != null) {
            boolean acc = Math.abs(transaction.accuracy() - fastSubset.accuracy()) <= ACCURACY_TOLERANCE;
            boolean auroc = within(transaction.aurocAleatoric(), fastSubset.aurocAleatoric())
                    && within(transaction.aurocEpistemic(), fastSubset.aurocEpistemic());
            tol = new ChipReport.Tolerance(ACCURACY_TOLERANCE, AUROC_TOLERANCE, acc, auroc,
                    "transaction co-simulation vs fast model on the same " + transaction.beats().size() + " beats");
        }
        List<String> allNotes = new ArrayList<>(notes);
        double tConv = build.digitalConfig().timing().readCycles() * build.chip().clockPeriodSeconds();
        var shape = build.network().shape();
        long ops = shape.operations();
        allNotes.add(String.format(Locale.ROOT, "MAC-only %.3g nJ per inference = %.3g pJ per operation over the "
                + "%,d operations of one network sample (%s, as the published count); it is proportional to the %.0f ns the word lines stay on per "
                + "conversion (the shared %d-bit SAR at %.0f MHz): the published 0.7-2.5 nJ is a per-op figure of industrial "
                + "in-memory platforms, not a simulation; a 10 ns sampled read would divide the conduction part by %.0f",
                e.macOnlyJoules() * 1e9, e.macOnlyJoules() / ops * 1e12, ops, shape.operationsFormula(), tConv * 1e9, build.chip().adc().bits(),
                build.chip().clock().frequencyHertz() / 1e6, tConv / 10e-9));
        allNotes.add(String.format(Locale.ROOT, "ADC full scale %s calibrated from the trained network: LSB %s, "
                        + "reluShift %d, expShift %d, exp step %d/1000 nat; largest column current %s",
                Units.eng(build.calibration().fullScaleAmps(), "A"), Units.eng(build.calibration().lsbAmps(), "A"),
                build.calibration().reluShift(), build.calibration().expShift(), build.calibration().stepMilli(),
                Units.eng(build.calibration().largestColumnAmps(), "A")));
        return new ChipReport(Generator.id(), build.chip(), paths, EnergyReport.of(e), agreement, bySamples, overTime, stageSeconds, tol,
                allNotes, published);
    }

    private static boolean within(double a, double b) {
        return Double.isNaN(a) || Double.isNaN(b) || Math.abs(a - b) <= AUROC_TOLERANCE;
    }

    public static int unseen(BeatSet s) {
        int n = 0;
        for (int l : s.labels()) if (l >= EcgClass.TRAINED) n++;
        return n;
    }
}
