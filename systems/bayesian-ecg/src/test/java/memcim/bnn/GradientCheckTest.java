package memcim.bnn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import memcim.device.DeviceModel;
import memcim.device.DevicePresets;
import memcim.device.PairDomain;
import memcim.networks.Forward;
import memcim.networks.NetworkShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Analytic gradients against central finite differences. */
class GradientCheckTest {
    /** Cross-entropy through every layer (unrounded clipped ReLU: the straight-through path is its gradient). */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"32,16,9", "32,24,16,9", "32,9"})
    void crossEntropyGradientMatchesFiniteDifferences(String widths) {
        NetworkShape shape = NetworkShape.of(NetworkShape.parseWidths(widths, "test"), 16);
        SplittableRandom rng = new SplittableRandom(3);
        byte[] codes = new byte[shape.inputs()];
        for (int i = 0; i < codes.length; i++) codes[i] = (byte) rng.nextInt(8);
        double[] w = new double[shape.weights()];
        // pre-activations of a few hidden steps, so hidden units sit inside the clipped ReLU's slope
        for (int i = 0; i < w.length; i++) w[i] = rng.nextGaussian() * (i < shape.weights(0) ? 1.5 : 0.8 * 16 / 7.0);
        for (int i = shape.offset(shape.layers() - 1); i < w.length; i++) w[i] /= 16 / 7.0;
        int label = 4;
        Forward f = new Forward(shape, false);
        double[] g = new double[w.length];
        f.run(w, codes, 0);
        f.backward(w, codes, 0, label, g, 1.0);
        for (int l = 0; l < shape.layers() - 1; l++) {
            int active = 0;
            for (double a : f.pre[l]) if (shape.hiddenSlope(a) > 0) active++;
            assertTrue(active >= 3, "the random point must have active hidden units in layer " + l + ": " + active);
        }
        double h = 1e-6;
        int[] checked = new int[shape.layers()];
        for (int i = 0; i < w.length; i++) {
            double keep = w[i];
            w[i] = keep + h;
            double up = loss(f, w, codes, label);
            w[i] = keep - h;
            double down = loss(f, w, codes, label);
            w[i] = keep;
            double numeric = (up - down) / (2 * h);
            assertEquals(numeric, g[i], 1e-6 + 1e-5 * Math.abs(numeric), "weight " + i);
            if (g[i] != 0) for (int l = 0; l < shape.layers(); l++) if (i >= shape.offset(l) && i < shape.offset(l + 1)) checked[l]++;
        }
        for (int l = 0; l < shape.layers(); l++)
            assertTrue(checked[l] > shape.cols(l), "gradients of layer " + l + " were exercised: " + checked[l]);
    }

    private static double loss(Forward f, double[] w, byte[] codes, int label) {
        f.run(w, codes, 0);
        return -Math.log(f.probs[label]);
    }

    @Test
    void klDerivativesMatchFiniteDifferences() {
        double h = 1e-6;
        for (double[] c : new double[][] {{0.3, 0.2, 1}, {-2, 0.7, 4}, {5, 3, 2}}) {
            double mu = c[0], s = c[1], p = c[2];
            double dMu = (GaussianKl.value(mu + h, s, p) - GaussianKl.value(mu - h, s, p)) / (2 * h);
            double dS = (GaussianKl.value(mu, s + h, p) - GaussianKl.value(mu, s - h, p)) / (2 * h);
            assertEquals(dMu, GaussianKl.dMu(mu, p), 1e-6);
            assertEquals(dS, GaussianKl.dSigma(s, p), 1e-6);
        }
    }

    @Test
    void technologicalLossGradientMatchesFiniteDifferences() {
        PairDomain domain = PairDomain.of(new DeviceModel(DevicePresets.load("hfox-1t1r")), 16);
        for (TechnologicalLoss t : new TechnologicalLoss[] {new TechnologicalLoss(domain, 0.1, 10),
                TechnologicalLoss.inDeviceSigmaUnits(domain, 0.1, 10)}) checkTechnologicalLossGradient(t);
    }

    private static void checkTechnologicalLossGradient(TechnologicalLoss t) {
        double gamma = 8e-6;
        SplittableRandom rng = new SplittableRandom(5);
        double h = 1e-7;
        int steep = 0;
        for (int k = 0; k < 200; k++) {
            double[] mu = {rng.nextDouble(-16, 16)}, sigma = {rng.nextDouble(0.05, 1.5)};
            double[] gMu = {0}, gS = {0};
            t.accumulate(mu, sigma, gamma, gMu, gS, 1.0);
            double[] target = t.target(mu[0], sigma[0], gamma);
            // finite differences only where the nearest point stays the same on both sides
            if (!same(t, mu[0] + h, sigma[0], gamma, target) || !same(t, mu[0] - h, sigma[0], gamma, target)
                    || !same(t, mu[0], sigma[0] + h, gamma, target) || !same(t, mu[0], sigma[0] - h, gamma, target)) continue;
            double numMu = (t.accumulate(new double[] {mu[0] + h}, sigma, gamma, null, null, 1)
                    - t.accumulate(new double[] {mu[0] - h}, sigma, gamma, null, null, 1)) / (2 * h);
            double numS = (t.accumulate(mu, new double[] {sigma[0] + h}, gamma, null, null, 1)
                    - t.accumulate(mu, new double[] {sigma[0] - h}, gamma, null, null, 1)) / (2 * h);
            assertEquals(numMu, gMu[0], 1e-5 + 1e-5 * Math.abs(numMu));
            assertEquals(numS, gS[0], 1e-5 + 1e-5 * Math.abs(numS));
            if (Math.abs(gMu[0]) + Math.abs(gS[0]) > 1e-3) steep++;
        }
        assertTrue(steep > 10, "some points must lie where the loss has a slope: " + steep);
    }

    private static boolean same(TechnologicalLoss t, double mu, double sigma, double gamma, double[] target) {
        double[] other = t.target(mu, sigma, gamma);
        return other[0] == target[0] && other[1] == target[1];
    }

    /** The softplus parameterisation σ = log(1 + e^ρ) and its inverse. */
    @Test
    void softplusInverseAndSlope() {
        for (double s : new double[] {1e-3, 0.2, 3, 40}) assertEquals(s, BayesByBackprop.softplus(BayesByBackprop.inverseSoftplus(s)), 1e-9 * s);
        double rho = 0.3, h = 1e-6;
        assertEquals((BayesByBackprop.softplus(rho + h) - BayesByBackprop.softplus(rho - h)) / (2 * h), BayesByBackprop.sigmoid(rho), 1e-8);
    }
}
