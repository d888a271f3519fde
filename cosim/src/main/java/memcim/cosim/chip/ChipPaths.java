package memcim.cosim.chip;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import memcim.core.Progress;
import memcim.data.ecg.BeatSet;
import memcim.hdl.periphery.ChipDigital;
import memcim.hdl.periphery.ChipReference;
import memcim.hdl.periphery.ChipSession;
import memcim.hdl.periphery.InferenceResult;
import memcim.hdl.periphery.PeripheryConfig;

/**
 * Runs beats through the chip: the digital periphery either as the hdl module's software reference (bit-exact
 * with the simulated hardware, fast enough for a whole test set) or as the cycle simulation of the very modules
 * that emit the Verilog; the analog side through a {@link ColumnSensing}.
 */
public final class ChipPaths {
    private ChipPaths() {}

    public static int[] features(BeatSet set, int beat) {
        int[] x = new int[BeatSet.WIDTH];
        for (int i = 0; i < x.length; i++) x[i] = set.codes()[beat * BeatSet.WIDTH + i];
        return x;
    }

    /** The digital reference (ChipReference) over every beat, beats spread over the cores. */
    public static PathOutcome reference(String path, PeripheryConfig digital, memcim.hdl.spec.ChipSpec chip,
                                        ColumnSensing sensing, BeatSet beats, Progress progress) {
        long t0 = System.nanoTime();
        int n = beats.size();
        BeatOutcome[] out = new BeatOutcome[n];
        int chunks = Math.max(1, Runtime.getRuntime().availableProcessors());
        long[] conv = new long[chunks];
        double[] sel = new double[chunks], all = new double[chunks];
        IntStream.range(0, chunks).parallel().forEach(c -> {
            ComparatorReadout r = new ComparatorReadout(chip, sensing);
            for (int i = c; i < n; i += chunks) {
                r.newBeat();
                InferenceResult res = ChipReference.infer(digital, features(beats, i), r);
                out[i] = new BeatOutcome(i, beats.labels()[i], res);
                if (progress != null) progress.step();
            }
            conv[c] = r.conversions();
            sel[c] = r.selectedAmps();
            all[c] = r.arrayAmps();
        });
        return new PathOutcome(path, sensing.describe() + " + digital reference (hdl ChipReference)", digital.samples(),
                List.of(out), sum(conv), sum(sel), sum(all), (System.nanoTime() - t0) / 1e9);
    }

    /** The cycle-accurate digital simulation (hdl ChipSession) over the beats, one after another. */
    public static PathOutcome simulated(String path, ChipDigital digital, memcim.hdl.spec.ChipSpec chip,
                                        ComparatorReadout readout, BeatSet beats, Progress progress) {
        long t0 = System.nanoTime();
        ChipSession session = new ChipSession(digital);
        List<BeatOutcome> out = new ArrayList<>();
        for (int i = 0; i < beats.size(); i++) {
            readout.newBeat();
            out.add(new BeatOutcome(i, beats.labels()[i], session.infer(features(beats, i), readout)));
            if (progress != null) progress.step();
        }
        return new PathOutcome(path, readout.sensing().describe() + " + cycle simulation of the digital periphery (hdl)",
                digital.config().samples(), out, readout.conversions(), readout.selectedAmps(), readout.arrayAmps(),
                (System.nanoTime() - t0) / 1e9);
    }

    private static long sum(long[] xs) { long s = 0; for (long x : xs) s += x; return s; }

    private static double sum(double[] xs) { double s = 0; for (double x : xs) s += x; return s; }
}
