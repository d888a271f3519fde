package memcim.bnn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import memcim.device.DeviceModel;
import memcim.device.DevicePresets;
import memcim.device.FeasiblePoint;
import memcim.device.PairDomain;
import org.junit.jupiter.api.Test;

/** The KL closed form and the technological loss. */
class LossTermsTest {
    /** KL[N(μ,σ²) ‖ N(0,σp²)] closed form against ∫ q log(q/p) by the trapezoid rule. */
    @Test
    void klClosedFormMatchesNumericalIntegral() {
        for (double[] c : new double[][] {{0.5, 0.3, 1}, {-3, 2, 4}, {0, 1, 1}, {1.2, 0.05, 0.5}}) {
            double mu = c[0], s = c[1], p = c[2];
            double lo = mu - 12 * s, hi = mu + 12 * s, dx = (hi - lo) / 200000, sum = 0;
            for (int k = 0; k <= 200000; k++) {
                double x = lo + k * dx;
                double logQ = -0.5 * Math.log(2 * Math.PI * s * s) - (x - mu) * (x - mu) / (2 * s * s);
                double logP = -0.5 * Math.log(2 * Math.PI * p * p) - x * x / (2 * p * p);
                double term = Math.exp(logQ) * (logQ - logP);
                sum += (k == 0 || k == 200000 ? 0.5 : 1) * term * dx;
            }
            assertEquals(sum, GaussianKl.value(mu, s, p), 1e-6);
        }
        assertEquals(0, GaussianKl.value(0, 2, 2), 1e-15);
        assertEquals(GaussianKl.value(0.7, 0.3, 2), GaussianKl.between(0.7, 0.3, 0, 2), 1e-12);
    }

    @Test
    void technologicalLossIsZeroAtEveryFeasiblePoint() {
        PairDomain domain = PairDomain.of(new DeviceModel(DevicePresets.load("hfox-1t1r")), 32);
        for (TechnologicalLoss t : new TechnologicalLoss[] {new TechnologicalLoss(domain, 0.1, 10),
                TechnologicalLoss.inDeviceSigmaUnits(domain, 0.1, 10)}) assertZeroAtFeasiblePoints(domain, t);
    }

    private static void assertZeroAtFeasiblePoints(PairDomain domain, TechnologicalLoss t) {
        double gamma = 7.5e-6;
        int n = domain.points().size();
        double[] mu = new double[n], sigma = new double[n];
        for (int i = 0; i < n; i++) {
            FeasiblePoint p = domain.points().get(i);
            mu[i] = p.muSiemens() / gamma;
            sigma[i] = p.sigmaSiemens() / gamma;
        }
        double[] gMu = new double[n], gS = new double[n];
        assertEquals(0, t.accumulate(mu, sigma, gamma, gMu, gS, 1), 1e-12);
        for (int i = 0; i < n; i++) {
            assertEquals(0, gMu[i], 1e-12);
            assertEquals(0, gS[i], 1e-12);
        }
    }

    /**
     * In device-σ units the distance is divided by σ_floor/γ: a weight whose σ sits δ·σ_floor below a feasible
     * point is at distance δ whatever γ is, and the loss equals the network-unit loss at that distance.
     */
    @Test
    void deviceSigmaUnitsMakeTheLossIndependentOfGamma() {
        PairDomain domain = PairDomain.of(new DeviceModel(DevicePresets.load("hfox-1t1r")), 16);
        TechnologicalLoss t = TechnologicalLoss.inDeviceSigmaUnits(domain, 0.1, 10);
        double floor = TechnologicalLoss.smallestSigmaSiemens(domain);
        assertEquals(floor, t.unitSiemens());
        FeasiblePoint p = domain.points().stream().filter(q -> q.sigmaSiemens() == floor).findFirst().orElseThrow();
        for (double k : new double[] {3, 5}) {   // k·δ below the floor, straight down from a point on it
            double expected = t.ofSquaredDistance(k * k * 0.01);
            assertTrue(expected > 0.5, "k = " + k + ": " + expected);
            for (double gamma : new double[] {2e-6, 7e-6, 2e-5}) {
                double[] mu = {p.muSiemens() / gamma}, sigma = {(floor - k * 0.1 * floor) / gamma};
                assertEquals(expected, t.accumulate(mu, sigma, gamma, null, null, 1), 1e-9 * expected);
            }
        }
    }

    @Test
    void technologicalLossGrowsLikeSquaredDistanceOverTwoDeltaSquared() {
        PairDomain domain = PairDomain.of(new DeviceModel(DevicePresets.load("hfox-1t1r")), 8);
        TechnologicalLoss t = new TechnologicalLoss(domain, 0.1, 10);
        assertEquals(0, t.ofSquaredDistance(0), 1e-15);
        assertTrue(t.ofSquaredDistance(0.01) < 1e-12, "flat near a feasible point (d = δ)");
        double previous = 0;
        for (double d = 0.1; d < 3; d += 0.1) {
            double v = t.ofSquaredDistance(d * d);
            assertTrue(v >= previous, "monotone in distance");
            previous = v;
        }
        // far away: −log tanh(βf) → −log(βf) = d²/(2δ²) − log(β/(δ√(2π)))
        double d = 2;
        assertEquals(d * d / (2 * 0.01) - Math.log(10 / (0.1 * Math.sqrt(2 * Math.PI))), t.ofSquaredDistance(d * d), 1e-9);
    }
}
