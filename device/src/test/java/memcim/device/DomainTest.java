package memcim.device;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DomainTest {
    private final DeviceModel hfox = new DeviceModel(DevicePresets.load("hfox-1t1r"));

    @Test
    void pairPointsCombineTheTwoCellsAsTheContractSays() {
        PairDomain pair = PairDomain.of(hfox, 8);
        List<FeasiblePoint> pts = pair.points();
        assertEquals(64, pts.size());
        for (FeasiblePoint p : pts) {
            double mp = hfox.medianSiemens(p.complianceAmpsPlus()), mm = hfox.medianSiemens(p.complianceAmpsMinus());
            double sp = hfox.sigmaSiemens(p.complianceAmpsPlus()), sm = hfox.sigmaSiemens(p.complianceAmpsMinus());
            assertEquals(mp - mm, p.muSiemens(), 1e-18);
            assertEquals(Math.sqrt(sp * sp + sm * sm), p.sigmaSiemens(), 1e-18);
        }
        for (int k = 1; k < pts.size(); k++) assertTrue(pts.get(k).muSiemens() >= pts.get(k - 1).muSiemens());
        // conditions span the card from end to end
        assertEquals(10e-6, pts.stream().mapToDouble(FeasiblePoint::complianceAmpsPlus).min().orElseThrow(), 1e-18);
        assertEquals(200e-6, pts.stream().mapToDouble(FeasiblePoint::complianceAmpsPlus).max().orElseThrow(), 1e-18);
    }

    @Test
    void singleCellDomainIsTheCardCurve() {
        SingleCellDomain one = SingleCellDomain.of(hfox, 16);
        assertEquals(16, one.points().size());
        for (FeasiblePoint p : one.points()) {
            assertEquals(0, p.complianceAmpsMinus());
            assertEquals(hfox.medianSiemens(p.complianceAmpsPlus()), p.muSiemens());
        }
    }

    @Test
    void pairNearestEqualsBruteForce() {
        PairDomain pair = PairDomain.of(hfox, 40);
        SplittableRandom rng = new SplittableRandom(11);
        for (int k = 0; k < 20_000; k++) {
            // queries inside, around and far outside the domain, including σ = 0 and tiny σ
            double mu = (rng.nextDouble() * 2 - 1) * 160e-6;
            double sigma = k % 50 == 0 ? 0 : Math.pow(10, -8 + 4 * rng.nextDouble());
            FeasiblePoint fast = pair.nearest(mu, sigma), brute = pair.nearestBruteForce(mu, sigma);
            if (sigma > 0) {
                assertEquals(FeasibleDomain.kl(mu, sigma, brute), FeasibleDomain.kl(mu, sigma, fast),
                        1e-12 * Math.max(1, FeasibleDomain.kl(mu, sigma, brute)), "query " + mu + ", " + sigma);
            } else {
                assertEquals(brute, fast);
            }
        }
    }

    @Test
    void largePcmPairDomainNearestEqualsBruteForce() {
        // 4,096 points: the index splits them into several σ bins; PCM's σ grows with μ, unlike HfOx
        PairDomain pair = PairDomain.of(new DeviceModel(DevicePresets.load("pcm")), 64);
        SplittableRandom rng = new SplittableRandom(14);
        for (int k = 0; k < 5000; k++) {
            double mu = (rng.nextDouble() * 2 - 1) * 30e-6, sigma = rng.nextDouble() * 4e-6;
            FeasiblePoint fast = pair.nearest(mu, sigma), brute = pair.nearestBruteForce(mu, sigma);
            assertEquals(FeasibleDomain.kl(mu, sigma, brute), FeasibleDomain.kl(mu, sigma, fast), 1e-12, mu + ", " + sigma);
        }
    }

    @Test
    void singleCellNearestEqualsBruteForce() {
        SingleCellDomain one = SingleCellDomain.of(hfox, 64);
        SplittableRandom rng = new SplittableRandom(12);
        for (int k = 0; k < 5000; k++) {
            double mu = rng.nextDouble() * 150e-6, sigma = rng.nextDouble() * 6e-6;
            assertEquals(one.nearestBruteForce(mu, sigma), one.nearest(mu, sigma));
        }
    }

    @Test
    void nearestOfAFeasiblePointIsItselfWithZeroDivergence() {
        PairDomain pair = PairDomain.of(hfox, 12);
        for (FeasiblePoint p : pair.points()) {
            FeasiblePoint q = pair.nearest(p.muSiemens(), p.sigmaSiemens());
            assertEquals(0, FeasibleDomain.kl(p.muSiemens(), p.sigmaSiemens(), q), 1e-12);
        }
    }

    @Test
    void euclideanNearestEqualsBruteForce() {
        PairDomain pair = PairDomain.of(hfox, 24);
        SplittableRandom rng = new SplittableRandom(13);
        for (int k = 0; k < 5000; k++) {
            double mu = (rng.nextDouble() * 2 - 1) * 150e-6, sigma = rng.nextDouble() * 10e-6;
            FeasiblePoint fast = pair.nearestEuclidean(mu, sigma);
            double best = Double.POSITIVE_INFINITY;
            for (FeasiblePoint p : pair.points()) best = Math.min(best, Math.hypot(mu - p.muSiemens(), sigma - p.sigmaSiemens()));
            assertEquals(best, Math.hypot(mu - fast.muSiemens(), sigma - fast.sigmaSiemens()), 1e-18);
        }
    }

    @Test
    void theKlFormulaMatchesItsDefinition() {
        FeasiblePoint p = new FeasiblePoint(3e-6, 2e-6, 0, 0);
        // KL(N(1,1) || N(3,2)) in µS units: ln 2 + (1 + 4)/8 − 1/2
        assertEquals(Math.log(2) + 5.0 / 8 - 0.5, FeasibleDomain.kl(1e-6, 1e-6, p), 1e-12);
    }

    @Test
    void aPairDomainTooLargeForOneListIsRefusedNotOverflowed() {
        // 46341^2 overflows an int: before, ArrayList threw "Illegal Capacity: -2147479015"
        var e = assertThrows(memcim.core.InputException.class, () -> PairDomain.of(hfox, 46_341));
        assertTrue(e.getMessage().contains("conditionsPerCell: expected at most 46340"), e.getMessage());
    }
}
