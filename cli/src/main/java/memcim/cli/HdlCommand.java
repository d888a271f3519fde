package memcim.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import memcim.core.InputException;
import memcim.core.Progress;
import memcim.hdl.Module;
import memcim.hdl.bench.BenchHarness;
import memcim.hdl.periphery.ChipConfig;
import memcim.hdl.periphery.ChipDigital;
import memcim.hdl.sim.Simulator;
import memcim.hdl.sim.VcdWriter;
import memcim.hdl.verify.SynthesisReport;
import memcim.hdl.verify.ToolRun;
import memcim.hdl.verify.Verilator;
import memcim.hdl.verilog.VerilogEmitter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code memcim hdl}: writes the reference chip's digital periphery as Verilog, optionally lints and synthesises it. */
@Command(name = "hdl", mixinStandardHelpOptions = true,
        description = "Write the Verilog of the reference chip's digital periphery (chip_digital and every module below it).")
public final class HdlCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "verilog-out", description = "output folder (default ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--samples", paramLabel = "M", defaultValue = "50", description = "weight samples M (default ${DEFAULT-VALUE})")
    int samples;

    @Option(names = "--adc-bits", paramLabel = "N", defaultValue = "8", description = "SAR ADC resolution (default ${DEFAULT-VALUE})")
    int adcBits;

    @Option(names = "--lint", description = "run verilator --lint-only -Wall on the written files")
    boolean lint;

    @Option(names = "--synth", description = "synthesise each module with yosys (generic synth) and print its cell counts")
    boolean synth;

    @Option(names = "--vcd", paramLabel = "FILE", description = "also simulate the chip, driven by a seeded LFSR, and write a VCD (GTKWave)")
    Path vcd;

    @Option(names = "--vcd-cycles", paramLabel = "N", defaultValue = "5000", description = "cycles recorded with --vcd (default ${DEFAULT-VALUE})")
    long vcdCycles;

    @Override
    public Integer call() throws Exception {
        if (samples < 1 || samples > 255) throw new InputException("--samples", "1..255", Integer.toString(samples));
        ChipDigital chip = new ChipDigital(ChipConfig.reference().withSamples(samples).withAdcBits(adcBits));
        PrintWriter w = spec.commandLine().getOut();
        List<Path> files = VerilogEmitter.write(chip, out);
        for (Path f : files) w.println("wrote " + f);
        w.printf(Locale.ROOT, "%d modules, top %s%n", files.size(), chip.name());
        for (Module m : chip.hierarchy()) for (String warning : m.warnings()) w.println("warning: " + warning);
        w.flush();
        int status = 0;
        if (lint) {
            ToolRun r = Verilator.lint(out, files, chip.name());
            w.println(r.ok() && r.output().isBlank() ? "verilator --lint-only -Wall: clean" : "verilator --lint-only -Wall:\n" + r.output());
            if (!r.ok() || !r.output().isBlank()) status = 1;
        }
        if (synth) synthesise(chip, w);
        if (vcd != null) {
            if (vcdCycles < 1) throw new InputException("--vcd-cycles", "a positive number of cycles", Long.toString(vcdCycles));
            BenchHarness harness = new BenchHarness(chip.config(), 0x1234567);
            Simulator sim = new Simulator(harness);
            VcdWriter.record(sim, vcd, () -> {
                sim.reset();
                sim.step(vcdCycles);
            });
            w.printf(Locale.ROOT, "wrote %s: %s (chip + LFSR stimulus), %d cycles, %d signals%n", vcd, harness.name(),
                    vcdCycles + 1, sim.signalNames().size());
        }
        w.flush();
        return status;
    }

    private static void synthesise(ChipDigital chip, PrintWriter w) throws Exception {
        Path work = Files.createTempDirectory("memcim-synth-");
        java.util.Map<String, Module> distinct = new java.util.LinkedHashMap<>();
        for (Module m : chip.hierarchy()) distinct.putIfAbsent(m.name(), m); // one figure per emitted module
        List<Module> modules = List.copyOf(distinct.values());
        w.printf(Locale.ROOT, "%-44s %8s %8s  %s%n", "module (children flattened)", "cells", "flops", "cells by type");
        try (Progress p = new Progress("yosys", modules.size())) {
            for (Module m : modules) {
                Path dir = Files.createDirectories(work.resolve(m.name()));
                SynthesisReport r = SynthesisReport.of(m, dir);
                StringBuilder types = new StringBuilder();
                for (Map.Entry<String, Long> e : r.cellsByType().entrySet()) types.append(e.getKey()).append('=').append(e.getValue()).append(' ');
                w.printf(Locale.ROOT, "%-44s %8d %8d  %s%n", m.name(), r.cells(), r.flipFlops(), types.toString().trim());
                w.flush();
                p.step();
            }
        }
        w.println("(yosys work files in " + work + ")");
    }
}
