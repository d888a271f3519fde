package memcim.hdl.verify;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import memcim.core.Json;
import memcim.hdl.Module;
import memcim.hdl.verilog.VerilogEmitter;

/**
 * Cell counts of a module after yosys generic synthesis ({@code synth -flatten}, yosys' internal gate
 * library): the base for area and digital energy estimates (cells × toggle activity).
 *
 * @param module      the module name
 * @param cellsByType cell type (e.g. {@code $_AND_}, {@code $_DFF_P_}) to count, sorted by type
 */
public record SynthesisReport(String module, Map<String, Long> cellsByType) {

    public long cells() {
        long n = 0;
        for (long c : cellsByType.values()) n += c;
        return n;
    }

    /** Flip-flops: cell types containing "DFF". */
    public long flipFlops() {
        long n = 0;
        for (Map.Entry<String, Long> e : cellsByType.entrySet()) if (e.getKey().contains("DFF")) n += e.getValue();
        return n;
    }

    /** Emits {@code m} into {@code work} and synthesises it with yosys. */
    public static SynthesisReport of(Module m, Path work) {
        List<Path> files = VerilogEmitter.write(m, work);
        return of(m.name(), files, work);
    }

    /** Synthesises already emitted files with {@code top} as top module. */
    public static SynthesisReport of(String top, List<Path> files, Path work) {
        Path stat = work.resolve(top + ".stat.json");
        StringBuilder script = new StringBuilder();
        for (Path f : files) script.append("read_verilog ").append(f.toAbsolutePath()).append("; ");
        script.append("synth -flatten -top ").append(top).append("; tee -q -o ").append(stat.toAbsolutePath()).append(" stat -json");
        List<String> cmd = new ArrayList<>(List.of("yosys", "-q", "-p", script.toString()));
        ToolRun.run(work, 600, cmd).orThrow();
        JsonNode design = Json.readTree(stat).path("design").path("num_cells_by_type");
        Map<String, Long> cells = new TreeMap<>();
        design.fields().forEachRemaining(e -> cells.put(e.getKey(), e.getValue().asLong()));
        return new SynthesisReport(top, cells);
    }
}
