package memcim.bnn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import memcim.core.InputException;
import memcim.data.ecg.DatasetBuilder;
import memcim.data.ecg.EcgDataset;
import memcim.device.DevicePresets;
import memcim.networks.Optimiser;
import org.junit.jupiter.api.Test;

class OptimiserTest {
    /** SGD: θ − rate·g, exactly. */
    @Test
    void sgdStepsDownTheGradient() {
        double[] p = {1, -2, 0.5};
        Optimiser.Kind.SGD.create(3, 0.1).step(p, new double[] {4, -1, 0});
        assertArrayEquals(new double[] {1 - 0.4, -2 + 0.1, 0.5}, p, 1e-15);
    }

    /** Adam's first step: bias-corrected m̂ = g, v̂ = g², so every parameter moves by rate·g/(|g| + ε) ≈ rate. */
    @Test
    void adamFirstStepIsTheRateTimesTheSign() {
        double[] p = {1, -2, 0.5};
        Optimiser.Kind.ADAM.create(3, 0.01).step(p, new double[] {4, -1e-3, 0});
        assertEquals(1 - 0.01 * 4 / (4 + 1e-8), p[0], 1e-12);
        assertEquals(-2 + 0.01 * 1e-3 / (1e-3 + 1e-8), p[1], 1e-12);
        assertEquals(0.5, p[2]);
    }

    /** On f(θ) = θ²/2 both reach the minimum; SGD at rate 0.1 contracts by exactly 0.9 a step. */
    @Test
    void bothMinimiseAQuadratic() {
        for (Optimiser.Kind k : Optimiser.Kind.values()) {
            Optimiser o = k.create(1, 0.1);
            double[] p = {3};
            for (int i = 0; i < 400; i++) o.step(p, new double[] {p[0]});
            assertEquals(0, p[0], 0.05, k.id());
        }
        Optimiser sgd = Optimiser.Kind.SGD.create(1, 0.1);
        double[] p = {3};
        for (int i = 0; i < 10; i++) sgd.step(p, new double[] {p[0]});
        assertEquals(3 * Math.pow(0.9, 10), p[0], 1e-12);
    }

    @Test
    void unknownOptimiserIsNamed() {
        assertEquals("--optimiser: expected adam or sgd, found 'rmsprop'",
                assertThrows(InputException.class, () -> Optimiser.Kind.parse("rmsprop", "--optimiser")).getMessage());
        assertEquals(Optimiser.Kind.ADAM, Optimiser.Kind.parse(null, "settings"));
    }

    /** The one training loop runs either optimiser: SGD learns too, along another path than Adam. */
    @Test
    void theTrainingLoopTakesEitherOptimiser() {
        EcgDataset data = DatasetBuilder.synthetic(900, 21);
        TrainingSettings adam = TrainingSettings.defaults(1).withEpochs(8).withTechLoss(false);
        TrainingSettings sgd = adam.withOptimiser(Optimiser.Kind.SGD);
        var dom = memcim.device.PairDomain.of(new memcim.device.DeviceModel(DevicePresets.load("hfox-1t1r")), 16);
        Trainer.BayesianRun a = new Trainer(adam, s -> { }).trainBayesian(data.train(), data.validation(), dom);
        Trainer.BayesianRun s = new Trainer(sgd, e -> { }).trainBayesian(data.train(), data.validation(), dom);
        assertTrue(s.history().get(7).crossEntropy() < s.history().get(0).crossEntropy(), "SGD lowers the cross-entropy");
        assertTrue(a.network().mu()[0] != s.network().mu()[0]);
        assertEquals("sgd", sgd.optimiser());
    }
}
