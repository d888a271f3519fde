package memcim.sbp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import memcim.data.mnist.FashionMnist;
import memcim.data.mnist.ImageCodes;
import memcim.device.DevicePresets;
import memcim.device.NonlinearBoundedPulses;
import memcim.device.array.TiledCrossbar;
import org.junit.jupiter.api.Test;

/** Sign-backpropagation on Fashion-MNIST subsets: it learns, and a seed fixes every bit. */
class SignTrainingTest {
    private static final ImageCodes TRAIN = ImageCodes.of(FashionMnist.train(), 1, 1, 2000);
    private static final ImageCodes TEST = ImageCodes.of(FashionMnist.test(), 1, 1, 1000);
    private static final NonlinearBoundedPulses CARD = (NonlinearBoundedPulses) DevicePresets.load("rram-pulsed").pulses();
    private static final SignRule RULE = new SignRule(2, 6, 0.25, 1);

    private static SignNetwork net(long seed, TiledCrossbar wires) {
        return new SignNetwork(784, 32, 10, new SignNetwork.Hardware(CARD, wires, 0.01, 5000, 200), RULE, new SplittableRandom(seed));
    }

    @Test
    void theSameSeedGivesTheSameBitsAndAnotherSeedAnotherNetwork() {
        TiledCrossbar wires = TiledCrossbar.of(DevicePresets.load("rram-pulsed"), 1, 32, 32);
        SignNetwork a = net(3, wires), b = net(3, wires), c = net(4, wires);
        List<SignTraining.Epoch> ha = SignTraining.run(a, TRAIN, TEST, 2, true, new SplittableRandom(5), e -> {});
        List<SignTraining.Epoch> hb = SignTraining.run(b, TRAIN, TEST, 2, true, new SplittableRandom(5), e -> {});
        SignTraining.run(c, TRAIN, TEST, 2, true, new SplittableRandom(5), e -> {});
        assertArrayEquals(a.conductances(), b.conductances(), "bit for bit");
        for (int e = 0; e < 2; e++) {
            assertEquals(ha.get(e).testAccuracy(), hb.get(e).testAccuracy());
            assertEquals(ha.get(e).sets(), hb.get(e).sets());
            assertEquals(ha.get(e).resets(), hb.get(e).resets());
        }
        assertFalse(Arrays.equals(a.conductances(), c.conductances()));
    }

    @Test
    void onIdealDevicesItLearnsFashionWellAboveChance() {
        var linear = new NonlinearBoundedPulses(10e-6, 100e-6, 1.4e-6, 1.4e-6, 0, 0, 0, 0);
        SignNetwork n = new SignNetwork(784, 32, 10, new SignNetwork.Hardware(linear, null, 0, Long.MAX_VALUE, 1000), RULE,
                new SplittableRandom(1));
        double before = SignTraining.accuracy(n, TEST);
        List<SignTraining.Epoch> h = SignTraining.run(n, TRAIN, TEST, 3, true, new SplittableRandom(2), e -> {});
        double after = h.get(h.size() - 1).testAccuracy();
        // ten classes: chance is 10 %; a float MLP of this size reaches about 80 % on 2,000 images
        assertTrue(after > 0.65 && after > before + 0.4, before + " -> " + after);
        // an update gives each pair one SET and one RESET (a pulse at a bound is still applied and counted, it just moves
        // nothing): with no stuck cells and no endurance limit they come in equal numbers
        long sets = h.stream().mapToLong(SignTraining.Epoch::sets).sum(), resets = h.stream().mapToLong(SignTraining.Epoch::resets).sum();
        assertEquals(sets, resets, "one SET and one RESET per updated pair");
    }

    @Test
    void anEnduranceLimitStopsTheMostPulsedCells() {
        SignNetwork n = new SignNetwork(784, 32, 10, new SignNetwork.Hardware(CARD, null, 0, 50, 1000), RULE, new SplittableRandom(1));
        SignTraining.run(n, TRAIN, TEST, 1, false, new SplittableRandom(2), e -> {});
        assertEquals(50, n.mostPulsedCell(), "no cell takes more than its endurance");
    }
}
