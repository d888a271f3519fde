package memcim.bnn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import memcim.device.DeviceCard;
import memcim.device.DeviceModel;
import memcim.device.DevicePresets;
import memcim.device.FeasiblePoint;
import memcim.device.PairDomain;
import memcim.device.ProgrammedCell;
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
}
