package memcim.networks;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.SplittableRandom;
import memcim.core.InputException;
import memcim.data.mnist.FashionMnist;
import memcim.data.mnist.ImageCodes;
import org.junit.jupiter.api.Test;

/** Noise injection on real images (Fashion-MNIST, installed by scripts/setup). */
class HardwareAwareMapTest {
    static final NetworkShape SHAPE = new NetworkShape(List.of(196, 32, 10), 4, 4, 16);
    static final LoopSettings FIVE_EPOCHS = new LoopSettings(5, 32, 1e-3, "adam");
    static final ImageCodes TRAIN = ImageCodes.of(FashionMnist.train(), 2, 4, 6000);
    static final ImageCodes TEST = ImageCodes.of(FashionMnist.test(), 2, 4, 2000);

    @Test
    void withoutNoiseItIsTheMapNetworkBitForBit() {
        var rngA = new SplittableRandom(3);
        var map = new MaximumAPosteriori(SHAPE, 1.0, rngA, TRAIN.size());
        TrainingLoop.run(map, new LoopSettings(1, 32, 1e-3, "adam"), rngA, TRAIN, TEST, s -> {});
        var rngB = new SplittableRandom(3);
        var aware = new HardwareAwareMap(SHAPE, 1.0, 0, rngB, 99, TRAIN.size());
        TrainingLoop.run(aware, new LoopSettings(1, 32, 1e-3, "adam"), rngB, TRAIN, TEST, s -> {});
        assertArrayEquals(map.weights(), aware.weights());
    }

    @Test
    void aNetworkTrainedWithNoiseLosesLessAccuracyToWeightErrors() {
        double[] plain = train(0), aware = train(0.05);
        double cleanPlain = accuracy(plain, 0), cleanAware = accuracy(aware, 0);
        double noisyPlain = accuracy(plain, 0.05), noisyAware = accuracy(aware, 0.05);
        assertTrue(cleanPlain > 0.7 && cleanAware > 0.7, cleanPlain + ", " + cleanAware);
        // both lose accuracy to errors of 5 % of the largest weight; the noise-trained one clearly less
        assertTrue(noisyPlain < cleanPlain - 0.02, "plain " + cleanPlain + " -> " + noisyPlain);
        assertTrue(cleanAware - noisyAware < (cleanPlain - noisyPlain) / 2,
                "aware " + cleanAware + " -> " + noisyAware + ", plain " + cleanPlain + " -> " + noisyPlain);
    }

    @Test
    void noiseOutsideItsRangeIsRefused() {
        var e = assertThrows(InputException.class, () -> new HardwareAwareMap(SHAPE, 1, 1.5, new SplittableRandom(1), 1, 10));
        assertTrue(e.getMessage().contains("weight noise"), e.getMessage());
    }

    private static double[] train(double noise) {
        var rng = new SplittableRandom(1);
        var o = new HardwareAwareMap(SHAPE, 1.0, noise, rng, 7, TRAIN.size());
        TrainingLoop.run(o, FIVE_EPOCHS, rng, TRAIN, TEST, s -> {});
        return o.weights();
    }

    /** Test accuracy with every layer's weights perturbed by N(0, (share·max|w|)²), the mean of four draws. */
    private static double accuracy(double[] w, double share) {
        var r = new SplittableRandom(11);
        double acc = 0;
        for (int k = 0; k < 4; k++) {
            double[] n = w.clone();
            for (int l = 0; l < SHAPE.layers(); l++) {
                double max = 0;
                for (int i = SHAPE.offset(l); i < SHAPE.offset(l + 1); i++) max = Math.max(max, Math.abs(w[i]));
                for (int i = SHAPE.offset(l); i < SHAPE.offset(l + 1); i++) n[i] += share * max * r.nextGaussian();
            }
            acc += Evaluator.evaluate(WeightSamples.single(SHAPE, n), TEST).accuracy() / 4;
        }
        return acc;
    }
}
