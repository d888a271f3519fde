package memcim.sbp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import memcim.device.DeviceCard;
import memcim.device.DevicePresets;
import memcim.device.NonlinearBoundedPulses;
import memcim.device.Pulse;
import memcim.device.PulseDevice;
import memcim.netlist.cell.CellPulseDeck;
import memcim.netlist.cell.CompactModelParameters;
import memcim.spice.NgSpice;
import org.junit.jupiter.api.Test;

/**
 * One parallel update of a 2 × 2-pair 1T1R array in ngspice, driven in lock-step by the Java HDL's scheduler and column
 * drivers: the cells where an input bit meets an error move as the card's pulse response says, the others stay.
 */
class LockStepUpdateTest {
    private final DeviceCard card = DevicePresets.load("rram-pulsed");
    private final NonlinearBoundedPulses law = (NonlinearBoundedPulses) card.pulses();
    private final CompactModelParameters p = CompactModelParameters.of(card);

    @Test
    void theScheduledPulsesMoveTheSelectedCellsAsThePulseResponseSays() {
        double[][] g = {{40e-6, 60e-6, 70e-6, 30e-6}, {50e-6, 50e-6, 45e-6, 55e-6}};
        int[] x = {1, 0};
        int[] delta = {-1, 1};   // raise pair 0, lower pair 1
        int pulses = 2;
        double[][] after = LockStepUpdate.run(p, law.conditions(), g, x, delta, pulses);
        // row 0: pair 0 G+ two SETs, G- two RESETs; pair 1 G+ two RESETs, G- two SETs
        Pulse[][] expected = {{Pulse.SET, Pulse.RESET, Pulse.RESET, Pulse.SET}, {null, null, null, null}};
        var quiet = law.withSpreads(0, 0, 0);
        var unused = new SplittableRandom(1);
        double window = law.maxSiemens() - law.minSiemens();
        for (int i = 0; i < 2; i++) {
            for (int l = 0; l < 4; l++) {
                Pulse pulse = expected[i][l];
                if (pulse == null) {
                    assertEquals(g[i][l], after[i][l], 1e-4 * g[i][l], "row " + i + " was not driven: cell " + l + " keeps its state");
                    continue;
                }
                double model = g[i][l], spice = g[i][l];
                double s = p.state(g[i][l]);
                for (int k = 0; k < pulses; k++) {
                    model = quiet.apply(model, pulse, PulseDevice.NOMINAL, unused);
                    s = single(pulse, s);
                }
                spice = p.conductanceSiemens(s);
                // the same pulses on one cell alone in ngspice: the array and the lock-step drive add nothing
                assertEquals(spice, after[i][l], 0.005 * window, "cell " + i + "," + l + " against the lone cell's pulses");
                // and the card's fitted law: within the fit's error over two pulses
                assertEquals(model, after[i][l], 0.03 * window, "cell " + i + "," + l + " against the pulse response");
                assertTrue(pulse == Pulse.SET ? after[i][l] > g[i][l] : after[i][l] < g[i][l], "moves the right way");
            }
        }
    }

    private double single(Pulse pulse, double state) {
        var c = law.conditions();
        var deck = pulse == Pulse.SET ? CellPulseDeck.set(p, c.setGateVolts(), c.setBitLineVolts(), c.setSeconds(), state)
                : CellPulseDeck.reset(p, c.resetSourceLineVolts(), c.resetGateVolts(), c.resetSeconds(), state);
        NgSpice ng = NgSpice.shared();
        ng.loadCircuit(deck.render());
        ng.run();
        double[] s = ng.realVector(CellPulseDeck.STATE_VECTOR);
        ng.removeCircuits();
        return s[s.length - 1];
    }

    @Test
    void theCardsPulsesAreWholeCyclesOfTheSchedulersClock() {
        // SET: 20 ns plateau + 10 ns edge = 15 cycles of 2 ns; RESET: 2 + 10 ns = 6; gap: the 10 ns edge = 5
        int[] w = LockStepUpdate.windows(law.conditions());
        assertEquals(15, w[0]);
        assertEquals(6, w[1]);
        assertEquals(5, w[2]);
        assertEquals(java.util.List.of(15, 6, 5), java.util.Arrays.stream(LockStepUpdate.windowsAtLeast(law.conditions())).boxed().toList());
        // a 25 ns SET is not whole cycles: the lock-step harness refuses it, the timing estimate rounds it up (35 ns: 18 cycles)
        var odd = new memcim.device.PulseConditions(1.0, 3.0, 25e-9, 1.5, 4.8, 2e-9);
        org.junit.jupiter.api.Assertions.assertThrows(memcim.core.InputException.class, () -> LockStepUpdate.windows(odd));
        assertEquals(18, LockStepUpdate.windowsAtLeast(odd)[0]);
    }
}
