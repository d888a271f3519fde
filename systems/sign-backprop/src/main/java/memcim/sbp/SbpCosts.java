package memcim.sbp;

import java.util.Map;
import java.util.TreeMap;
import memcim.core.ScratchFolder;
import memcim.cosim.energy.DigitalEnergy;
import memcim.cosim.energy.TechnologyTable;
import memcim.hdl.periphery.OutputErrorUnit;
import memcim.hdl.periphery.PairColumnDriver;
import memcim.hdl.periphery.PulseScheduler;
import memcim.hdl.periphery.TernaryUnit;
import memcim.hdl.periphery.TrainingController;
import memcim.hdl.sim.Simulator;
import memcim.hdl.verify.SynthesisReport;

/**
 * What training and inference cost besides the programming pulses, per sample and per epoch, all estimates for 130 nm
 * ({@link TechnologyTable#cmos130}) with the constants named here:
 * <ul>
 *   <li>time: the {@link TrainingController}'s cycles at {@link LockStepUpdate#CLOCK_SECONDS} (the clock that resolves the
 *       card's pulses), read windows of {@link #READ_SECONDS}, the input bits loaded {@link #BUS_BITS} per cycle;</li>
 *   <li>array reads: every driven cell at {@link #READ_VOLTS} for the read window, G·V²·t, on the trained conductances;</li>
 *   <li>comparators: the decisions of a sample (hidden sign and window, hidden errors, output hinge), the table's energy
 *       per decision;</li>
 *   <li>digital: the controller and the pulse scheduler synthesized by yosys, their toggles simulated over a sample
 *       with and one without an update (cells × activity × energy per transition, clock, leakage); the combinational
 *       error units and column drivers by their cell counts, each output switching at most once per phase (a bound).</li>
 * </ul>
 */
public record SbpCosts(double clockHertz, int readCycles, long cyclesUpdated, long cyclesSkipped, double secondsPerEpoch,
                       double readJoulesPerSample, double comparatorJoulesPerSample, double controllerJoulesUpdated,
                       double controllerJoulesSkipped, long combinationalCells, double combinationalJoulesBoundPerSample,
                       double programmingJoulesPerEpoch, double trainingJoulesPerEpoch, double inferenceSecondsPerSample,
                       double inferenceJoulesPerSample) {
    public static final double READ_VOLTS = 0.2, READ_SECONDS = 100e-9;
    public static final int BUS_BITS = 32;
    /** A pair column driver or ternary unit covers at most this many neurons; the layer takes as many as it needs. */
    static final int TILE = 32;

    /**
     * @param inputs         input word lines (without the bias line)
     * @param meanActive     mean input bits at 1 per sample
     * @param meanConductance mean cell conductance after training, siemens
     * @param samples        training samples per epoch
     * @param updated        of which pulsed
     */
    public static SbpCosts of(int inputs, int hidden, int classes, double meanActive, double meanHiddenActive, double meanConductance,
                              int samples, double updated, int pulses, int[] windows, double programmingJoulesPerEpoch,
                              TechnologyTable tech) {
        int t = (int) Math.round(READ_SECONDS / LockStepUpdate.CLOCK_SECONDS);
        double hz = 1 / LockStepUpdate.CLOCK_SECONDS;
        PulseScheduler sched = new PulseScheduler(windows[0], windows[1], windows[2], 4);
        TrainingController ctrl = new TrainingController(t);
        long load = (inputs + BUS_BITS - 1) / BUS_BITS;
        long u = sched.cycles(pulses);
        long withUpdate = load + TrainingController.cycles(t, true, u), without = load + TrainingController.cycles(t, false, u);
        double cycles = updated * withUpdate + (samples - updated) * without;

        // array reads: forward through both layers (the bias lines too), and the output array read back
        double cell = meanConductance * READ_VOLTS * READ_VOLTS * READ_SECONDS;
        double forward = ((meanActive + 1) * 2 * hidden + (meanHiddenActive + 1) * 2 * classes) * cell;
        double back = (hidden + 1) * 2 * classes * cell;
        double decisionsTrain = hidden * 3 + hidden * 2 + classes * 2, decisionsInfer = hidden + classes * 2;
        double cmp = tech.get("comparator.joulesPerDecision");

        double[] digital = ScratchFolder.use("memcim-sbp-synth-", work -> {
            SynthesisReport sc = SynthesisReport.of(ctrl, work.resolve("ctrl"));
            SynthesisReport ss = SynthesisReport.of(sched, work.resolve("sched"));
            long comb = 0;
            int tiles = (hidden + TILE - 1) / TILE;
            comb += SynthesisReport.of(new OutputErrorUnit(classes), work.resolve("oe")).cells();
            comb += tiles * SynthesisReport.of(new TernaryUnit(TILE), work.resolve("tu")).cells();
            comb += (tiles + 1) * SynthesisReport.of(new PairColumnDriver(TILE), work.resolve("pcd")).cells();
            return new double[] {sample(ctrl, sched, sc, ss, true, pulses, tech), sample(ctrl, sched, sc, ss, false, pulses, tech), comb};
        });
        long comb = (long) digital[2];
        // each combinational output switches at most once per read or update phase: 2 update phases per pulse and layer
        double combBound = comb * (3 + 4.0 * pulses) * tech.switchingJoules("$_AND_");
        double perSampleRest = forward + back + decisionsTrain * cmp;
        double epoch = programmingJoulesPerEpoch + samples * perSampleRest + updated * (digital[0] + combBound)
                + (samples - updated) * digital[1];
        double inferCycles = load + 2.0 * t + 2;
        double inferJoules = forward + decisionsInfer * cmp + digital[1] * inferCycles / without;
        return new SbpCosts(hz, t, withUpdate, without, cycles / hz, forward + back, decisionsTrain * cmp, digital[0], digital[1], comb,
                combBound, programmingJoulesPerEpoch, epoch, inferCycles / hz, inferJoules);
    }

    /** The controller and scheduler over one sample, clocked together, their energies summed. */
    private static double sample(TrainingController ctrlModule, PulseScheduler schedModule, SynthesisReport sc, SynthesisReport ss,
                                 boolean error, int pulses, TechnologyTable tech) {
        Simulator ctrl = new Simulator(ctrlModule), sched = new Simulator(schedModule);
        sched.poke("pulses", pulses);
        ctrl.poke("any_error", error ? 1 : 0);
        ctrl.countToggles();
        sched.countToggles();
        ctrl.poke("start", 1);
        long cycles = 0;
        do {
            ctrl.poke("sched_done", sched.peek("done"));
            ctrl.settle();
            sched.poke("start", ctrl.peek("sched_start"));
            ctrl.step();
            sched.step();
            ctrl.poke("start", 0);
            cycles++;
        } while (ctrl.peek("done") == 0);
        return energy(sc, ctrl, cycles, tech) + energy(ss, sched, cycles, tech);
    }

    private static double energy(SynthesisReport synth, Simulator sim, long cycles, TechnologyTable tech) {
        Map<String, Integer> cells = new TreeMap<>();
        synth.cellsByType().forEach((k, v) -> cells.put(k, v.intValue()));
        long toggles = sim.toggles().values().stream().mapToLong(Long::longValue).sum();
        double activity = (double) toggles / cycles / Math.max(1, synth.cells());
        return DigitalEnergy.of(cells, activity, cycles, cycles * LockStepUpdate.CLOCK_SECONDS, tech).totalJoules();
    }
}
