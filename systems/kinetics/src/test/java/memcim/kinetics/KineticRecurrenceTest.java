package memcim.kinetics;

import static org.junit.jupiter.api.Assertions.*;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class KineticRecurrenceTest {
    @Test
    void aHandWorkedTrajectory() {
        // w0 = 1; w1 = 1 + 0.05/1 - 0.1·1 = 0.95; w2 = 0.95 + 0.05/0.95 - 0.1·0 = 1.00263...
        double[] w = KineticRecurrence.authors().trajectory(0.05, 0.1, new double[]{1, 0, 0.5});
        assertEquals(1, w[0], 0);
        assertEquals(0.95, w[1], 1e-15);
        assertEquals(0.95 + 0.05 / 0.95, w[2], 1e-15);
    }

    @Test
    void aConstantInputSettlesWhereRelaxationAndDriftBalance() {
        // fixed point w* = α/(β·x): 0.05/(0.1·0.5) = 1, 0.05/(0.1·1) = 0.5
        double[] ones = new double[400];
        java.util.Arrays.fill(ones, 1);
        double[] w = KineticRecurrence.authors().trajectory(0.05, 0.1, ones);
        assertEquals(0.5, w[399], 1e-9);
    }

    @Test
    void gradientsMatchCentralDifferences() {
        for (var rec : new KineticRecurrence[]{KineticRecurrence.authors(), KineticRecurrence.authors().withSubsteps(7)}) gradients(rec);
    }

    private static void gradients(KineticRecurrence rec) {
        SplittableRandom r = new SplittableRandom(3);
        for (int trial = 0; trial < 20; trial++) {
            int n = 28;
            double[] x = new double[n], c = new double[n];
            for (int k = 0; k < n; k++) {
                x[k] = r.nextDouble();
                c[k] = r.nextGaussian();
            }
            double alpha = 0.001 + r.nextDouble() * 0.3, beta = 0.001 + r.nextDouble() * 0.5;
            // L = Σ c_k·w_k: dL/dw_k = c_k
            double[] w = rec.trajectory(alpha, beta, x), dw = c.clone(), grad = new double[2];
            rec.backward(alpha, beta, x, w, dw, 0, n, grad);
            double h = 1e-6;
            double da = (loss(rec, alpha + h, beta, x, c) - loss(rec, alpha - h, beta, x, c)) / (2 * h);
            double db = (loss(rec, alpha, beta + h, x, c) - loss(rec, alpha, beta - h, x, c)) / (2 * h);
            assertEquals(da, grad[0], 1e-6 * Math.max(1, Math.abs(da)), "trial " + trial + " dL/dα");
            assertEquals(db, grad[1], 1e-6 * Math.max(1, Math.abs(db)), "trial " + trial + " dL/dβ");
        }
    }

    @Test
    void subStepsApproachTheContinuousDynamics() {
        // dw/dt = α/w at x = 0 has w(t)² = w0² + 2αt: after one pulse of α = 0.5, w = √2
        double[] x = {0, 0};
        double one = KineticRecurrence.authors().trajectory(0.5, 0, x)[1];
        double many = KineticRecurrence.authors().withSubsteps(1000).trajectory(0.5, 0, x)[1];
        assertEquals(1.5, one, 1e-15);
        assertEquals(Math.sqrt(2), many, 1e-4);
    }

    @Test
    void theStateIsHeldAtItsBoundAndPassesNoGradientThere() {
        var rec = new KineticRecurrence(1, 0.2);
        double[] x = {1, 1, 1, 1, 1, 1};
        double[] w = rec.trajectory(0.0, 0.5, x);   // 1, 0.5, 0.2 (held), 0.2, ...
        assertArrayEquals(new double[]{1, 0.5, 0.2, 0.2, 0.2, 0.2}, w, 1e-15);
        double[] dw = {0, 0, 0, 0, 0, 1}, grad = new double[2];
        rec.backward(0.0, 0.5, x, w, dw, 0, 6, grad);
        assertEquals(0, grad[1], 0);
    }

    private static double loss(KineticRecurrence rec, double a, double b, double[] x, double[] c) {
        double[] w = rec.trajectory(a, b, x);
        double s = 0;
        for (int k = 0; k < w.length; k++) s += c[k] * w[k];
        return s;
    }
}
