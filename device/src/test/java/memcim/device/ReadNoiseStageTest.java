package memcim.device;

import static org.junit.jupiter.api.Assertions.*;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/** Read noise at a time since programming: the published PCM 1/f law, and white noise. */
class ReadNoiseStageTest {
    private final ReadNoiseModel pcm = DevicePresets.load("pcm").readNoise();

    @Test
    void pcmReadNoiseGrowsWithLogTimeAsPublished() {
        // G₀ = 5 µS = 0.2 G_max: Q = 0.0088 / 0.2^0.65 = 0.0250503; σ/G(t) = Q √ln((t + 250 ns)/500 ns), by hand
        double g0 = 5e-6, gt = 4.2e-6;
        double[][] published = {{20, 0.1048061}, {3600, 0.1193440}, {86_400, 0.1274256}, {3.15576e7, 0.1412091}};
        double previous = 0;
        for (double[] p : published) {
            double relative = pcm.sigmaSiemens(gt, g0, p[0]) / gt;
            assertEquals(p[1], relative, 2e-7, "t = " + p[0] + " s");
            assertTrue(relative > previous);
            previous = relative;
        }
        // for t ≫ t_read, σ² grows linearly in ln t: σ²(t₂) − σ²(t₁) = (G·Q)² ln(t₂/t₁)
        double q = 0.0250503, s1 = pcm.sigmaSiemens(gt, g0, 1e3), s2 = pcm.sigmaSiemens(gt, g0, 1e7);
        assertEquals(gt * gt * q * q * Math.log(1e4), s2 * s2 - s1 * s1, 1e-5 * s2 * s2);
    }

    @Test
    void pcmNoiseFactorIsCappedForLowConductancesAndReadsMatchTheirSigma() {
        // Q = min(0.0088/x^0.65, 0.2): x = 0.01 gives 0.176 (below the cap), x = 0.001 the cap 0.2
        double band = Math.sqrt(Math.log((3600 + 250e-9) / 500e-9));
        assertEquals(0.0088 / Math.pow(0.01, 0.65), pcm.sigmaSiemens(1, 0.25e-6, 3600) / band, 1e-9);
        assertEquals(0.2, pcm.sigmaSiemens(1, 25e-9, 3600) / band, 1e-12);
        RandomGenerator rng = new SplittableRandom(21);
        double[] r = new double[40_000];
        for (int k = 0; k < r.length; k++) r[k] = pcm.read(10e-6, 12e-6, 86_400, rng);
        double sigma = pcm.sigmaSiemens(10e-6, 12e-6, 86_400);
        assertEquals(10e-6, Stats.mean(r), 5 * sigma / Math.sqrt(r.length));
        assertEquals(sigma, Stats.sd(r), 0.02 * sigma);
    }

    @Test
    void whiteNoiseAddsRelativeAndAbsoluteSpreadsInQuadrature() {
        ReadNoiseModel white = new WhiteReadNoise(0.03, 0.4e-6);
        // √((10 µS · 0.03)² + (0.4 µS)²) = √(0.09 + 0.16) µS = 0.5 µS, at any time
        assertEquals(0.5e-6, white.sigmaSiemens(10e-6, 10e-6, 1), 1e-18);
        assertEquals(0.5e-6, white.sigmaSiemens(10e-6, 20e-6, 1e8), 1e-18);
    }
}
