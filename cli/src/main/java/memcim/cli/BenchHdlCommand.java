package memcim.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import memcim.hdl.bench.HdlBenchmark;
import memcim.hdl.periphery.PeripheryConfig;
import memcim.hdl.sim.Simulator;
import memcim.hdl.spec.ChipSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code memcim bench hdl}: the reference chip's controller and datapath, driven by a seeded LFSR, for the
 * same number of cycles in the memcim simulator and in Icarus (compiled once, run timed); both end states
 * must agree; the speed ratio is printed last.
 */
@Command(name = "hdl", mixinStandardHelpOptions = true,
        description = "chip_digital + LFSR stimulus: memcim cycle simulator (interpreted, compiled) vs Icarus, same cycles.")
public final class BenchHdlCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Bounds.Count(max = Bounds.CYCLES)
    @Option(names = "--cycles", paramLabel = "N", defaultValue = "200000",
            description = "clock cycles per simulator, 1 to " + Bounds.CYCLES + " (default ${DEFAULT-VALUE})")
    long cycles;

    @Bounds.Count(min = 1, max = 0xFFFF_FFFFL)
    @Option(names = "--seed", paramLabel = "S", defaultValue = "19088743",
            description = "LFSR seed, nonzero 32-bit: 1 to " + 0xFFFF_FFFFL + " (default ${DEFAULT-VALUE})")
    long seed;

    @Bounds.Count(max = Bounds.CHIP_SAMPLES)
    @Option(names = "--samples", paramLabel = "M", defaultValue = "50",
            description = "weight samples M of the chip, 1 to " + Bounds.CHIP_SAMPLES + " (default ${DEFAULT-VALUE})")
    int samples;

    @Override
    public Integer call() throws Exception {
        PrintWriter w = spec.commandLine().getOut();
        HdlBenchmark bench = new HdlBenchmark(ChipSpec.reference().periphery().withSamples(samples), seed, cycles);
        w.printf(Locale.ROOT, "hdl bench: %s (chip_digital M=%d + LFSR seed %d), %d cycles each way, %d operations per cycle in the memcim simulator%n",
                bench.harness().name(), samples, seed, cycles, bench.operations());
        w.flush();
        Path work = Files.createTempDirectory("memcim-bench-hdl-");
        double compile = bench.compileIcarus(work);
        w.printf(Locale.ROOT, "icarus compile (iverilog -g2005, once): %.3f s%n", compile);
        w.flush();
        HdlBenchmark.Run interpreted = bench.runJava(Simulator.Engine.INTERPRETED);
        w.printf(Locale.ROOT, "(a) memcim simulator, interpreted:  %.3f s, %.0f cycles/s%n", interpreted.seconds(), cycles / interpreted.seconds());
        w.flush();
        double build = bench.buildSeconds(Simulator.Engine.COMPILED);
        HdlBenchmark.Run compiled = bench.runJava(Simulator.Engine.COMPILED);
        w.printf(Locale.ROOT, "(b) memcim simulator, compiled:     %.3f s, %.0f cycles/s (kernel build %.2f s, not counted)%n",
                compiled.seconds(), cycles / compiled.seconds(), build);
        w.flush();
        HdlBenchmark.Run icarus = bench.runIcarus(work);
        w.printf(Locale.ROOT, "(c) icarus vvp:                     %.3f s, %.0f cycles/s%n", icarus.seconds(), cycles / icarus.seconds());
        boolean same = interpreted.state().equals(icarus.state()) && compiled.state().equals(icarus.state());
        w.println("end state memcim: " + compiled.state() + (interpreted.state().equals(compiled.state()) ? "" : "  (interpreted: " + interpreted.state() + ")"));
        w.println("end state icarus: " + icarus.state() + (same ? "  (same)" : "  (DIFFERENT)"));
        w.printf(Locale.ROOT, "interpreted-speedup-vs-icarus: %.1f%n", icarus.seconds() / interpreted.seconds());
        w.printf(Locale.ROOT, "hdl-sim-speedup-vs-icarus: %.1f%n", icarus.seconds() / compiled.seconds());
        w.flush();
        return same ? 0 : 1;
    }
}
