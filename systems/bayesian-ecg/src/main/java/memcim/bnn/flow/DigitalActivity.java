package memcim.bnn.flow;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import memcim.data.ecg.BeatSet;
import memcim.cosim.chip.ChipPaths;
import memcim.cosim.chip.ComparatorReadout;
import memcim.cosim.chip.FastSensing;
import memcim.cosim.energy.DigitalEnergy;
import memcim.cosim.energy.TechnologyTable;
import memcim.hdl.periphery.ChipDigital;
import memcim.hdl.periphery.ChipSession;
import memcim.hdl.periphery.InferenceResult;
import memcim.hdl.sim.Simulator;
import memcim.hdl.verify.SynthesisReport;

/**
 * The digital periphery's energy per inference: yosys generic cells of the synthesized chip_digital, the activity
 * of one inference simulated cycle by cycle on a test beat (signal-bit toggles per cycle per cell), the cycles it
 * took.
 */
final class DigitalActivity {
    private DigitalActivity() {}

    static DigitalEnergy measure(ChipBuild build, BeatSet test, Path work, TechnologyTable tech) {
        ChipDigital digital = build.digital();
        SynthesisReport synth = SynthesisReport.of(digital, work);
        Map<String, Integer> cells = new TreeMap<>();
        synth.cellsByType().forEach((k, v) -> cells.put(k, v.intValue()));
        ChipSession session = new ChipSession(build.digital());
        Simulator sim = session.simulator();
        sim.countToggles();
        long c0 = sim.cycle();
        InferenceResult r = session.infer(ChipPaths.features(test, 0),
                new ComparatorReadout(build.chip(), new FastSensing(build.chip(), build.arrays(), build.card())));
        long cycles = sim.cycle() - c0;
        long toggles = sim.toggles().values().stream().mapToLong(Long::longValue).sum();
        // the simulator sees RTL signals, not gates: one toggled signal bit is taken as one switching cell output,
        // so the activity per cell and cycle is (toggles / cycle) / cells
        double activity = (double) toggles / cycles / Math.max(1, synth.cells());
        return DigitalEnergy.of(cells, activity, r.cycles(), r.cycles() * build.chip().clockPeriodSeconds(), tech);
    }

}
