package memcim.bnn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import memcim.bnn.data.DatasetBuilder;
import memcim.bnn.data.EcgDataset;
import memcim.core.Json;
import memcim.device.DeviceCard;
import memcim.device.DevicePresets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Small training runs (a few hundred beats, few epochs) so the suite stays quick. */
class TrainingTest {
    private static EcgDataset data;
    private static final DeviceCard CARD = DevicePresets.load("hfox-1t1r");

    @BeforeAll
    static void data() {
        data = DatasetBuilder.synthetic(900, 21);
    }

    private static TrainingSettings small(long seed, int epochs) {
        return TrainingSettings.defaults(seed).withEpochs(epochs);
    }

    @Test
    void sameSeedGivesSameModelBytes(@TempDir Path dir) throws Exception {
        ModelFile a = ModelTraining.train(data, CARD, small(3, 3), s -> { }, s -> { }).model();
        ModelFile b = ModelTraining.train(data, CARD, small(3, 3), s -> { }, s -> { }).model();
        a.write(dir.resolve("a"));
        b.write(dir.resolve("b"));
        byte[] x = Files.readAllBytes(dir.resolve("a").resolve(ModelFile.NAME));
        assertTrue(java.util.Arrays.equals(x, Files.readAllBytes(dir.resolve("b").resolve(ModelFile.NAME))));
        ModelFile c = ModelTraining.train(data, CARD, small(4, 3), s -> { }, s -> { }).model();
        assertNotEquals(Json.write(a), Json.write(c));
        // and the file reads back to the same model
        ModelFile back = ModelFile.read(dir.resolve("a"));
        assertEquals(Json.write(a), Json.write(back));
    }

    @Test
    void bayesianAndConventionalNetworksLearn() {
        ModelTraining.Result r = ModelTraining.train(data, CARD, small(1, 25), s -> { }, s -> { });
        Metrics bnn = Evaluator.evaluate(WeightSamples.draw(r.model().network(), 20, 1), data.test());
        Metrics conv = Evaluator.evaluate(WeightSamples.single(r.model().shape(), r.model().conventionalWeights()), data.test());
        assertTrue(bnn.accuracy() > 0.6, "BNN accuracy " + bnn.accuracy());
        assertTrue(conv.accuracy() > 0.6, "conventional accuracy " + conv.accuracy());
        // one network: U_e = 0 for every beat, so the AUROC is exactly one half, as published
        assertEquals(0.5, conv.aurocEpistemic());
        assertEquals(0.0, conv.unseenEpistemicAboveHalf());
        assertTrue(bnn.aurocEpistemic() > 0.5, "BNN epistemic AUROC " + bnn.aurocEpistemic());
        assertTrue(r.bayesian().get(24).crossEntropy() < r.bayesian().get(0).crossEntropy());
    }

    /** The technological loss pulls the posterior onto the device: the mapping's KL is smaller with it. */
    @Test
    void technologicalLossBringsTheNetworkCloserToTheDevice() {
        ModelFile with = ModelTraining.train(data, CARD, small(2, 25), s -> { }, s -> { }).model();
        ModelFile without = ModelTraining.train(data, CARD, small(2, 25).withTechLoss(false), s -> { }, s -> { }).model();
        assertTrue(with.mappingKlNats() < 0.7 * without.mappingKlNats(),
                "KL with " + with.mappingKlNats() + ", without " + without.mappingKlNats());
    }
}
