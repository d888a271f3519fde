package memcim.bnn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import memcim.device.DeviceCard;
import memcim.device.DeviceModel;
import memcim.device.DevicePresets;
import memcim.device.FeasiblePoint;
import memcim.device.PairDomain;
import memcim.mapping.GammaSearch;
import memcim.networks.NetworkShape;
import memcim.networks.SampledClassifier;
import memcim.networks.WeightSamples;
import org.junit.jupiter.api.Test;

class MappingTest {
    private static final NetworkShape SHAPE = NetworkShape.reference(16);
    private static final DeviceCard CARD = DevicePresets.load("hfox-1t1r");
    private static final DeviceModel DEVICE = new DeviceModel(CARD);
    private static final PairDomain DOMAIN = PairDomain.of(DEVICE, 32);

    /** A network made of feasible points divided by a known γ: the search finds γ and maps with zero KL. */
    private static BayesianNetwork feasibleNetwork(double gamma, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] mu = new double[SHAPE.weights()], sigma = new double[SHAPE.weights()];
        int n = DOMAIN.points().size();
        for (int i = 0; i < mu.length; i++) {
            FeasiblePoint p = DOMAIN.points().get(i == 0 ? n - 1 : rng.nextInt(n));   // include the largest μ
            mu[i] = p.muSiemens() / gamma;
            sigma[i] = p.sigmaSiemens() / gamma;
        }
        return new BayesianNetwork(SHAPE, mu, sigma);
    }

    @Test
    void gammaSearchRecoversTheScaleOfAFeasibleNetwork() {
        double gamma = 6.3e-6;
        BayesianNetwork net = feasibleNetwork(gamma, 1);
        DeviceMapping m = DeviceMapping.map(net, DOMAIN);
        double gridStep = Math.pow(10, (GammaSearch.DECADES_ABOVE + GammaSearch.DECADES_BELOW) / (GammaSearch.GRID_POINTS - 1));
        assertTrue(m.gammaSiemens() / gamma < gridStep && gamma / m.gammaSiemens() < gridStep, "found " + m.gammaSiemens());
        DeviceMapping exact = DeviceMapping.map(net, DOMAIN, gamma);
        assertEquals(0, exact.totalKl(net), 1e-6);
    }

    @Test
    void programmedLayoutsAndTheBitSerialPathAgreeWithTheWeights() {
        BayesianNetwork net = feasibleNetwork(5e-6, 2);
        DeviceMapping map = DeviceMapping.map(net, DOMAIN, 5e-6);
        ProgrammedNetwork p = ProgrammedNetwork.program(SHAPE, map, DEVICE, 4, 9, 0.2);
        assertEquals(32, p.arraySiemens(0, 0).length);
        assertEquals(32, p.arraySiemens(0, 0)[0].length);
        assertEquals(16, p.arraySiemens(3, 1).length);
        assertEquals(18, p.arraySiemens(3, 1)[0].length);
        double[][] plus = p.gPlusSiemens(2, 1), minus = p.gMinusSiemens(2, 1), array = p.arraySiemens(2, 1);
        for (int i = 0; i < 16; i++)
            for (int j = 0; j < 9; j++) {
                assertEquals(plus[i][j], array[i][2 * j]);
                assertEquals(minus[i][j], array[i][2 * j + 1]);
            }
        // the bit-serial currents and a = I/(γ V_read) give the same probabilities as w = (G⁺ − G⁻)/γ
        WeightSamples w = p.asWeights();
        SampledClassifier.Worker a = p.worker(), b = w.worker();
        SplittableRandom rng = new SplittableRandom(4);
        byte[] codes = new byte[32 * 50];
        for (int i = 0; i < codes.length; i++) codes[i] = (byte) rng.nextInt(8);
        double[] pa = new double[9], pb = new double[9];
        for (int s = 0; s < 4; s++)
            for (int row = 0; row < 50; row++) {
                a.probabilities(s, codes, row, pa);
                b.probabilities(s, codes, row, pb);
                assertArrayEquals(pb, pa, 1e-9);
            }
        // and one current by hand: input 0 at code 5 (bits 0 and 2), every other input 0
        int[] x = new int[32];
        x[0] = 5;
        double[][] g1p = p.gPlusSiemens(1, 0), g1m = p.gMinusSiemens(1, 0);
        double expected = (1 + 4) * 0.2 * (g1p[0][7] - g1m[0][7]);
        assertEquals(expected, p.columnCurrentsAmps(1, 0, x)[7], 1e-18);
        assertEquals(expected / (5e-6 * 0.2), p.activation(expected), 1e-9);
    }

    @Test
    void programmingIsDeterministicBySeedAndDrawsAroundTheChosenPoints() {
        BayesianNetwork net = feasibleNetwork(5e-6, 3);
        DeviceMapping map = DeviceMapping.map(net, DOMAIN, 5e-6);
        ProgrammedNetwork a = ProgrammedNetwork.program(SHAPE, map, DEVICE, 400, 5, 0.1);
        ProgrammedNetwork b = ProgrammedNetwork.program(SHAPE, map, DEVICE, 400, 5, 0.1);
        assertArrayEquals(a.arraySiemens(7, 0), b.arraySiemens(7, 0));
        // weight 0 of layer 1 over 400 samples: mean and spread of G⁺ − G⁻ match the feasible point
        FeasiblePoint p = map.points()[0];
        double sum = 0, sq = 0;
        for (int s = 0; s < 400; s++) {
            double w = a.gPlusSiemens(s, 0)[0][0] - a.gMinusSiemens(s, 0)[0][0];
            sum += w;
            sq += w * w;
        }
        double mean = sum / 400, sd = Math.sqrt(sq / 400 - mean * mean);
        assertEquals(p.muSiemens(), mean, 4 * p.sigmaSiemens() / Math.sqrt(400));
        assertEquals(p.sigmaSiemens(), sd, 0.15 * p.sigmaSiemens());
    }
}
