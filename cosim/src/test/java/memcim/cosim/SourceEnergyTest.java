package memcim.cosim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import memcim.cosim.energy.Phase;
import memcim.cosim.energy.SourceEnergy;
import org.junit.jupiter.api.Test;

/** The integral itself on vectors with a closed form; the circuit-level checks run ngspice (EnergyCircuitTest). */
class SourceEnergyTest {
    @Test
    void constantPowerOverNonUniformStepsIsIvt() {
        double[] t = {0, 1e-9, 1.5e-9, 4e-9, 10e-9};
        double[] v = {1, 1, 1, 1, 1};
        double[] i = {-2e-3, -2e-3, -2e-3, -2e-3, -2e-3};
        assertEquals(1 * 2e-3 * 10e-9, SourceEnergy.delivered(t, v, i), 1e-24);
        var phases = SourceEnergy.perPhase(t, v, i, List.of(new Phase("a", 0, 2e-9), new Phase("b", 2e-9, 10e-9)));
        assertEquals(2e-3 * 2e-9, phases.get("a"), 1e-24);
        assertEquals(2e-3 * 8e-9, phases.get("b"), 1e-24);
    }

    @Test
    void rampTimesRampIsIntegratedExactly() {
        // v = t, i = -t on [0, 1]: delivered = ∫ t² dt = 1/3, with one segment
        assertEquals(1.0 / 3, SourceEnergy.delivered(new double[] {0, 1}, new double[] {0, 1}, new double[] {0, -1}), 1e-15);
    }
}
