package memcim.transfer.plan;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.SplittableRandom;
import memcim.device.CellTarget;
import memcim.device.DeviceModel;
import memcim.device.DevicePresets;
import memcim.device.FeasiblePoint;
import memcim.device.PairDomain;
import memcim.transfer.mixture.GaussianMixture;
import memcim.transfer.plan.SingleSetTransfer.ComponentChoice;
import org.junit.jupiter.api.Test;

class SingleSetTransferTest {
    private static final DeviceModel HFOX = new DeviceModel(DevicePresets.load("hfox-1t1r"));
    private static final PairDomain DOMAIN = PairDomain.of(HFOX, 32);

    /** Two weights: one of two well-separated components, one Gaussian. */
    private static WeightMixtures mixtures() {
        return new WeightMixtures(List.of(
                new GaussianMixture(new double[] {0.3, 0.7}, new double[] {-0.5, 0.4}, new double[] {0.05, 0.06}, 0, 1000),
                new GaussianMixture(new double[] {1}, new double[] {0.1}, new double[] {0.08}, 0, 1000)), 2);
    }

    @Test
    void independentRowsDrawComponentsWithTheirWeightsAndProgramEachCellOnce() {
        SingleSetTransfer t = SingleSetTransfer.plan(mixtures(), DOMAIN, ComponentChoice.INDEPENDENT, null, 4000, 3);
        int first = 0;
        for (int r = 0; r < t.rows(); r++) if (t.components()[r][0] == 0) first++;
        // π = 0.3 over 4,000 rows: 1,200 ± 3 binomial sd (29)
        assertEquals(1200, first, 3 * Math.sqrt(4000 * 0.3 * 0.7));
        CellTarget[][] cells = t.arrayTargets();
        assertEquals(4000, cells.length);
        assertEquals(4, cells[0].length, "two cells per weight");
        for (CellTarget[] row : cells) for (CellTarget c : row) assertInstanceOf(CellTarget.Compliance.class, c, "one SET each");
        assertEquals(16_000, t.layout().devices());
        assertEquals(SingleSetTransfer.PULSES_PER_DEVICE, 1);
    }

    @Test
    void aRowTakesTheComponentOfItsOwnPosteriorDraw() {
        double[][] draws = {{-0.52, 0.1}, {0.41, 0.1}, {0.38, 0.05}, {-0.45, 0.2}};
        SingleSetTransfer t = SingleSetTransfer.plan(mixtures(), DOMAIN, ComponentChoice.POSTERIOR_DRAW, draws, 4, 3);
        assertArrayEquals(new int[] {0, 1, 1, 0}, new int[] {t.components()[0][0], t.components()[1][0], t.components()[2][0],
                t.components()[3][0]});
        assertEquals(-0.5, t.means()[0][0]);
        assertThrows(memcim.core.InputException.class,
                () -> SingleSetTransfer.plan(mixtures(), DOMAIN, ComponentChoice.POSTERIOR_DRAW, draws, 5, 3));
    }

    @Test
    void theProgrammedRowsSpreadAsTheChosenPairPointsPromise() {
        // every row programs weight 1's single component: the read-back weights are N(p.μ/γ, p.σ/γ) of its pair point,
        // the card's cycle-to-cycle spread of two cells in quadrature, within Monte-Carlo error over 4,000 rows
        SingleSetTransfer t = SingleSetTransfer.plan(mixtures(), DOMAIN, ComponentChoice.INDEPENDENT, null, 4000, 5);
        double[][] w = t.weights(t.program(HFOX, 7).conductancesAt(HFOX.card().measurementSeconds()));
        FeasiblePoint p = t.mapping().point(0.1, 0.08);
        double mu = t.mapping().realisedMean(p), sigma = t.mapping().realisedSigma(p);
        double m = 0, s = 0;
        for (double[] row : w) m += row[1] / w.length;
        for (double[] row : w) s += (row[1] - m) * (row[1] - m) / (w.length - 1);
        assertEquals(mu, m, 4 * sigma / Math.sqrt(w.length));
        assertEquals(sigma, Math.sqrt(s), 4 * sigma / Math.sqrt(2 * w.length) + 0.01 * sigma);
        // and the pair point's σ is the two cells' in quadrature at its compliances (the card, not the plan)
        double a = HFOX.sigmaSiemens(p.complianceAmpsPlus()), b = HFOX.sigmaSiemens(p.complianceAmpsMinus());
        assertEquals(Math.sqrt(a * a + b * b), p.sigmaSiemens(), 1e-15);
        List<SigmaMatch> match = SigmaMatch.of(t, w);
        SigmaMatch one = match.stream().filter(x -> x.weight() == 1).findFirst().orElseThrow();
        assertEquals(4000, one.rows());
        assertEquals(Math.sqrt(s), one.obtained(), 1e-9);
    }

    @Test
    void layoutsStateTheirSplit() {
        assertEquals("128 rows (network instances) × 120 columns (cells) = 15,360 devices on one 128 × 128 array; 1,024 devices of the "
                + "arrays left unprogrammed", ArrayLayout.of(128, 120).describe());
        ArrayLayout ecg = ArrayLayout.of(128, 1312);
        assertEquals(11, ecg.arrays());
        assertTrue(ecg.describe().contains("11 arrays of 128 × 128 (1 down × 11 across: the network needs 1312 columns)"), ecg.describe());
        assertEquals(16_384, ArrayLayout.of(128, 128).devices());
    }

    @Test
    void verifyingTakesMoreThanOneTryAndNarrowsTheSpread() {
        double target = 50e-6;
        double[][] targets = new double[1][2000];
        java.util.Arrays.fill(targets[0], target);
        VerifiedProgramming v = VerifiedProgramming.program(HFOX, targets, 0.25, 3);
        double icc = HFOX.complianceForMedian(target), sigma = HFOX.sigmaSiemens(icc);
        // a window of ±σ/4 holds 19.7 % of one SET's draws: about 1/0.197 = 5.1 tries per cell (the card allows 20)
        double tries = v.totalTries() / 2000.0;
        assertEquals((1 - Math.pow(1 - 0.197413, 20)) / 0.197413, tries, 0.35);
        double s = 0;
        for (double g : v.siemens()[0]) s += (g - target) * (g - target) / 2000;
        assertTrue(Math.sqrt(s) < 0.5 * sigma, "verified spread " + Math.sqrt(s) + " against one SET's " + sigma);
        ProgrammingCost c = ProgrammingCost.verified("verify", HFOX, v);
        assertEquals(2 * v.totalTries(), c.pulses());
        var cond = HFOX.card().programmingConditions();
        assertEquals(v.totalTries() * (cond.resetJoules(target) + cond.setJoules(icc)), c.joules(), 1e-9 * c.joules());
    }
}
