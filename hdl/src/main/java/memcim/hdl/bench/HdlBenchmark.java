package memcim.hdl.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import memcim.core.AtomicFiles;
import memcim.core.Generator;
import memcim.hdl.Port;
import memcim.hdl.periphery.PeripheryConfig;
import memcim.hdl.sim.Simulator;
import memcim.hdl.verify.Icarus;
import memcim.hdl.verify.ToolRun;
import memcim.hdl.verilog.VerilogEmitter;
import memcim.templates.Templates;

/**
 * The same cycles of {@link BenchHarness} in the memcim simulator and in Icarus (compiled once, timed run).
 * Both end states are reported as {@code name=value} lines so they can be compared.
 */
public final class HdlBenchmark {
    private final BenchHarness harness;
    private final long cycles;

    public HdlBenchmark(PeripheryConfig config, long seed, long cycles) {
        this.harness = new BenchHarness(config, seed);
        this.cycles = cycles;
    }

    public BenchHarness harness() { return harness; }

    /** A timed run and the end state. */
    public record Run(double seconds, String state) {}

    /**
     * Runs the memcim simulator with {@code engine}: a fresh simulator, reset, {@code cycles} steps, timed; the
     * JIT is warmed up beforehand on other instances. Building the simulator (and compiling the kernel) is
     * not timed, as Icarus' compile is not.
     */
    public Run runJava(Simulator.Engine engine) {
        // warm-up: two runs of the same length (capped) on another instance of the same kernel, so the
        // measured run sees JIT-compiled code even on a loaded machine
        for (int k = 0; k < 2; k++) {
            Simulator warm = new Simulator(harness, engine);
            warm.reset();
            warm.step(Math.min(cycles, 300_000));
        }
        Simulator sim = new Simulator(harness, engine);
        long t0 = System.nanoTime();
        sim.reset();
        sim.step(cycles);
        double s = (System.nanoTime() - t0) / 1e9;
        return new Run(s, state(sim));
    }

    /** Seconds to build a simulator of the harness with {@code engine} (flattening, and javac for COMPILED). */
    public double buildSeconds(Simulator.Engine engine) {
        long t0 = System.nanoTime();
        new Simulator(harness, engine);
        return (System.nanoTime() - t0) / 1e9;
    }

    /** Operations per settle of the compiled harness. */
    public int operations() { return new Simulator(harness).operations(); }

    private String state(Simulator sim) {
        StringBuilder b = new StringBuilder("RESULT");
        for (Port p : outputs()) b.append(' ').append(p.name()).append('=').append(sim.peek(p.name()));
        return b.toString();
    }

    private List<Port> outputs() {
        List<Port> out = new ArrayList<>();
        for (Port p : harness.ports()) if (p.direction() == Port.Direction.OUT) out.add(p);
        return out;
    }

    /** Emits the harness and driver into {@code work} and compiles them with iverilog; returns the compile time. */
    public double compileIcarus(Path work) {
        List<Path> files = new ArrayList<>(VerilogEmitter.write(harness, work));
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("generator", Generator.id());
        v.put("top", harness.name());
        v.put("cycles", cycles);
        v.put("outputs", outputs());
        v.put("display", "$display");
        v.put("finish", "$finish");
        Path tb = work.resolve("tb_bench.v");
        AtomicFiles.write(tb, Templates.render("verilog/bench.v.vm", v));
        files.add(tb);
        long t0 = System.nanoTime();
        Icarus.compile(work, files, "tb_bench", "bench");
        return (System.nanoTime() - t0) / 1e9;
    }

    /** Runs the compiled simulation (after {@link #compileIcarus}). */
    public Run runIcarus(Path work) {
        ToolRun r = Icarus.run(work, work.resolve("bench.vvp"), 3600).orThrow();
        String state = "";
        for (String line : r.output().split("\n")) if (line.startsWith("RESULT")) state = line.trim();
        // unsigned values from Verilog: print the signed output as the simulator does
        return new Run(r.nanos() / 1e9, state);
    }
}
