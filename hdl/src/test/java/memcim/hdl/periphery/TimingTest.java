package memcim.hdl.periphery;

import java.util.ArrayList;
import java.util.List;
import memcim.hdl.sim.Simulator;
import memcim.hdl.spec.ChipSpec;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The published timing against the simulated chip's own word-line enable, cycle by cycle. */
class TimingTest {
    @Test
    void publishedTimingIsWhatTheSimulatedControllerDoes() {
        PeripheryConfig c = ChipSpec.reference().periphery().withSamples(1).withAdcBits(7);
        ChipSession session = new ChipSession(new ChipDigital(c));
        Simulator sim = session.simulator();
        session.loadFeatures(new int[c.inputs()]);
        sim.poke("start", 1);
        session.step();
        sim.poke("start", 0);
        // sl_en rises once per bit phase and stays high through its G+ and G- conversions
        List<Long> rises = new ArrayList<>();
        List<Long> runs = new ArrayList<>();
        long high = 0;
        int conversions = 0;
        boolean busy = false;
        while (sim.peek("done") == 0) {
            boolean on = sim.peek("sl_en") != 0;
            if (on && high == 0) rises.add(sim.cycle());
            if (on) high++;
            else if (high > 0) {
                runs.add(high);
                high = 0;
            }
            if (session.adcBusy() && !busy) conversions++;
            busy = session.adcBusy();
            session.step();
        }
        Timing t = c.timing();
        assertEquals(9, t.readCycles(), "start cycle + 7 bit decisions + result cycle");
        assertEquals(2 * c.bits() * (c.hidden() + c.classes()), conversions, "conversions of one sample");
        assertEquals(c.bits() * (c.hidden() + c.classes()), runs.size(), "bit phases of one sample");
        for (long run : runs) assertEquals(2L * t.readCycles(), run, "word lines on per G+ and G- conversion");
        assertEquals(t.phaseCycles(), rises.get(1) - rises.get(0), "next bit phase");
        assertEquals(t.neuronCycles(), rises.get(c.bits()) - rises.get(0), "next neuron");
    }
}
