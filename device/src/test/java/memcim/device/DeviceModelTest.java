package memcim.device;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Map;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import memcim.core.InputException;
import org.junit.jupiter.api.Test;

class DeviceModelTest {
    private final DeviceModel hfox = new DeviceModel(DevicePresets.load("hfox-1t1r"));
    private final DeviceModel pcm = new DeviceModel(DevicePresets.load("pcm"));

    private static double[] meanSd(double[] x) {
        double m = 0;
        for (double v : x) m += v;
        m /= x.length;
        double ss = 0;
        for (double v : x) ss += (v - m) * (v - m);
        return new double[] {m, Math.sqrt(ss / (x.length - 1))};
    }

    @Test
    void interpolationHitsMeasuredPointsAndIsLinearInLogCompliance() {
        for (ProgrammingPoint p : hfox.card().programmingPoints()) {
            assertEquals(p.medianSiemens(), hfox.medianSiemens(p.complianceAmps()), 1e-15);
            assertEquals(p.sigmaSiemens(), hfox.sigmaSiemens(p.complianceAmps()), 1e-15);
        }
        // between 20 µA (20 µS) and 30 µA (28 µS): the geometric mean of the currents is halfway in log(Icc)
        double icc = Math.sqrt(20e-6 * 30e-6);
        assertEquals(24e-6, hfox.medianSiemens(icc), 1e-12);
        assertEquals(3.1e-6, hfox.sigmaSiemens(icc), 1e-12);
        assertEquals(icc, hfox.complianceForMedian(24e-6), 1e-15);
    }

    @Test
    void complianceOutsideTheMeasuredRangeIsAnError() {
        InputException e = assertThrows(InputException.class, () -> hfox.medianSiemens(5e-6));
        assertEquals("complianceAmps: expected within the card's measured range [1.0E-5, 2.0E-4] A, found 5.0E-6", e.getMessage());
    }

    @Test
    void twentyThousandSetDrawsMatchTheCard() {
        RandomGenerator rng = new SplittableRandom(1);
        for (double icc : new double[] {15e-6, 45e-6, 150e-6}) {
            double[] g = new double[20_000];
            for (int k = 0; k < g.length; k++) g[k] = hfox.programSet(icc, rng);
            double[] ms = meanSd(g);
            double mu = hfox.medianSiemens(icc), sigma = hfox.sigmaSiemens(icc);
            // standard error of the mean σ/√n ≈ 0.7 % of σ; of the sd ≈ 0.5 %: 5 standard errors
            assertEquals(mu, ms[0], 5 * sigma / Math.sqrt(g.length), "mean at " + icc);
            assertEquals(sigma, ms[1], 0.025 * sigma, "sd at " + icc);
        }
    }

    @Test
    void drawsStayWithinTheOnOffRange() {
        DeviceModel wide = new DeviceModel(DevicePresets.load("hfox-1t1r", Map.of("programmingPoints[0].sigmaSiemens", "9e-6")));
        RandomGenerator rng = new SplittableRandom(2);
        int atOff = 0;
        for (int k = 0; k < 5000; k++) {
            double g = wide.programSet(10e-6, rng);
            assertTrue(g >= 1e-6 && g <= 200e-6);
            if (g == 1e-6) atOff++;
        }
        assertTrue(atOff > 0, "a spread that wide must sometimes leave the cell at its off conductance");
    }

    @Test
    void programAndVerifyNarrowsTheSpread() {
        RandomGenerator rng = new SplittableRandom(3);
        double icc = 30e-6, mu = hfox.medianSiemens(icc), sigma = hfox.sigmaSiemens(icc);
        double[] g = new double[20_000];
        for (int k = 0; k < g.length; k++) g[k] = hfox.programAndVerify(mu - 0.25 * sigma, mu + 0.25 * sigma, icc, 50, rng);
        double[] ms = meanSd(g);
        assertEquals(mu, ms[0], 0.01 * mu);
        // window ±σ/4 (nearly uniform, sd ≈ 0.144 σ) plus relaxation 0.3 σ: well under half the one-shot σ
        double expected = Math.sqrt(Math.pow(0.5 * sigma / Math.sqrt(12), 2) + Math.pow(0.3 * sigma, 2));
        assertTrue(ms[1] < 0.5 * sigma, "sd " + ms[1] + " vs σ " + sigma);
        assertEquals(expected, ms[1], 0.15 * expected);
    }

    @Test
    void programAndVerifyTriesAreGeometricInTheWindowProbability() {
        // each try lands in μ ± σ with p = erf(1/√2) = 0.682689; tries until the first hit, capped at n:
        // E[tries] = (1 − (1 − p)^n)/p, P(tries = 1) = p
        double icc = 45e-6, mu = hfox.medianSiemens(icc), sigma = hfox.sigmaSiemens(icc), p = 0.682689;
        RandomGenerator rng = new SplittableRandom(12);
        int n = 40_000, capped = 3, ones = 0;
        double sum = 0;
        for (int k = 0; k < n; k++) {
            int t = hfox.programAndVerifyCounted(mu - sigma, mu + sigma, icc, capped, rng).tries();
            assertTrue(t >= 1 && t <= capped);
            sum += t;
            if (t == 1) ones++;
        }
        double expected = (1 - Math.pow(1 - p, capped)) / p;
        assertEquals(expected, sum / n, 4 * Math.sqrt(0.8 / n)); // sd of tries < 0.9
        assertEquals(p, (double) ones / n, 4 * Math.sqrt(p * (1 - p) / n));
        RandomGenerator a = new SplittableRandom(5), b = new SplittableRandom(5);
        assertEquals(hfox.programAndVerify(mu - sigma, mu + sigma, icc, 7, a),
                hfox.programAndVerifyCounted(mu - sigma, mu + sigma, icc, 7, b).siemens(), 0, "same draws, counted or not");
    }

    @Test
    void programmingConditionsPriceASetAndAReset() {
        ProgrammingConditions c = hfox.card().programmingConditions();
        // the paper's SET (1.8 V, 1 µs) at 100 µA: at most 180 pJ; its RESET (2.6 V, 100 ns) of a 100 µS cell: 67.6 pJ
        assertEquals(180e-12, c.setJoules(100e-6), 1e-24);
        assertEquals(67.6e-12, c.resetJoules(100e-6), 1e-24);
        assertNull(pcm.card().programmingConditions(), "a card that does not state its pulses");
    }

    @Test
    void programAndVerifyWithOneTryIsOneSetPlusRelaxation() {
        RandomGenerator a = new SplittableRandom(4), b = new SplittableRandom(4);
        double set = hfox.programSet(60e-6, a);
        double relax = 0.3 * hfox.sigmaSiemens(60e-6) * a.nextGaussian();
        assertEquals(set + relax, hfox.programAndVerify(0, 1e-9, 60e-6, 1, b), 1e-18);
    }

    @Test
    void powerLawDriftFollowsTheCard() {
        DeviceModel exact = new DeviceModel(DevicePresets.load("hfox-1t1r",
                Map.of("drift.law", "power", "drift.nuMean", "0.05", "drift.nuSigma", "0")));
        double g0 = 10e-6, t0 = exact.card().measurementSeconds();
        ProgrammedCell cell = new ProgrammedCell(g0, g0, 0.05);
        assertEquals(g0, exact.conductanceAt(cell, t0), 1e-18);
        assertEquals(g0 * Math.pow(1000, -0.05), exact.conductanceAt(cell, 1000 * t0), 1e-15);
        assertEquals(g0 * Math.pow(1e6, -0.05), exact.conductanceAt(cell, 1e6 * t0), 1e-15);
        assertEquals(0.05, exact.program(45e-6, new SplittableRandom(5), new SplittableRandom(6)).driftCoefficient());
    }

    @Test
    void decadeDriftLosesTheCardFractionPerDecade() {
        double g0 = 50e-6, t0 = hfox.card().measurementSeconds();
        ProgrammedCell cell = new ProgrammedCell(g0, g0, 0.01);
        assertEquals(g0 * (1 - 0.01 * 3), hfox.conductanceAt(cell, 1000 * t0), 1e-15);
        assertThrows(InputException.class, () -> hfox.conductanceAt(cell, 0));
    }

    @Test
    void whiteReadNoiseHasTheCardRelativeSigma() {
        RandomGenerator rng = new SplittableRandom(7);
        ProgrammedCell cell = new ProgrammedCell(10e-6, 10e-6, 0);
        double t0 = hfox.card().measurementSeconds();
        double[] r = new double[20_000];
        for (int k = 0; k < r.length; k++) r[k] = hfox.readAt(cell, t0, rng);
        double[] ms = meanSd(r);
        assertEquals(10e-6, ms[0], 5 * 0.01 * 10e-6 / Math.sqrt(r.length));
        assertEquals(0.01 * 10e-6, ms[1], 0.025 * 0.01 * 10e-6);
    }

    @Test
    void sameSeedSameDrawsOtherSeedOtherDraws() {
        double[] a = drawSequence(42), b = drawSequence(42), c = drawSequence(43);
        assertArrayEquals(a, b);
        assertFalse(java.util.Arrays.equals(a, c));
    }

    private double[] drawSequence(long seed) {
        RandomGenerator rng = new SplittableRandom(seed);
        double[] out = new double[40];
        for (int k = 0; k < 10; k++) {
            out[4 * k] = hfox.programSet(20e-6 + k * 1e-6, rng);
            out[4 * k + 1] = hfox.programAndVerify(30e-6, 40e-6, 45e-6, 10, rng);
            ProgrammedCell cell = hfox.program(20e-6 + k * 1e-6, rng, rng);
            out[4 * k + 2] = hfox.conductanceAt(cell, 3600);
            out[4 * k + 3] = hfox.readAt(cell, 3600, rng);
        }
        return out;
    }
}
