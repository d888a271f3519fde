package memcim.bnn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import memcim.core.InputException;
import memcim.device.DeviceCard;
import memcim.device.DeviceModel;
import memcim.device.DevicePresets;
import memcim.device.FeasiblePoint;
import memcim.device.NoDrift;
import memcim.device.PairDomain;
import memcim.device.PolynomialProgramming;
import memcim.device.ProgrammedCell;
import memcim.mapping.ConductanceRange;
import memcim.mapping.MultiPair;
import memcim.mapping.ProgrammingPlan;
import memcim.networks.NetworkShape;
import memcim.networks.SampledClassifier;
import memcim.networks.WeightSamples;
import org.junit.jupiter.api.Test;

/** The programmed network in time: cells drawn once, read at any time since programming. */
class ProgrammedCellsTest {
    private static final NetworkShape DEEP = NetworkShape.of(List.of(32, 24, 16, 9), 16);

    private static DeviceMapping mapping(DeviceModel device, NetworkShape shape, long seed) {
        PairDomain domain = PairDomain.of(device, 16);
        SplittableRandom rng = new SplittableRandom(seed);
        FeasiblePoint[] p = new FeasiblePoint[shape.weights()];
        for (int i = 0; i < p.length; i++) p[i] = domain.points().get(rng.nextInt(domain.points().size()));
        return new DeviceMapping(5e-6, p);
    }

    /**
     * What the chip flow has always programmed: sample s draws from the s-th split of the seed's generator, weight
     * after weight, G⁺ before G⁻, one SET each. Drift coefficients, drawn on their own stream, leave that unchanged.
     */
    @Test
    void asProgrammedTheConductancesAreOneSetPerCellInTheDocumentedOrder() {
        DeviceModel device = new DeviceModel(DevicePresets.load("pcm"));
        DeviceMapping map = mapping(device, DEEP, 1);
        ProgrammedNetwork p = ProgrammedCells.program(DEEP, map, device, 3, 42, 0.1).atProgramming();
        SplittableRandom root = new SplittableRandom(42);
        for (int s = 0; s < 3; s++) {
            SplittableRandom rng = root.split();
            for (int l = 0; l < DEEP.layers(); l++) {
                double[][] plus = p.gPlusSiemens(s, l), minus = p.gMinusSiemens(s, l);
                for (int i = 0; i < DEEP.rows(l); i++)
                    for (int j = 0; j < DEEP.cols(l); j++) {
                        FeasiblePoint f = map.points()[DEEP.offset(l) + i * DEEP.cols(l) + j];
                        assertEquals(device.programSet(f.complianceAmpsPlus(), rng), plus[i][j]);
                        assertEquals(device.programSet(f.complianceAmpsMinus(), rng), minus[i][j]);
                    }
            }
        }
    }

    /** PCM's power law per cell: G(t) = G(t₀)·(t/t₀)^−ν with the ν the cell drew at programming. */
    @Test
    void eachCellFollowsItsOwnPowerLawTrajectory() {
        DeviceCard card = DevicePresets.load("pcm");
        DeviceModel device = new DeviceModel(card);
        ProgrammedCells cells = ProgrammedCells.program(DEEP, mapping(device, DEEP, 2), device, 2, 7, 0.1);
        double t = 86_400, t0 = card.measurementSeconds();
        ProgrammedNetwork day = cells.conductancesAt(t);
        double[][] g = day.arraySiemens(1, 2);
        int distinct = 0;
        double previousNu = Double.NaN;
        for (int i = 0; i < g.length; i++)
            for (int j = 0; j < g[i].length; j++) {
                ProgrammedCell c = cells.array(1, 2).cell(i, j);
                assertEquals(c.programmedSiemens() * Math.pow(t / t0, -c.driftCoefficient()), g[i][j],
                        1e-12 * c.programmedSiemens());
                if (c.driftCoefficient() != previousNu) distinct++;
                previousNu = c.driftCoefficient();
            }
        assertTrue(distinct > g.length, "ν is drawn per cell: " + distinct + " changes");
    }

    /** The same cell read twice at the same time: the same trajectory, fresh read noise; no noise, no difference. */
    @Test
    void readsShareTheTrajectoryAndDrawFreshNoise() {
        DeviceModel device = new DeviceModel(DevicePresets.load("hfox-1t1r"));
        ProgrammedCells cells = ProgrammedCells.program(DEEP, mapping(device, DEEP, 3), device, 2, 9, 0.1);
        double t = 3600;
        double[][] a = cells.readAt(t, 1).arraySiemens(0, 1), again = cells.readAt(t, 1).arraySiemens(0, 1);
        double[][] b = cells.readAt(t, 2).arraySiemens(0, 1), mean = cells.conductancesAt(t).arraySiemens(0, 1);
        assertArrayEquals(a, again);
        assertFalse(java.util.Arrays.deepEquals(a, b));
        double sumSq = 0;
        int n = 0;
        for (int i = 0; i < a.length; i++)
            for (int j = 0; j < a[i].length; j++) {
                double rel = (a[i][j] - mean[i][j]) / mean[i][j];
                sumSq += rel * rel;
                n++;
            }
        // the card's white read noise is 1 % of G
        assertEquals(0.01, Math.sqrt(sumSq / n), 0.002);
        DeviceModel quiet = new DeviceModel(DevicePresets.load("hfox-1t1r", Map.of("readNoise.relativeSigma", "0")));
        ProgrammedCells still = ProgrammedCells.program(DEEP, mapping(quiet, DEEP, 3), quiet, 2, 9, 0.1);
        assertArrayEquals(still.conductancesAt(t).arraySiemens(1, 0), still.readAt(t, 5).arraySiemens(1, 0));
    }

    /** A deeper network's bit-serial path through three arrays gives the probabilities of w = (G⁺ − G⁻)/γ. */
    @Test
    void deepBitSerialPathAgreesWithTheWeights() {
        DeviceModel device = new DeviceModel(DevicePresets.load("hfox-1t1r"));
        ProgrammedNetwork p = ProgrammedCells.program(DEEP, mapping(device, DEEP, 4), device, 3, 11, 0.2).atProgramming();
        assertEquals(3, p.layers());
        assertEquals(24, p.arraySiemens(0, 1).length);
        assertEquals(32, p.arraySiemens(0, 1)[0].length);
        SampledClassifier.Worker a = p.worker(), b = p.asWeights().worker();
        SplittableRandom rng = new SplittableRandom(4);
        byte[] codes = new byte[32 * 40];
        for (int i = 0; i < codes.length; i++) codes[i] = (byte) rng.nextInt(8);
        double[] pa = new double[9], pb = new double[9];
        for (int s = 0; s < 3; s++)
            for (int row = 0; row < 40; row++) {
                a.probabilities(s, codes, row, pa);
                b.probabilities(s, codes, row, pb);
                assertArrayEquals(pb, pa, 1e-9);
            }
    }

    /**
     * A plan of four-cell weights (F = 2, γ = 1 µS, cells in [10, 30] µS) on a card that programs targets exactly (σ 0, no
     * drift): the arrays hold the split conductances worked out by hand, and decode back to the weights.
     */
    @Test
    void fourCellWeightsFromATargetPlanHoldTheSplitAndDecodeToTheWeights() {
        NetworkShape tiny = NetworkShape.of(List.of(2, 1, 2), 16);
        DeviceModel exact = new DeviceModel(DevicePresets.load("pcm")
                .withProgramming(new PolynomialProgramming(25e-6, List.of(0.0))).withDrift(new NoDrift()));
        MultiPair four = new MultiPair(2, 2, 1e-6, new ConductanceRange(10e-6, 30e-6));
        double[][] w = {{25, 50, -55, 0}, {1, -2, 59, -60}};
        ProgrammedCells cells = ProgrammedCells.program(tiny, ProgrammingPlan.targets(four, w), exact, 5, 0.1);
        // layer 0 (2 inputs × 1 output) of sample 0: W = 25 → (22.5, 10, 10, 10) µS, W = 50 → (30, 10, 20, 10) µS
        assertEquals(4, cells.array(0, 0).cols());
        double[][] us = {{22.5, 10, 10, 10}, {30, 10, 20, 10}};
        for (int i = 0; i < 2; i++)
            for (int c = 0; c < 4; c++)
                assertEquals(us[i][c] * 1e-6, cells.array(0, 0).cell(i, c).programmedSiemens(), 1e-18, "row " + i + " cell " + c);
        // layer 1 (1 input × 2 outputs): W = −55 → (10, 30, 10, 25) µS in columns 0–3, W = 0 → 10 µS in columns 4–7
        assertEquals(8, cells.array(0, 1).cols());
        assertEquals(25e-6, cells.array(0, 1).cell(0, 3).programmedSiemens(), 1e-18);
        assertEquals(10e-6, cells.array(0, 1).cell(0, 4).programmedSiemens(), 1e-18);
        WeightSamples back = cells.weightsAt(0);
        for (int s = 0; s < 2; s++) assertArrayEquals(w[s], back.weights()[s], 1e-9, "sample " + s);
        assertArrayEquals(w[1], cells.weightsAt(86_400).weights()[1], 1e-9, "no drift: the same a day later");
        assertThrows(InputException.class, cells::atProgramming, "four cells per weight have no G⁺/G⁻ snapshot");
        assertThrows(InputException.class, () -> ProgrammedCells.program(DEEP, ProgrammingPlan.targets(four, w), exact, 5, 0.1));
    }

    /** The reference pair's decode of the cells is the snapshot's (G⁺ − G⁻)/γ. */
    @Test
    void pairCellsDecodeAsTheSnapshotsWeights() {
        DeviceModel device = new DeviceModel(DevicePresets.load("hfox-1t1r"));
        ProgrammedCells cells = ProgrammedCells.program(DEEP, mapping(device, DEEP, 5), device, 2, 13, 0.1);
        assertEquals(2, cells.converter().cellsPerWeight());
        double[][] a = cells.weightsAt(0).weights(), b = cells.atProgramming().asWeights().weights();
        for (int s = 0; s < 2; s++) assertArrayEquals(b[s], a[s], 0);
        double[][] c = cells.weightsAt(3600).weights(), d = cells.conductancesAt(3600).asWeights().weights();
        for (int s = 0; s < 2; s++) assertArrayEquals(d[s], c[s], 0);
    }
}
