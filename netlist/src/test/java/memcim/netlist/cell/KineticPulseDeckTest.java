package memcim.netlist.cell;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.SplittableRandom;
import memcim.device.DevicePresets;
import memcim.device.DiffusionDriftDynamics;
import memcim.device.StateIntegrator;
import memcim.device.VoltageSteps;
import memcim.netlist.Netlist;
import memcim.spice.NgSpice;
import org.junit.jupiter.api.Test;

/**
 * The kinetic memristor in ngspice (in-process) against the device stage's own integration of dw/dt = α/w − β·V on
 * the same pulse train, sample by sample at the end of every period, and the energy the source delivers against
 * ∫ G₀·w·V² dt.
 */
class KineticPulseDeckTest {
    static final DiffusionDriftDynamics DDK = (DiffusionDriftDynamics) DevicePresets.load("ddk-dynamic").dynamics();

    record Run(double[] time, double[] state, double[] drive, double[] current) {}

    static Run run(Netlist deck) {
        NgSpice ng = NgSpice.shared();
        ng.loadCircuit(deck.render());
        assertEquals(List.of(), ng.lastWarnings(), "the deck loads without warnings");
        ng.run();
        Run r = new Run(ng.realVector("time"), ng.realVector(KineticPulseDeck.STATE_VECTOR), ng.realVector(KineticPulseDeck.DRIVE_VECTOR),
                ng.realVector(KineticPulseDeck.CURRENT_VECTOR));
        ng.removeCircuits();
        return r;
    }

    static double at(double[] t, double[] v, double when) {
        int i = 1;
        while (i < t.length - 1 && t[i] < when) i++;
        double f = (when - t[i - 1]) / (t[i] - t[i - 1]);
        return v[i - 1] + f * (v[i] - v[i - 1]);
    }

    @Test
    void theSpiceStateFollowsTheDeviceStageSampleBySampleAndTheEnergyIsItsIntegral() {
        SplittableRandom r = new SplittableRandom(8);
        double[] x = new double[28];
        for (int k = 0; k < x.length; k++) x[k] = r.nextDouble();
        for (double gap : new double[]{0, 0.5e-6}) {
            double width = 1e-6, period = width + gap, edge = 1e-9, maxStep = 2e-9;
            Run s = run(KineticPulseDeck.of(DDK, x, 1.0, width, period, edge, maxStep));
            double[] ode = new StateIntegrator(1e-9).trajectory(DDK, DDK.initialState(), VoltageSteps.pulseTrain(x, 1.0, width, gap));
            int per = gap > 0 ? 2 : 1;
            double worst = 0;
            for (int k = 1; k <= x.length; k++) {
                double spice = at(s.time(), s.state(), k * period), java = ode[per * k - 1];
                worst = Math.max(worst, Math.abs(spice - java));
            }
            // they differ by what the ramps move: sampled mid-ramp (and the first ramp, which cannot start before t = 0) the
            // drive is off by about β·A·Δx·edge/8 per edge; measured 2e-5 at 1 ns edges (1e-4 at 5 ns, 3.7e-4 at 20 ns),
            // whatever the step (20, 5 or 2 ns)
            assertTrue(worst < 5e-5, "gap " + gap + ": max |w_spice - w_java| = " + worst);
            // energy: what the source delivers, -∫ V·i(vin) dt, is the cell's ∫ G0·w·V² dt
            double fromSource = 0, inCell = 0;
            for (int i = 1; i < s.time().length; i++) {
                double dt = s.time()[i] - s.time()[i - 1];
                fromSource -= dt / 2 * (s.drive()[i] * s.current()[i] + s.drive()[i - 1] * s.current()[i - 1]);
                inCell += dt / 2 * (DDK.siemensPerState() * (s.state()[i] * sq(s.drive()[i]) + s.state()[i - 1] * sq(s.drive()[i - 1])));
            }
            assertTrue(fromSource > 0);
            assertEquals(inCell, fromSource, 1e-6 * inCell);
        }
    }

    @Test
    void inputsOutsideTheUnitIntervalAndImpossibleTimingAreRefused() {
        var e = assertThrows(memcim.core.InputException.class, () -> KineticPulseDeck.of(DDK, new double[]{0.2, 1.5}, 1, 1e-6, 1e-6, 1e-8, 1e-9));
        assertTrue(e.getMessage().contains("input 1"), e.getMessage());
        assertThrows(memcim.core.InputException.class, () -> KineticPulseDeck.of(DDK, new double[]{0.2}, 1, 1e-6, 1.005e-6, 1e-8, 1e-9));
    }

    private static double sq(double v) { return v * v; }
}
