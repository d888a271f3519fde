package memcim.netlist.cell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import memcim.device.DeviceCard;
import memcim.device.DevicePresets;
import memcim.device.NonlinearBoundedPulses;
import org.junit.jupiter.api.Test;

/** The rram-pulsed card's pulse response is a fit of its own compact model in ngspice, and the fit is close. */
class PulseCalibrationTest {
    private final DeviceCard card = DevicePresets.load("rram-pulsed");
    private final NonlinearBoundedPulses law = (NonlinearBoundedPulses) card.pulses();
    private final CompactModelParameters p = CompactModelParameters.of(card);

    @Test
    void theCardsPulseResponseIsTheFitOfItsCompactModel() {
        var curve = PulseCalibration.measure(p, law.conditions(), law.minSiemens(), law.maxSiemens(), 300);
        var fit = PulseCalibration.fit(curve, law.minSiemens(), law.maxSiemens(), law.cycleToCycleSigma(), law.deviceToDeviceSigma(),
                law.boundSigma(), law.conditions());
        NonlinearBoundedPulses f = fit.law();
        // the card holds the fit rounded to three figures
        assertEquals(f.setStepSiemens(), law.setStepSiemens(), 0.005 * f.setStepSiemens());
        assertEquals(f.resetStepSiemens(), law.resetStepSiemens(), 0.005 * f.resetStepSiemens());
        assertEquals(f.setNonlinearity(), law.setNonlinearity(), 0.01 * f.setNonlinearity());
        assertEquals(f.resetNonlinearity(), law.resetNonlinearity(), 0.01 * f.resetNonlinearity());
        // the law's trajectories stay within 2.5 % of the 90 µS window of SPICE's, pulse for pulse
        double window = law.maxSiemens() - law.minSiemens();
        assertTrue(fit.setRmsSiemens() < 0.025 * window, "SET RMS " + fit.setRmsSiemens());
        assertTrue(fit.resetRmsSiemens() < 0.025 * window, "RESET RMS " + fit.resetRmsSiemens());
        // what the card's description states
        assertEquals(57, curve.setPulses());
        assertEquals(77, curve.resetPulses());
    }

    @Test
    void identicalPulsesMoveTheCellMonotonicallyWithShrinkingSetSteps() {
        var c = law.conditions();
        var curve = PulseCalibration.measure(p, c, 10e-6, 100e-6, 300);
        double[] set = curve.setSiemens(), reset = curve.resetSiemens();
        for (int k = 1; k < set.length; k++) assertTrue(set[k] > set[k - 1], "SET " + k);
        for (int k = 1; k < reset.length; k++) assertTrue(reset[k] < reset[k - 1], "RESET " + k);
        // compliance: the filament grows more slowly as the transistor takes the voltage (first step vs last)
        assertTrue(set[1] - set[0] > 1.2 * (set[set.length - 1] - set[set.length - 2]));
        // energy of a SET: at most the bit-line voltage times the transistor's saturation current over the pulse and
        // its 10 ns ramps; of a RESET at most V·I(V) of the cell alone at its largest conductance, I = G·V₀·sinh(V/V₀)
        double setBound = c.setBitLineVolts() * p.complianceAmps(c.setGateVolts()) * (c.setSeconds() + 20e-9);
        double v = c.resetSourceLineVolts(), v0 = p.nonlinearityVolts();
        double resetBound = v * reset[0] * v0 * Math.sinh(v / v0) * (c.resetSeconds() + 20e-9);
        for (double e : curve.setJoules()) assertTrue(e > 0 && e < setBound, "SET energy " + e + " J, bound " + setBound);
        for (double e : curve.resetJoules()) assertTrue(e > 0 && e < resetBound, "RESET energy " + e + " J, bound " + resetBound);
    }
}
