package memcim.cosim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import memcim.cosim.energy.Phase;
import memcim.cosim.energy.SourceEnergy;
import memcim.spice.NgSpice;
import org.junit.jupiter.api.Test;

/** Energy integrated from real ngspice vectors against circuits whose energy is known in closed form. */
class EnergyCircuitTest {
    @Test
    void chargingACapacitorDrawsCV2AndAResistorDrawsIVt() {
        NgSpice ng = NgSpice.shared();
        ng.loadCircuit(String.join("\n",
                "* energy check",
                "Vstep a 0 pwl(0 0 10p 1.2)",
                "R1 a b 1k",
                "C1 b 0 2p",
                "Vdc c 0 dc 0.5",
                "R2 c 0 10k",
                ".tran 10p 40n",
                ".end"), "energy-check.cir");
        ng.run();
        double[] t = ng.realVector("time");
        // RC = 2 ns: after 40 ns the capacitor is charged; the source delivered C·V² (half stored, half in R1)
        double cv2 = 2e-12 * 1.2 * 1.2;
        double step = SourceEnergy.delivered(t, ng.realVector("a"), ng.realVector("vstep#branch"));
        assertEquals(cv2, step, cv2 * 0.01);
        // I·V·t of a DC source into a resistor, per phase
        double[] vc = ng.realVector("c");
        double[] ic = ng.realVector("vdc#branch");
        var phases = SourceEnergy.perPhase(t, vc, ic, List.of(new Phase("first", 0, 10e-9), new Phase("rest", 10e-9, 40e-9)));
        double p = 0.5 * 0.5 / 10e3;
        assertEquals(p * 10e-9, phases.get("first"), p * 10e-9 * 1e-6);
        assertEquals(p * 30e-9, phases.get("rest"), p * 30e-9 * 1e-6);
        // the capacitor's share: within the first 2 ns (one RC) the source delivered C·V²·(1 − 1/e)
        double early = SourceEnergy.delivered(t, ng.realVector("a"), ng.realVector("vstep#branch"), 0, 2.01e-9);
        assertEquals(cv2 * (1 - Math.exp(-1)), early, cv2 * 0.02);
        ng.removeCircuits();
    }
}
