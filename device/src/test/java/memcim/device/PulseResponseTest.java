package memcim.device;

import static org.junit.jupiter.api.Assertions.*;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import memcim.core.InputException;
import org.junit.jupiter.api.Test;

/** The nonlinear bounded pulse response against its closed-form trajectory, asymmetry and spreads. */
class PulseResponseTest {
    // laws of their own, so the closed forms below do not move when the card is recalibrated
    private final NonlinearBoundedPulses card = new NonlinearBoundedPulses(10e-6, 100e-6, 2e-6, 3e-6, 3, 4, 0.2, 0.1);
    private final NonlinearBoundedPulses noiseless = card.withSpreads(0, 0, 0);

    /**
     * Applies {@code last} pulses from {@code g0} and checks each against G_n = A + (g0 − A)·rⁿ up to pulse last − 1,
     * then that pulse {@code last} lands on {@code bound} (clipped) and the next one stays there.
     */
    private void assertClosedFormUntilTheBound(Pulse pulse, double g0, double asymptote, double ratio, int last, double bound) {
        RandomGenerator unused = new SplittableRandom(1);
        double g = g0;
        for (int n = 1; n < last; n++) {
            g = noiseless.apply(g, pulse, PulseDevice.NOMINAL, unused);
            assertEquals(asymptote + (g0 - asymptote) * Math.pow(ratio, n), g, 1e-18, pulse + " pulse " + n);
        }
        assertNotEquals(bound, g);
        assertEquals(bound, noiseless.apply(g, pulse, PulseDevice.NOMINAL, unused), pulse + " pulse " + last + " reaches the bound");
        assertEquals(bound, noiseless.apply(bound, pulse, PulseDevice.NOMINAL, unused), "and stays there");
    }

    @Test
    void setPulsesFollowTheClosedFormAndReachTheUpperBoundAtTheComputedPulse() {
        // 10–100 µS, SET step 2 µS at 10 µS, η = 3: ΔG is linear in G, so G_n = A − (A − G₀)(1 − s)ⁿ with
        // A = 100 + 90/3 = 130 µS and s = 2·3/(90·4) = 1/60; G_n reaches 100 µS when (59/60)ⁿ ≤ 1/4: n = 83
        assertClosedFormUntilTheBound(Pulse.SET, 10e-6, 130e-6, 59.0 / 60, 83, 100e-6);
    }

    @Test
    void resetPulsesMirrorWithTheirOwnStepAndNonlinearity() {
        // RESET step 3 µS at 100 µS, η = 4: B = 10 − 90/4 = −12.5 µS, s = 3·4/(90·5) = 2/75;
        // G_n = B + (100 µS − B)(73/75)ⁿ reaches 10 µS when (73/75)ⁿ ≤ 1/5: n = 60
        assertClosedFormUntilTheBound(Pulse.RESET, 100e-6, -12.5e-6, 73.0 / 75, 60, 10e-6);
    }

    @Test
    void stepsShrinkTowardsTheBoundApproachedAndUpDownAreAsymmetric() {
        RandomGenerator unused = new SplittableRandom(1);
        // SET: 2 µS at the bottom, 2/(1+3) = 0.5 µS at the top, linear in between (1 µS below the top: 1/90 of the way);
        // RESET: 3 µS at the top, 3/(1+4) = 0.6 µS at the bottom (1 µS above it: 1/90 of the way)
        assertEquals(2e-6, noiseless.apply(10e-6, Pulse.SET, PulseDevice.NOMINAL, unused) - 10e-6, 1e-18);
        assertEquals(0.5e-6 + 1.5e-6 / 90, noiseless.apply(99e-6, Pulse.SET, PulseDevice.NOMINAL, unused) - 99e-6, 1e-18);
        assertEquals(3e-6, 100e-6 - noiseless.apply(100e-6, Pulse.RESET, PulseDevice.NOMINAL, unused), 1e-18);
        assertEquals(0.6e-6 + 2.4e-6 / 90, 11e-6 - noiseless.apply(11e-6, Pulse.RESET, PulseDevice.NOMINAL, unused), 1e-18);
    }

    @Test
    void firstStepSpreadIsTheProductOfDeviceAndCycleSpreads() {
        // step = 2 µS · d · c with independent d ~ N(1, 0.1), c ~ N(1, 0.2): mean 2 µS,
        // sd = 2 µS · √((1 + 0.01)(1 + 0.04) − 1) = 2 µS · √0.0504 (clipping at 0 is 5σ and 10σ away)
        RandomGenerator rng = new SplittableRandom(41);
        double[] steps = new double[100_000];
        for (int k = 0; k < steps.length; k++) {
            PulseDevice d = card.drawDevice(rng);
            steps[k] = card.apply(10e-6, Pulse.SET, d, rng) - 10e-6;
        }
        double sd = 2e-6 * Math.sqrt(0.0504);
        assertEquals(2e-6, Stats.mean(steps), 5 * sd / Math.sqrt(steps.length));
        assertEquals(sd, Stats.sd(steps), 0.02 * sd);
    }

    @Test
    void eachDeviceDrawsItsOwnBoundsAndPulsesStopThere() {
        NonlinearBoundedPulses spread = new NonlinearBoundedPulses(10e-6, 100e-6, 2e-6, 3e-6, 3, 4, 0, 0, 0.05, null);
        RandomGenerator rng = new SplittableRandom(3);
        double[] tops = new double[20_000];
        for (int k = 0; k < tops.length; k++) {
            PulseDevice d = spread.drawDevice(rng);
            double g = 10e-6 * d.minScale();
            for (int n = 0; n < 400; n++) g = spread.apply(g, Pulse.SET, d, rng);
            assertEquals(100e-6 * d.maxScale(), g, 1e-18, "SETs end on the device's own upper bound");
            tops[k] = g;
            assertEquals(10e-6 * d.minScale(), lowest(spread, g, d, rng), 1e-18, "RESETs end on its own lower bound");
        }
        // the upper bound spreads by 5 % of 100 µS
        assertEquals(100e-6, Stats.mean(tops), 4 * 5e-6 / Math.sqrt(tops.length));
        assertEquals(5e-6, Stats.sd(tops), 0.03 * 5e-6);
        // without a bound spread the devices are drawn as before: the same stream gives the same step scales
        NonlinearBoundedPulses none = spread.withSpreads(0, 0.1, 0);
        assertEquals(none.drawDevice(new SplittableRandom(9)), new NonlinearBoundedPulses(10e-6, 100e-6, 2e-6, 3e-6, 3, 4, 0, 0.1)
                .drawDevice(new SplittableRandom(9)));
    }

    private static double lowest(NonlinearBoundedPulses law, double g, PulseDevice d, RandomGenerator rng) {
        for (int n = 0; n < 400; n++) g = law.apply(g, Pulse.RESET, d, rng);
        return g;
    }

    @Test
    void aCardWithoutPulseResponseSaysSo() {
        PulseResponse none = DevicePresets.load("hfox-1t1r").pulses();
        InputException e = assertThrows(InputException.class, () -> none.apply(1e-5, Pulse.SET, PulseDevice.NOMINAL, new SplittableRandom(1)));
        assertEquals("pulses.law: expected a card with a pulse response to apply SET/RESET pulses, found \"none\"", e.getMessage());
    }
}
