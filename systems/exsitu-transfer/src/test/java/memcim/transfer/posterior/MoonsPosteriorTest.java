package memcim.transfer.posterior;

import static org.junit.jupiter.api.Assertions.*;

import memcim.networks.Evaluator;
import memcim.transfer.flow.PlaneTasks;
import memcim.transfer.flow.TaskData;
import org.junit.jupiter.api.Test;

/**
 * The acceptance, "R̂ < 1.05 on the moons run": the default settings on the standard moons task (200
 * training points, noise 0.1, 3 → 12 → 2, seed 1). R̂ is checked where it means something, on quantities every
 * relabelling of the hidden units leaves alone: the log density and the predicted probabilities at every one of
 * the grid's 4,096 points. About 20 s on 2 cores.
 */
class MoonsPosteriorTest {
    @Test
    void theDefaultsConvergeOnTheMoonsAndPredictThem() {
        TaskData task = PlaneTasks.moons(1);
        PosteriorDraws d = PosteriorSampler.sample(task.shape(), task.train(), task.plane().grid(), PosteriorSettings.defaults(), null);
        PosteriorDiagnostics g = d.diagnostics();
        String why = String.join("\n", g.summaryLines());
        // measured with these settings: R̂(lp) 1.011, grid max 1.020, 99th percentile 1.015; acceptance 0.87
        assertTrue(g.rhatLogDensity() < 1.05, why);
        assertTrue(g.gridRhatMax() < 1.05, why);
        assertTrue(g.gridRhatP99() <= g.gridRhatMax(), why);
        assertTrue(g.converged(), why);
        assertEquals(4096, g.gridPoints());
        assertTrue(g.meanAcceptance() > 0.6 && g.meanAcceptance() < 0.97, why);
        assertTrue(g.divergences() <= 3, why);
        assertEquals(4 * 1500, d.draws().length);
        assertEquals(task.shape().weights(), d.draws()[0].length);
        // posterior predictive: the mean softmax over all 6,000 draws, rounded hidden codes; measured 0.981
        memcim.networks.Metrics m = Evaluator.evaluate(d.weightSamples(), task.test());
        assertTrue(m.accuracy() >= 0.95, "test accuracy " + m.accuracy() + "\n" + why);
        assertEquals(PlaneTasks.TEST_POINTS, m.knownBeats());
        // the weights themselves need not agree between chains (permutations): reported, not checked
        assertEquals(task.shape().weights(), g.weightRhat().length);
        assertTrue(g.weightRhatMax() >= g.weightRhatMedian() && g.weightRhatMedian() >= g.weightRhatMin());
    }
}
