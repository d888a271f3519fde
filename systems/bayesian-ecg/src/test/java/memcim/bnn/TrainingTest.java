package memcim.bnn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import memcim.core.Json;
import memcim.data.ecg.DatasetBuilder;
import memcim.data.ecg.EcgDataset;
import memcim.device.DeviceCard;
import memcim.device.DevicePresets;
import memcim.networks.Evaluator;
import memcim.networks.Metrics;
import memcim.networks.WeightSamples;
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
        // a file written before techDeviceSigmaUnits existed still reads, as trained in network units
        String text = Files.readString(dir.resolve("a").resolve(ModelFile.NAME));
        String older = text.replaceAll("\"techDeviceSigmaUnits\"\\s*:\\s*true\\s*,", "");
        assertNotEquals(text, older);
        Files.createDirectories(dir.resolve("old"));
        Files.writeString(dir.resolve("old").resolve(ModelFile.NAME), older);
        assertEquals(null, ModelFile.read(dir.resolve("old")).settings().techDeviceSigmaUnits());
    }

    /**
     * 1,800 beats rather than 900: the technological loss enters the cost once per data set (divided by N), so on
     * 540 training beats it weighs 5× more than on the default set and slows the first epochs.
     */
    @Test
    void bayesianAndConventionalNetworksLearn() {
        EcgDataset larger = DatasetBuilder.synthetic(1800, 21);
        ModelTraining.Result r = ModelTraining.train(larger, CARD, small(1, 25), s -> { }, s -> { });
        Metrics bnn = Evaluator.evaluate(r.model().network().draw(20, 1), larger.test());
        Metrics conv = Evaluator.evaluate(WeightSamples.single(r.model().shape(), r.model().conventionalWeights()), larger.test());
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

    /**
     * Distances in units of the device's σ floor (the default) pull the posterior much closer onto the device than
     * the same δ in network units, where the loss is flat over a band as wide as the device's σ range.
     */
    @Test
    void deviceSigmaUnitsPullTheNetworkCloserThanNetworkUnits() {
        TrainingSettings d = small(2, 25);
        TrainingSettings networkUnits = new TrainingSettings(d.epochs(), d.batchSize(), d.learningRate(), d.priorSigma(),
                d.initSigma(), d.hiddenStep(), true, d.delta(), d.beta(), d.techWeight(), false, d.conditionsPerCell(), d.layers(), d.optimiser(), d.seed(), 1);
        ModelFile device = ModelTraining.train(data, CARD, d, s -> { }, s -> { }).model();
        ModelFile network = ModelTraining.train(data, CARD, networkUnits, s -> { }, s -> { }).model();
        assertTrue(device.settings().techDeviceSigmaUnits() && !network.settings().techDeviceSigmaUnits());
        assertTrue(device.mappingKlNats() < 0.5 * network.mappingKlNats(),
                "KL in device-σ units " + device.mappingKlNats() + ", in network units " + network.mappingKlNats());
    }
}
