package memcim.kinetics;

import static org.junit.jupiter.api.Assertions.*;

import java.util.SplittableRandom;
import memcim.data.mnist.FashionMnist;
import org.junit.jupiter.api.Test;

/** Training on real images (Fashion-MNIST, installed by scripts/setup): deterministic, and it learns α, β with the head. */
class KineticTrainingTest {
    static final Sequences TRAIN = Sequences.of(FashionMnist.train(), 1500), TEST = Sequences.of(FashionMnist.test(), 500);

    static KineticClassifier trained(long seed, KineticTraining.Spread spread) {
        var net = new KineticClassifier(28, 28, 16, 10, KineticRecurrence.authors(), new SplittableRandom(seed));
        KineticTraining.train(net, TRAIN, TEST, new KineticTraining.Settings(2, 32, 2e-3, seed, spread), e -> {});
        return net;
    }

    @Test
    void theSameSeedGivesTheSameBitsAndTheNetworkLearns() {
        var a = trained(4, null);
        var b = trained(4, null);
        assertArrayEquals(a.parameters(), b.parameters());
        double acc = KineticTraining.accuracy(a, TEST);
        assertTrue(acc > 0.6, "ten classes, chance 0.1: " + acc);
        var init = new KineticClassifier(28, 28, 16, 10, KineticRecurrence.authors(), new SplittableRandom(4));
        assertNotEquals(init.alpha(), a.alpha(), "α moved");
        assertNotEquals(init.beta(), a.beta(), "β moved");
    }

    @Test
    void theSpreadIsDrawnFromItsOwnStreamAndChipsAreSeeded() {
        var spread = KineticTraining.Spread.authors();
        var a = trained(6, spread);
        assertArrayEquals(a.parameters(), trained(6, spread).parameters());
        double[] chips = KineticTraining.chipAccuracy(a, TEST, spread, 3, 2);
        assertArrayEquals(chips, KineticTraining.chipAccuracy(a, TEST, spread, 3, 2));
        assertTrue(chips[1] >= 0 && chips[0] > 0.3, chips[0] + " ± " + chips[1]);
        int[][] c = KineticTraining.confusion(a, TEST, 10);
        int total = 0, diagonal = 0;
        for (int t = 0; t < 10; t++) for (int q = 0; q < 10; q++) { total += c[t][q]; if (t == q) diagonal += c[t][q]; }
        assertEquals(TEST.size(), total);
        assertEquals(KineticTraining.accuracy(a, TEST), (double) diagonal / total, 1e-12);
    }
}
