package memcim.kinetics;

import java.util.Map;
import java.util.TreeMap;
import memcim.cosim.energy.DigitalEnergy;
import memcim.cosim.energy.TechnologyTable;
import memcim.core.ScratchFolder;
import memcim.data.ecg.BeatFeatures;
import memcim.hdl.periphery.DftFrontEnd;
import memcim.hdl.sim.Simulator;
import memcim.hdl.spec.ChipSpec;
import memcim.hdl.verify.SynthesisReport;

/**
 * What the digital FFT front end that kinetic features replace costs, estimated the way the chip's own digital energy
 * is: the {@link DftFrontEnd} (the reference chip's 32 bins of a 252-sample window, one complex multiply-accumulate per
 * cycle, 12-bit samples, 10-bit twiddles) synthesized by yosys, its toggle activity simulated on one beat's window,
 * cells × activity × the technology table's energy per transition, plus clock and leakage, at the reference chip's
 * clock. yosys maps the sample buffer to flip-flops and the energy model clocks every flip-flop every cycle; a designer
 * would gate the buffer's clock outside loading, so the figure with the buffer gated is given beside it. Left out: the detrend and taper before it (about 3 multiply-adds per sample, 5 % of the DFT's) and the
 * magnitude and log after it (2 multiplies and a table per bin).
 */
public record DigitalFrontEnd(String circuit, long cells, long flipFlops, long cycles, double clockHertz, double seconds,
                              double activity, double switchingJoules, double clockJoules, double leakageJoules, double joules,
                              long bufferFlipFlops, double bufferGatedJoules, long multiplyAccumulates) {
    public static final int SAMPLE_BITS = 12, TWIDDLE_BITS = 10;

    /** The DFT front end on one raw beat window (millivolts, {@link BeatFeatures#WINDOW} samples). */
    public static DigitalFrontEnd of(double[] rawWindow, TechnologyTable tech) {
        int n = BeatFeatures.WINDOW, k = BeatFeatures.FEATURES;
        DftFrontEnd dft = new DftFrontEnd(n, k, SAMPLE_BITS, TWIDDLE_BITS);
        SynthesisReport synth = ScratchFolder.use("memcim-dft-", work -> SynthesisReport.of(dft, work));
        Simulator sim = new Simulator(dft, Simulator.Engine.COMPILED);
        long[] x = quantised(BeatFeatures.tapered(rawWindow));
        sim.poke("x_we", 1);
        for (int i = 0; i < n; i++) {
            sim.poke("x_addr", i);
            sim.poke("x_data", x[i] & ((1 << SAMPLE_BITS) - 1));
            sim.step();
        }
        sim.poke("x_we", 0);
        sim.countToggles();
        long c0 = sim.cycle();
        sim.poke("start", 1);
        sim.step();
        sim.poke("start", 0);
        while (sim.peek("busy") == 1) sim.step();
        long cycles = sim.cycle() - c0;
        long toggles = sim.toggles().values().stream().mapToLong(Long::longValue).sum();
        double activity = (double) toggles / cycles / Math.max(1, synth.cells());
        Map<String, Integer> cells = new TreeMap<>();
        synth.cellsByType().forEach((type, count) -> cells.put(type, count.intValue()));
        double hz = ChipSpec.reference().clock().frequencyHertz();
        DigitalEnergy e = DigitalEnergy.of(cells, activity, cycles, cycles / hz, tech);
        long buffer = (1L << dft.addressBits()) * SAMPLE_BITS;
        double bufferClock = buffer * cycles * tech.get("clock.dffPerCycle");
        return new DigitalFrontEnd(dft.name(), synth.cells(), synth.flipFlops(), cycles, hz, cycles / hz, activity, e.switchingJoules(),
                e.clockJoules(), e.leakageJoules(), e.totalJoules(), buffer, e.totalJoules() - bufferClock, 2L * n * k);
    }

    /** Full scale at the window's largest magnitude: the range an ADC ahead of the DFT would be set to. */
    static long[] quantised(double[] x) {
        double peak = 0;
        for (double v : x) peak = Math.max(peak, Math.abs(v));
        double full = (1 << (SAMPLE_BITS - 1)) - 1;
        long[] q = new long[x.length];
        for (int i = 0; i < x.length; i++) q[i] = peak == 0 ? 0 : Math.round(full * x[i] / peak);
        return q;
    }
}
