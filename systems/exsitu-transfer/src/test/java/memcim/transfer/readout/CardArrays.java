package memcim.transfer.readout;

import java.util.SplittableRandom;
import memcim.device.DeviceCard;
import memcim.device.DeviceModel;
import memcim.device.DevicePresets;
import memcim.device.ProgrammedArray;

/** Test fixture: arrays programmed from a real device card, one SET per cell at a seeded random compliance. */
final class CardArrays {
    static final DeviceCard CARD = DevicePresets.load("hfox-1t1r");

    private CardArrays() {}

    /** Compliances log-uniform over the card's measured range; conductances read at the card's measurement time. */
    static double[][] programmed(int rows, int cols, long seed) {
        DeviceModel device = new DeviceModel(CARD);
        SplittableRandom rng = new SplittableRandom(seed);
        double lo = Math.log(CARD.minComplianceAmps()), hi = Math.log(CARD.maxComplianceAmps());
        double[][] icc = new double[rows][cols];
        for (double[] r : icc) for (int j = 0; j < cols; j++) r[j] = Math.exp(lo + (hi - lo) * rng.nextDouble());
        return ProgrammedArray.programCompliance(device, icc, seed + 1).conductancesAt(CARD.measurementSeconds());
    }
}
