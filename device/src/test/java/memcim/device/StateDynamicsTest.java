package memcim.device;

import static org.junit.jupiter.api.Assertions.*;

import java.util.SplittableRandom;
import memcim.core.InputException;
import org.junit.jupiter.api.Test;

/** The diffusion-drift state ODE and its Runge–Kutta integrator against analytic solutions. */
class StateDynamicsTest {
    private final DiffusionDriftDynamics ddk = (DiffusionDriftDynamics) DevicePresets.load("ddk-dynamic").dynamics();
    private final StateIntegrator rk4 = new StateIntegrator(1e-8);

    /** Time for dw/dt = α/w − c to go from w₀ to w (c ≠ 0): t = (w₀ − w)/c + (α/c²)·ln((α − c·w₀)/(α − c·w)). */
    private static double timeToReach(double alpha, double c, double w0, double w) {
        return (w0 - w) / c + alpha / (c * c) * Math.log((alpha - c * w0) / (alpha - c * w));
    }

    @Test
    void withoutVoltageTheStateDiffusesAsTheSquareRootOfTime() {
        // dw/dt = α/w: w(t) = √(w₀² + 2αt); α = 5e4 /s, w₀ = 1: √2 after 10 µs, √5 after 40 µs
        assertEquals(Math.sqrt(2), rk4.hold(ddk, 1, 0, 10e-6), 1e-12);
        assertEquals(Math.sqrt(5), rk4.hold(ddk, 1, 0, 40e-6), 1e-12);
    }

    @Test
    void underConstantVoltageTheStateMeetsTheImplicitSolution() {
        // V = 1 V, β = 1e5 /(V s): c = 1e5 /s, equilibrium α/c = 0.5; from w₀ = 1 the state falls towards it
        double c = ddk.betaPerVoltSecond() * 1.0;
        for (double t : new double[] {1e-6, 5e-6, 20e-6}) {
            double w = rk4.hold(ddk, 1, 1.0, t);
            assertTrue(w > 0.5 && w < 1, "w = " + w);
            assertEquals(t, timeToReach(ddk.alphaPerSecond(), c, 1, w), 1e-9 * t, "t = " + t);
        }
    }

    @Test
    void theIntegratorIsFourthOrder() {
        double exact = Math.sqrt(1 + 2 * ddk.alphaPerSecond() * 10e-6);
        double coarse = Math.abs(new StateIntegrator(1e-6).hold(ddk, 1, 0, 10e-6) - exact);
        double fine = Math.abs(new StateIntegrator(0.5e-6).hold(ddk, 1, 0, 10e-6) - exact);
        assertTrue(coarse / fine > 12 && coarse / fine < 20, "error ratio " + coarse / fine + " for half the step (16 expected)");
    }

    @Test
    void aPulseTrainComposesTheSolutionsOfItsSteps() {
        // 2 µs at 0 V, then 3 µs at 1 V: w₁ = √(1 + 2α·2 µs) = √1.2; w₂ solves t(w₁ → w₂) = 3 µs, found by bisection
        VoltageSteps train = new VoltageSteps(new double[] {0, 1}, new double[] {2e-6, 3e-6});
        double[] w = rk4.trajectory(ddk, ddk.initialState(), train);
        assertEquals(Math.sqrt(1.2), w[0], 1e-12);
        double lo = 0.5 + 1e-12, hi = w[0];
        for (int k = 0; k < 200; k++) {
            double mid = 0.5 * (lo + hi);
            if (timeToReach(5e4, 1e5, w[0], mid) > 3e-6) lo = mid; else hi = mid;
        }
        assertEquals(0.5 * (lo + hi), w[1], 1e-10);
        assertEquals(ddk.siemensPerState() * w[1], ddk.conductanceSiemens(w[1]));
    }

    @Test
    void devicesSpreadByTheCardSigmasAndNeverUndiffuse() {
        SplittableRandom rng = new SplittableRandom(51);
        double[] alpha = new double[20_000], beta = new double[20_000];
        for (int k = 0; k < alpha.length; k++) {
            DiffusionDriftDynamics d = (DiffusionDriftDynamics) ddk.drawDevice(rng);
            alpha[k] = d.alphaPerSecond();
            beta[k] = d.betaPerVoltSecond();
            assertTrue(alpha[k] >= 0);
        }
        // α ~ N(5e4, 1.873e4) held at 0 (0.4 % of draws): β ~ N(1e5, 5.411e4) unclipped
        assertEquals(1e5, Stats.mean(beta), 5 * 5.411e4 / Math.sqrt(beta.length));
        assertEquals(5.411e4, Stats.sd(beta), 0.03 * 5.411e4);
        assertEquals(5e4, Stats.mean(alpha), 0.01 * 5e4);
    }

    @Test
    void aCardWithoutDynamicsSaysSo() {
        StateDynamics none = DevicePresets.load("pcm").dynamics();
        InputException e = assertThrows(InputException.class, () -> rk4.hold(none, 1, 0, 1e-6));
        assertEquals("dynamics.law: expected a card with state dynamics to integrate a device's state, found \"none\"", e.getMessage());
    }
}
