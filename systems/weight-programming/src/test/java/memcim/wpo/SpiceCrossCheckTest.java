package memcim.wpo;

import static org.junit.jupiter.api.Assertions.*;

import java.util.SplittableRandom;
import memcim.device.DeviceModel;
import memcim.device.DevicePresets;
import memcim.device.array.TiledCrossbar;
import memcim.mapping.MultiPair;
import memcim.mapping.TranslationFunctions;
import org.junit.jupiter.api.Test;

/** A programmed four-device array read at one day in ngspice (in-process) agrees with the fast model the accuracy runs use. */
class SpiceCrossCheckTest {
    @Test
    void aFourDeviceArrayAtOneDayReadsTheSameInNgspiceAndInTheFastModel() {
        DeviceModel pcm = new DeviceModel(DevicePresets.load("pcm"));
        var range = WeightRange.of(pcm.card());
        SplittableRandom r = new SplittableRandom(4);
        double[][] w = new double[24][12];
        for (double[] row : w) for (int j = 0; j < row.length; j++) row[j] = Math.max(-1, Math.min(1, 0.35 * r.nextGaussian()));
        var box = TranslationFunctions.Box.of(6, range, 1.0);
        double[] x = new double[box.dimensions()];
        for (int k = 0; k < x.length; k++) x[k] = r.nextDouble();   // any point: a converter with F, common modes, both pairs in use
        for (var converter : new memcim.mapping.WeightConverter[] {box.decode(x),
                new MultiPair(2, 2.5, 3.5 * range.spanSiemens(), range, MultiPair.Split.LEAST_SIGNIFICANT_FIRST)}) {
            var tiles = TiledCrossbar.of(pcm.card(), 1.0, 48, 24);
            SpiceCrossCheck.Result c = SpiceCrossCheck.run(converter, pcm, w, tiles, 86_400, 7);
            assertEquals(48, c.rows());
            assertEquals(24, c.cols());
            assertTrue(c.maxColumnAmps() > 1e-7, "a real read: " + c.maxColumnAmps() + " A");
            // the solvers agree to their own tolerance (1e-10 of full scale), far inside the 0.5 % target against SPICE
            assertTrue(c.maxAbsErrorAmps() < 1e-6 * c.maxColumnAmps(), c.maxAbsErrorAmps() + " A of " + c.maxColumnAmps());
            // and the weighted sums the accuracy runs compute from effective conductances are the ones ngspice's currents give
            assertTrue(c.maxSumError() < 1e-6 * Math.max(1, c.maxSum()), c.maxSumError() + " of " + c.maxSum());
        }
    }
}
