package memcim.hdl.sim;

import java.util.List;
import java.util.SplittableRandom;
import memcim.hdl.Module;
import memcim.hdl.Port;
import memcim.hdl.TestModules;
import memcim.hdl.bench.BenchHarness;
import memcim.hdl.periphery.PeripheryConfig;
import memcim.hdl.spec.ChipSpec;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The compiled engine computes exactly what the interpreter computes. */
class EnginesTest {
    @Test
    void theJdkHasACompiler() {
        assertTrue(Simulator.compilerAvailable(), "the build and tests run on a JDK");
    }

    @Test
    void compiledAndInterpretedAgreeOnRandomStimulus() {
        for (Module m : List.of(TestModules.constructs(), TestModules.compound(), TestModules.wrapper())) {
            Simulator a = new Simulator(m, Simulator.Engine.INTERPRETED);
            Simulator b = new Simulator(m, Simulator.Engine.COMPILED);
            assertEquals(Simulator.Engine.COMPILED, b.engine());
            SplittableRandom r = new SplittableRandom(9);
            for (int cycle = 0; cycle < 3000; cycle++) {
                for (Port p : m.ports()) {
                    if (p.direction() != Port.Direction.IN || p.name().equals("clk")) continue;
                    long value = p.name().equals("rst") ? (r.nextInt(50) == 0 ? 1 : 0) : r.nextLong();
                    a.poke(p.name(), value);
                    b.poke(p.name(), value);
                }
                for (String n : a.signalNames()) assertEquals(a.peek(n), b.peek(n), m.name() + " cycle " + cycle + " " + n);
                a.step();
                b.step();
            }
        }
    }

    @Test
    void compiledEngineRunsTheBenchHarnessToTheSameState() {
        BenchHarness h = new BenchHarness(ChipSpec.reference().periphery().withSamples(2), 0x1234567);
        Simulator a = new Simulator(h, Simulator.Engine.INTERPRETED);
        Simulator b = new Simulator(h, Simulator.Engine.COMPILED);
        a.reset();
        b.reset();
        a.step(20_000);
        b.step(20_000);
        for (String n : a.signalNames()) assertEquals(a.peek(n), b.peek(n), n);
        assertTrue(a.peek("inferences") > 0, "at least one inference finished");
    }
}
