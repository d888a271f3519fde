package memcim.bnn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import memcim.core.TimeSinceProgramming;
import memcim.data.ecg.DatasetBuilder;
import memcim.data.ecg.EcgDataset;
import memcim.device.DeviceCard;
import memcim.device.DevicePresets;
import memcim.networks.Metrics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Networks trained for a card and read a year after programming, as the cards' statistics imply: PCM drifts
 * (ν ≈ 0.05, conductances near half after a year), HfOx relaxes by about a percent.
 */
class DriftOverTimeTest {
    private static EcgDataset data;

    @BeforeAll
    static void data() {
        data = DatasetBuilder.synthetic(3600, 21);
    }

    private static List<ModelEvaluation.AtTime> overAYear(String card) {
        DeviceCard c = DevicePresets.load(card);
        ModelFile m = ModelTraining.train(data, c, TrainingSettings.defaults(1).withEpochs(25), s -> { }, s -> { }).model();
        return ModelEvaluation.overTime(m, c, data.test(), 50, 3, TimeSinceProgramming.parseList("1s,1y", "test"));
    }

    /**
     * PCM's conductances near halve in a year and every logit with them (×0.49² through two layers): the softmax
     * flattens, so confident correct predictions vanish and accuracy falls, most for a single network sample.
     * HfOx's relaxation spreads conductances by about a percent, below the programming σ.
     */
    @Test
    void pcmFallsWithTimeWhileHfoxBarelyMoves() {
        List<ModelEvaluation.AtTime> hfox = overAYear("hfox-1t1r"), pcm = overAYear("pcm");
        Metrics h0 = hfox.get(0).programmed(), h1 = hfox.get(1).programmed();
        Metrics p0 = pcm.get(0).programmed(), p1 = pcm.get(1).programmed();
        String all = "HfOx " + h0 + " -> " + h1 + "; PCM " + p0 + " -> " + p1;
        assertTrue(Math.abs(h0.accuracy() - h1.accuracy()) < 0.01, all);
        assertTrue(Math.abs(h0.aurocAleatoric() - h1.aurocAleatoric()) < 0.02, all);
        assertTrue(Math.abs(h0.correctAleatoricBelowHalf() - h1.correctAleatoricBelowHalf()) < 0.03, all);
        assertTrue(p0.accuracy() - p1.accuracy() > 0.01, all);
        assertTrue(p0.accuracyBySamples().get(1) - p1.accuracyBySamples().get(1) > 0.03, all);
        assertTrue(p0.aurocAleatoric() - p1.aurocAleatoric() > 0.03, all);
        assertTrue(p1.correctAleatoricBelowHalf() < 0.5 * p0.correctAleatoricBelowHalf(), all);
        assertEquals("1y", pcm.get(1).time());
        assertEquals(TimeSinceProgramming.YEAR, pcm.get(1).seconds());
    }
}
