package memcim.mapping;

import static org.junit.jupiter.api.Assertions.*;

import java.util.SplittableRandom;
import memcim.core.InputException;
import memcim.device.DeviceCard;
import memcim.device.DeviceModel;
import memcim.device.DevicePresets;
import memcim.device.NoDrift;
import memcim.device.NonlinearBoundedPulses;
import memcim.device.PowerDrift;
import memcim.device.ProgrammedCell;
import memcim.device.Pulse;
import memcim.device.PulseDevice;
import org.junit.jupiter.api.Test;

/**
 * Conductances changed after programming by the rram-pulsed card's pulse response: 10–100 µS, SET 2 µS at the bottom
 * with η = 3, RESET 3 µS at the top with η = 4; t₀ = 5 s.
 */
class PulsedArrayTest {
    private final DeviceCard rram = DevicePresets.load("rram-pulsed");
    // a law of its own, so the closed forms below do not move when the card is recalibrated
    private final NonlinearBoundedPulses noiseless = new NonlinearBoundedPulses(10e-6, 100e-6, 2e-6, 3e-6, 3, 4, 0, 0);

    private PulsedArray array(DeviceCard card, double g0, double nu) {
        return PulsedArray.of(new DeviceModel(card), new ProgrammedCell[][] {{new ProgrammedCell(g0, g0, nu)}},
                new SplittableRandom(1));
    }

    @Test
    void setPulsesMoveByTheCardsStepAndSaturateAtTheUpperBound() {
        PulsedArray a = array(rram.withPulses(noiseless).withDrift(new NoDrift()), 10e-6, 0);
        SplittableRandom unused = new SplittableRandom(2);
        assertEquals(PulseDevice.NOMINAL, a.device(0, 0));
        // the first SET at the lower bound is the full step: 10 + 2 µS
        assertEquals(12e-6, a.pulse(0, 0, Pulse.SET, 1, 10, unused), 1e-18);
        // n SETs from 10 µS: G_n = A − (A − G₀)(1 − s)ⁿ with A = 100 + 90/3 = 130 µS, s = 2·3/(90·4) = 1/60
        for (int n = 2; n <= 82; n++) {
            double g = a.pulse(0, 0, Pulse.SET, 1, 10 + n, unused);
            assertEquals(130e-6 - 120e-6 * Math.pow(59.0 / 60, n), g, 1e-15, "pulse " + n);
        }
        // pulse 83 would pass 100 µS ((59/60)^83 < 1/4): held at the bound, and further pulses stay there
        assertEquals(100e-6, a.pulse(0, 0, Pulse.SET, 1, 100, unused), 0);
        assertEquals(100e-6, a.pulse(0, 0, Pulse.SET, 10, 101, unused), 0);
        // a RESET at the top: the full 3 µS down; 1000 RESETs reach the lower bound and stop there
        assertEquals(97e-6, a.pulse(0, 0, Pulse.RESET, 1, 102, unused), 1e-18);
        assertEquals(10e-6, a.pulse(0, 0, Pulse.RESET, 1000, 103, unused), 0);
    }

    @Test
    void aDevicesDrawnStepScaleMultipliesItsSteps() {
        NonlinearBoundedPulses spread = new NonlinearBoundedPulses(10e-6, 100e-6, 2e-6, 3e-6, 3, 4, 0, 0.1);
        PulsedArray a = PulsedArray.of(new DeviceModel(rram.withPulses(spread).withDrift(new NoDrift())),
                new ProgrammedCell[][] {{new ProgrammedCell(10e-6, 10e-6, 0), new ProgrammedCell(100e-6, 100e-6, 0)}},
                new SplittableRandom(5));
        PulseDevice d0 = a.device(0, 0), d1 = a.device(0, 1);
        assertNotEquals(d0, d1);
        SplittableRandom unused = new SplittableRandom(2);
        assertEquals(10e-6 + 2e-6 * d0.setScale(), a.pulse(0, 0, Pulse.SET, 1, 10, unused), 1e-18);
        assertEquals(100e-6 - 3e-6 * d1.resetScale(), a.pulse(0, 1, Pulse.RESET, 1, 10, unused), 1e-18);
    }

    @Test
    void driftRestartsFromThePulseWithTheCellsOwnNu() {
        // power-law drift with ν = 0.05 exactly (σ 0): G(t) = G(t₀)·(age/t₀)^−ν, t₀ = 5 s
        // and a linear pulse response (η = 0): every SET exactly +2 µS
        NonlinearBoundedPulses linear = new NonlinearBoundedPulses(10e-6, 100e-6, 2e-6, 3e-6, 0, 0, 0, 0);
        PulsedArray a = array(rram.withPulses(linear).withDrift(new PowerDrift(0.05, 0)), 50e-6, 0.05);
        // never pulsed: 50 s after programming, 10 t₀: 50 µS·10^−0.05
        assertEquals(50e-6 * 0.8912509381337456, a.conductanceAt(0, 0, 50), 1e-18);
        // pulsed at 105 s: the SET acts on the drifted G(105) = 50 µS·21^−0.05
        double before = 50e-6 * Math.pow(21, -0.05);
        double after = a.pulse(0, 0, Pulse.SET, 1, 105, new SplittableRandom(3));
        assertEquals(before + 2e-6, after, 1e-18);
        assertEquals(after, a.conductanceAt(0, 0, 105), 0);
        // 45 s after the pulse its own clock reads t₀ + 45 = 50 s = 10 t₀
        assertEquals(after * 0.8912509381337456, a.conductanceAt(0, 0, 150), 1e-18);
        assertEquals(105, a.lastPulseSeconds(0, 0));
        // no pulse, no new programming event: the clock stays at 105 s
        assertEquals(after * 0.8912509381337456, a.pulse(0, 0, Pulse.SET, 0, 150, new SplittableRandom(3)), 1e-18);
        assertEquals(105, a.lastPulseSeconds(0, 0));
    }

    @Test
    void readsAreTheTrajectoryWithFreshNoise() {
        // white read noise 1 % (the card's), no drift: reads scatter around G with σ = 0.01·G
        PulsedArray a = array(rram.withPulses(noiseless).withDrift(new NoDrift()), 40e-6, 0);
        double g = a.pulse(0, 0, Pulse.SET, 5, 20, new SplittableRandom(4));
        SplittableRandom noise = new SplittableRandom(6);
        int n = 20_000;
        double sum = 0, sq = 0;
        for (int k = 0; k < n; k++) {
            double r = a.readAt(0, 0, 3600, noise);
            sum += r;
            sq += r * r;
        }
        double mean = sum / n, sd = Math.sqrt(sq / n - mean * mean);
        assertEquals(g, mean, 5 * 0.01 * g / Math.sqrt(n));
        assertEquals(0.01 * g, sd, 0.03 * 0.01 * g);
        assertArrayEquals(a.readAt(3600, new SplittableRandom(9))[0], a.readAt(3600, new SplittableRandom(9))[0], 0);
    }

    @Test
    void pulsesGoForwardInTimeAndNeedAPulsedCard() {
        PulsedArray a = array(rram.withPulses(noiseless), 40e-6, 0);
        a.pulse(0, 0, Pulse.SET, 1, 100, new SplittableRandom(1));
        assertThrows(InputException.class, () -> a.pulse(0, 0, Pulse.SET, 1, 99, new SplittableRandom(1)));
        assertThrows(InputException.class, () -> a.conductanceAt(0, 0, 50));
        InputException e = assertThrows(InputException.class, () -> array(DevicePresets.load("hfox-1t1r"), 40e-6, 0));
        assertTrue(e.getMessage().startsWith("pulses.law"), e.getMessage());
    }
}
