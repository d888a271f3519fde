package memcim.wpo;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import memcim.core.optimise.DifferentialEvolution;
import memcim.device.DeviceModel;
import memcim.device.DevicePresets;
import memcim.mapping.ConductanceRange;
import memcim.mapping.DriftCompensation;
import memcim.mapping.MultiPair;
import memcim.mapping.TranslationFunctions;
import org.junit.jupiter.api.Test;

class ProgrammingSearchTest {
    static final double[] TIMES = {1, 3600, 86400, 30 * 86400.0};

    @Test
    void theSearchIsTheSameForASeedWhateverTheThreadsAndStartsNoWorseThanTheBaselines() {
        DeviceModel pcm = new DeviceModel(DevicePresets.load("pcm"));
        ConductanceRange range = WeightRange.of(pcm.card());
        var cost = new WeightErrorCost(pcm, WeightErrorCostTest.gaussian(8, 8, 4), TIMES, 1, DriftCompensation.GLOBAL, 1);
        var box = TranslationFunctions.Box.of(6, range, cost.maxAbsWeight());
        var naive = ProgrammingSearch.naive(cost, box);
        var settings = DifferentialEvolution.Settings.defaults().withPopsize(4).withMaxGenerations(15).withTolerance(0, 0).withSeed(9);
        var one = ProgrammingSearch.optimise(cost, box, settings.withThreads(1), naive, (g, c, e) -> {});
        var two = ProgrammingSearch.optimise(cost, box, settings.withThreads(2), naive, (g, c, e) -> {});
        assertArrayEquals(one.search().best(), two.search().best());
        assertEquals(one.scored().cost(), two.scored().cost());
        for (var n : naive) {
            double asStarted = cost.cost(box.decode(box.pointOf((MultiPair) n.converter())));
            assertTrue(one.scored().cost() <= asStarted, n.strategy() + ": " + one.scored().cost() + " > " + asStarted);
        }
        assertArrayEquals(cost.errorPerTime(one.functions()), one.scored().errorPerTime());
    }

    @Test
    void eachNaiveSplitIsScoredAtTheBestOfItsFAndScale() {
        // the search's best must beat the same split at F and scales spread over the box (spot checks, same cost)
        DeviceModel pcm = new DeviceModel(DevicePresets.load("pcm"));
        ConductanceRange range = WeightRange.of(pcm.card());
        var cost = new WeightErrorCost(pcm, WeightErrorCostTest.gaussian(8, 8, 5), TIMES, 1, DriftCompensation.NONE, 2);
        var box = TranslationFunctions.Box.of(6, range, cost.maxAbsWeight());
        List<ProgrammingSearch.Scored> naive = ProgrammingSearch.naive(cost, box);
        assertEquals(NaiveSplit.values().length, naive.size());
        for (var n : naive) {
            NaiveSplit split = NaiveSplit.valueOf(n.strategy());
            for (double f : new double[]{1, 1.7, 2.3, 3, 5}) {
                for (double fill : new double[]{0.05, 0.5, 0.9, 1.3, 2}) {
                    double gamma = fill * (f + 1) * range.spanSiemens() / cost.maxAbsWeight();
                    assertTrue(n.cost() <= cost.cost(new MultiPair(2, f, gamma, range, split.split())), split + " F " + f + " fill " + fill);
                }
            }
            assertEquals(n.cost(), cost.cost(n.converter()));
            assertEquals(TIMES.length, n.errorPerTime().length);
        }
    }
}
