package memcim.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import memcim.bnn.flow.ChipBuild;
import memcim.bnn.flow.ModelDir;
import memcim.core.AtomicFiles;
import memcim.core.AtomicFolder;
import memcim.core.ErrorLine;
import memcim.core.InputException;
import memcim.core.OutputTarget;
import memcim.core.Progress;
import memcim.hdl.Module;
import memcim.hdl.bench.BenchHarness;
import memcim.hdl.periphery.ChipDigital;
import memcim.hdl.periphery.PeripheryConfig;
import memcim.hdl.sim.Simulator;
import memcim.hdl.sim.VcdWriter;
import memcim.hdl.spec.ChipSpec;
import memcim.hdl.verify.SynthesisReport;
import memcim.hdl.verify.ToolRun;
import memcim.hdl.verify.Verilator;
import memcim.hdl.verilog.VerilogEmitter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code memcim hdl}: writes the chip's digital periphery as Verilog, optionally lints and synthesises it. The
 * periphery is derived from a cosim chip configuration (default the reference chip: 32→16→9, 3 bits, M = 50,
 * 10-bit ADC); with {@code --model} its fixed-point scalings are calibrated to that trained network exactly as
 * the demo does, otherwise they are hdl's nominal ones (a model is needed to know the array's current range).
 */
@Command(name = "hdl", mixinStandardHelpOptions = true,
        description = "Write the Verilog of the chip's digital periphery (chip_digital and every module below it).")
public final class HdlCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "verilog-out", description = "output folder (default ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--chip", defaultValue = "reference", paramLabel = "PRESET|FILE",
            description = "chip configuration, a preset or a JSON file as cosim reads it (default ${DEFAULT-VALUE})")
    String chipArg;

    @Option(names = "--model", paramLabel = "DIR",
            description = "trained model directory (memcim train / demo): calibrate reluShift, expShift and the exp step to it, "
                    + "as the demo does (default: hdl's nominal scalings)")
    Path model;

    @Bounds.Count(max = Bounds.CHIP_SAMPLES)
    @Option(names = "--samples", paramLabel = "M", description = "weight samples M, 1 to " + Bounds.CHIP_SAMPLES + " (default: the chip's)")
    Integer samples;

    @Bounds.Count(min = Bounds.ADC_BITS_MIN, max = Bounds.ADC_BITS_MAX)
    @Option(names = "--adc-bits", paramLabel = "N",
            description = "SAR ADC resolution, " + Bounds.ADC_BITS_MIN + " to " + Bounds.ADC_BITS_MAX + " (default: the chip's)")
    Integer adcBits;

    @Option(names = "--lint", description = "run verilator --lint-only -Wall on the written files")
    boolean lint;

    @Option(names = "--synth", description = "synthesise each module with yosys (generic synth) and print its cell counts")
    boolean synth;

    @Option(names = "--vcd", paramLabel = "FILE", description = "also simulate the chip, driven by a seeded LFSR, and write a VCD (GTKWave)")
    Path vcd;

    @Bounds.Count(max = Bounds.VCD_CYCLES)
    @Bounds.Only(with = "--vcd", why = "it sets how long the VCD simulation runs")
    @Option(names = "--vcd-cycles", paramLabel = "N", defaultValue = "5000",
            description = "cycles recorded with --vcd, 1 to " + Bounds.VCD_CYCLES + " (default ${DEFAULT-VALUE})")
    long vcdCycles;

    @Override
    public Integer call() throws Exception {
        // every option is checked before anything is written (ranges by Bounds, before this runs)
        OutputTarget.folder(out, "--out");
        if (vcd != null) {
            OutputTarget.file(vcd, "--vcd");
            if (vcd.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) {
                throw new InputException("--vcd", "a file apart from the --out folder", ErrorLine.quote(vcd.toString()) + ", the --out folder itself");
            }
        }
        if (model != null && !Files.isDirectory(model)) {
            throw new InputException("--model", "a directory written by 'memcim train' or 'memcim demo'", model + " (no such directory)");
        }
        ChipSpec c = withOverrides(CosimCommand.chipConfig(chipArg));
        // without a model the spec's own scalings (the reference's are nominal): a model is needed to calibrate them
        PeripheryConfig digital = model != null ? ChipBuild.of(c, ModelDir.read(model)).digitalConfig() : c.periphery();
        ChipDigital chip = new ChipDigital(digital);
        // the modules' names are known now: a pipe or a folder where one goes is refused before anything is written
        OutputTarget.folder(out, "--out", VerilogEmitter.emit(chip).keySet().stream().map(n -> n + ".v").toArray(String[]::new));
        PrintWriter w = spec.commandLine().getOut();
        // the modules and the VCD are written first, then the folder moves into place whole: a failure leaves the old one
        Path outAbs = out.toAbsolutePath().normalize();
        Path vcdAbs = vcd == null ? null : vcd.toAbsolutePath().normalize();
        int[] signals = {0};
        AtomicFiles.Pending[] pendingVcd = {null};   // a VCD beside --out: moved in just before the folder, put back if the folder cannot follow
        List<Path> files;
        try {
            files = AtomicFolder.write(out, "--out", dir -> {
                List<Path> written = VerilogEmitter.write(chip, dir);
                if (vcd != null) {
                    BenchHarness harness = new BenchHarness(chip.config(), 0x1234567);
                    Simulator sim = new Simulator(harness);
                    Runnable run = () -> {
                        sim.reset();
                        sim.step(vcdCycles);
                    };
                    // a VCD inside --out goes into the new folder, not into the old one about to be replaced
                    if (vcdAbs.startsWith(outAbs)) VcdWriter.record(sim, dir.resolve(outAbs.relativize(vcdAbs).toString()), run);
                    else (pendingVcd[0] = AtomicFiles.prepare(vcd, tmp -> VcdWriter.record(sim, tmp, run))).commitKeepingOld();
                    signals[0] = sim.signalNames().size();
                }
                return written.stream().map(f -> out.resolve(dir.relativize(f).toString())).toList();
            });
        } catch (RuntimeException e) {
            if (pendingVcd[0] != null) pendingVcd[0].undo();
            throw e;
        } finally {
            if (pendingVcd[0] != null) pendingVcd[0].close();
        }
        for (Path f : files) w.println("wrote " + f);
        w.printf(Locale.ROOT, "chip %s, scalings %s%n", c.name(), model != null ? "calibrated to " + model : "nominal (no --model)");
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
            w.printf(Locale.ROOT, "wrote %s: %s (chip + LFSR stimulus), %d cycles, %d signals%n", vcd,
                    new BenchHarness(chip.config(), 0x1234567).name(), vcdCycles + 1, signals[0]);
        }
        w.flush();
        return status;
    }

    /** The chip with --samples and --adc-bits applied (before calibration: the scalings depend on both). */
    private ChipSpec withOverrides(ChipSpec c) {
        if (samples != null) c = c.withSamples(samples);
        if (adcBits != null) c = c.withAdc(c.adc().withBits(adcBits));
        return c.validate(chipArg);
    }

    private static void synthesise(ChipDigital chip, PrintWriter w) throws Exception {
        Path work = Files.createTempDirectory("memcim-synth-");
        Map<String, Module> distinct = new LinkedHashMap<>();
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
