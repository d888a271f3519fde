package memcim.hdl.verify;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import memcim.core.AtomicFiles;
import memcim.core.Generator;
import memcim.hdl.Module;
import memcim.hdl.Names;
import memcim.hdl.Port;
import memcim.hdl.sim.Simulator;
import memcim.hdl.verilog.VerilogEmitter;
import memcim.templates.Templates;

/**
 * A self-checking Verilog testbench for one module: the stimulus is run through the memcim simulator, the
 * outputs it computes become the golden vectors, and a testbench rendered from
 * {@code verilog/testbench.v.vm} replays the stimulus in Icarus and compares every output every cycle.
 * Outputs are checked from cycle 1 on (cycle 0 is the reset cycle, when Icarus registers are still X).
 */
public final class Testbench {
    /** A port's bits inside the packed stimulus or golden vector. */
    public record Field(String name, int hi, int lo) {}

    private final Module dut;
    private final int cycles;
    private final Stimulus stimulus;
    private final List<Port> inputs = new ArrayList<>();
    private final List<Port> outputs = new ArrayList<>();
    private final long[][] stim;
    private final long[][] golden;

    public Testbench(Module dut, Stimulus stimulus, int cycles) {
        this.dut = dut.elaborate();
        this.cycles = cycles;
        this.stimulus = stimulus;
        for (Port p : dut.ports()) {
            if (p.name().equals(Names.CLOCK)) continue;
            (p.direction() == Port.Direction.IN ? inputs : outputs).add(p);
        }
        stim = stimulus.vectors(inputs, cycles);
        golden = record();
    }

    private long[][] record() {
        Simulator sim = new Simulator(dut);
        List<Simulator.Handle> in = new ArrayList<>();
        List<Simulator.Handle> out = new ArrayList<>();
        for (Port p : inputs) in.add(sim.handle(p.name()));
        for (Port p : outputs) out.add(sim.handle(p.name()));
        long[][] g = new long[cycles][outputs.size()];
        for (int c = 0; c < cycles; c++) {
            for (int i = 0; i < in.size(); i++) in.get(i).set(stim[c][i]);
            for (int i = 0; i < out.size(); i++) g[c][i] = out.get(i).get();
            sim.step();
        }
        return g;
    }

    public Module dut() { return dut; }
    public int cycles() { return cycles; }
    /** The recorded values of one output over all cycles. */
    public long[] trace(String output) {
        for (int i = 0; i < outputs.size(); i++) {
            if (outputs.get(i).name().equals(output)) {
                long[] t = new long[cycles];
                for (int c = 0; c < cycles; c++) t[c] = golden[c][i];
                return t;
            }
        }
        throw new memcim.core.InputException("testbench of " + dut.name(), "an output name", output);
    }

    /** The expected output values, per cycle, in port order (for tests that tamper with them). */
    public long[][] golden() { return golden; }

    /**
     * Writes the DUT's Verilog, the testbench and the vector files into {@code dir}; returns the files to
     * compile (testbench last).
     */
    public List<Path> write(Path dir) {
        List<Path> files = new ArrayList<>(VerilogEmitter.write(dut, dir));
        String stimFile = dut.name() + "_stim.hex";
        String goldenFile = dut.name() + "_golden.hex";
        AtomicFiles.write(dir.resolve(stimFile), hex(inputs, stim));
        AtomicFiles.write(dir.resolve(goldenFile), hex(outputs, golden));
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("generator", Generator.id());
        values.put("dut", dut.name());
        values.put("params", dut.params().toString());
        values.put("seed", stimulus.seed());
        values.put("cycles", cycles);
        values.put("firstCheck", 1);
        values.put("inWidth", Math.max(1, totalWidth(inputs)));
        values.put("outWidth", totalWidth(outputs));
        values.put("stimFile", stimFile);
        values.put("goldenFile", goldenFile);
        values.put("inputs", fields(inputs));
        values.put("outputs", fields(outputs));
        values.put("clocked", dut.sequential());
        // Verilog system tasks look like Velocity references: supply them as themselves
        for (String task : List.of("display", "readmemh", "finish")) values.put(task, "$" + task);
        Path tb = dir.resolve("tb_" + dut.name() + ".v");
        AtomicFiles.write(tb, Templates.render("verilog/testbench.v.vm", values));
        files.add(tb);
        return files;
    }

    private static int totalWidth(List<Port> ports) {
        int w = 0;
        for (Port p : ports) w += p.width();
        return w;
    }

    /** Fields packed first port in the low bits. */
    private static List<Field> fields(List<Port> ports) {
        List<Field> f = new ArrayList<>();
        int lo = 0;
        for (Port p : ports) {
            f.add(new Field(p.name(), lo + p.width() - 1, lo));
            lo += p.width();
        }
        return f;
    }

    private String hex(List<Port> ports, long[][] values) {
        StringBuilder b = new StringBuilder("// ").append(Generator.id()).append(": ").append(dut.name()).append(", ")
                .append(ports.size()).append(" ports packed first-in-low-bits, one line per cycle\n");
        int digits = (Math.max(1, totalWidth(ports)) + 3) / 4;
        for (long[] row : values) {
            BigInteger word = BigInteger.ZERO;
            int lo = 0;
            for (int i = 0; i < ports.size(); i++) {
                word = word.or(BigInteger.valueOf(row[i]).and(BigInteger.ONE.shiftLeft(ports.get(i).width()).subtract(BigInteger.ONE)).shiftLeft(lo));
                lo += ports.get(i).width();
            }
            String h = word.toString(16);
            b.append("0".repeat(Math.max(0, digits - h.length()))).append(h).append('\n');
        }
        return b.toString();
    }
}
