package memcim.wpo;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Map;
import java.util.SplittableRandom;
import memcim.device.DeviceCard;
import memcim.device.DeviceModel;
import memcim.device.DevicePresets;
import memcim.mapping.ConductanceRange;
import memcim.mapping.DriftCompensation;
import memcim.mapping.MultiPair;
import org.junit.jupiter.api.Test;

class WeightErrorCostTest {
    static double[][] gaussian(int rows, int cols, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[][] w = new double[rows][cols];
        for (double[] row : w) for (int j = 0; j < cols; j++) row[j] = 0.3 * r.nextGaussian();
        return w;
    }

    /** pcm with no programming error, no read noise and one drift exponent ν for every cell. */
    static DeviceCard uniformDrift(double nu) {
        String v = String.valueOf(nu);
        return DevicePresets.load("pcm", overrides(
                "programming.sigmaCoefficientsSiemens[0]", "0", "programming.sigmaCoefficientsSiemens[1]", "0",
                "programming.sigmaCoefficientsSiemens[2]", "0",
                "drift.nuMean.slope", "0", "drift.nuMean.intercept", v, "drift.nuMean.min", v, "drift.nuMean.max", v,
                "drift.nuSigma.slope", "0", "drift.nuSigma.intercept", "0", "drift.nuSigma.min", "0", "drift.nuSigma.max", "0",
                "readNoise.qCoefficient", "0"));
    }

    static Map<String, String> overrides(String... pathsAndValues) {
        Map<String, String> m = new java.util.TreeMap<>();
        for (int i = 0; i < pathsAndValues.length; i += 2) m.put(pathsAndValues[i], pathsAndValues[i + 1]);
        return m;
    }

    @Test
    void aUniformDriftCostsItsClosedFormUncompensatedAndNothingCompensated() {
        DeviceCard card = uniformDrift(0.05);
        DeviceModel device = new DeviceModel(card);
        double[][] w = gaussian(32, 8, 1);
        double[] times = {1, 3600, 30 * 86400.0};
        var pair = new MultiPair(2, 2, 2e-5, WeightRange.of(card));
        double meanSquare = 0, max = 0;
        for (double[] row : w) for (double x : row) { meanSquare += x * x / w.length / row.length; max = Math.max(max, Math.abs(x)); }
        double[] none = new WeightErrorCost(device, w, times, 2, DriftCompensation.NONE, 7).errorPerTime(pair);
        for (int t = 0; t < times.length; t++) {
            // every conductance, so every weight, times k = ((t₀ + t)/t₀)^−ν
            double k = Math.pow((card.measurementSeconds() + times[t]) / card.measurementSeconds(), -0.05);
            assertEquals((1 - k) * (1 - k) * meanSquare / (max * max), none[t], 1e-12, "t = " + times[t]);
        }
        for (double e : new WeightErrorCost(device, w, times, 2, DriftCompensation.GLOBAL, 7).errorPerTime(pair))
            assertEquals(0, e, 1e-20);
    }

    @Test
    void programmingErrorAloneCostsItsVarianceOverTheSquaredMaximum() {
        // pcm's programming error, no drift or read noise: each cell errs by its σ(G), the MSP cells' errors count F times;
        // with all weights equal to max the expectation is (F²·σ(G⁺)² + F²·σ(G⁻)² + σ(g⁺)² + σ(g⁻)²)/(γ·max)²
        DeviceCard card = DevicePresets.load("pcm", overrides("drift.nuMean.slope", "0", "drift.nuMean.intercept", "0",
                "drift.nuMean.min", "0", "drift.nuMean.max", "0", "drift.nuSigma.slope", "0", "drift.nuSigma.intercept", "0",
                "drift.nuSigma.min", "0", "drift.nuSigma.max", "0", "readNoise.qCoefficient", "0"));
        DeviceModel device = new DeviceModel(card);
        double[][] w = new double[64][64];
        for (double[] row : w) java.util.Arrays.fill(row, 0.5);
        // cells no lower than 2 µS, where σ ≈ 0.4 µS: the card's floor at 0.1 µS clips no draw that matters
        var range = new ConductanceRange(2e-6, 25e-6);
        var lspOnly = new MultiPair(2, 2, 2e-5, range, MultiPair.Split.LEAST_SIGNIFICANT_FIRST);
        double[] g = lspOnly.encode(0.5);
        double var = 0;
        for (int c = 0; c < 4; c++) var += Math.pow(device.programmingSigmaSiemens(g[c]), 2) * (c < 2 ? 4 : 1);
        double expected = var / Math.pow(2e-5 * 0.5, 2);
        double got = new WeightErrorCost(device, w, new double[]{1}, 1, DriftCompensation.NONE, 3).errorPerTime(lspOnly)[0];
        assertEquals(expected, got, 0.05 * expected, "4,096 weights: the sample variance within 5 %");
    }

    @Test
    void sameSeedSameCostAnotherSeedAnother() {
        DeviceModel pcm = new DeviceModel(DevicePresets.load("pcm"));
        double[][] w = gaussian(16, 16, 2);
        var pair = new MultiPair(2, 2, 2e-5, WeightRange.of(pcm.card()));
        double[] times = {1, 86400};
        double a = new WeightErrorCost(pcm, w, times, 3, DriftCompensation.GLOBAL, 5).cost(pair);
        double b = new WeightErrorCost(pcm, w, times, 3, DriftCompensation.GLOBAL, 5).cost(pair);
        double c = new WeightErrorCost(pcm, w, times, 3, DriftCompensation.GLOBAL, 6).cost(pair);
        assertEquals(a, b);
        assertNotEquals(a, c);
    }
}
