package memcim.hdl.verilog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import memcim.core.AtomicFiles;
import memcim.core.InputException;
import memcim.hdl.Module;

/**
 * Writes a module hierarchy as Verilog-2005, one file {@code <module>.v} per distinct module name (identical
 * parameterisations are emitted once). The output is deterministic and lint-clean under
 * {@code verilator --lint-only -Wall}: every operand is explicitly sized, all values are plain unsigned vectors
 * (signed arithmetic is made explicit with sign extension and {@code $signed} compares), and signals of which
 * some bits are deliberately unused are wrapped in {@code lint_off UNUSED}.
 */
public final class VerilogEmitter {
    private VerilogEmitter() {}

    /** Module name to Verilog text, children before parents. */
    public static Map<String, String> emit(Module top) {
        Map<String, String> out = new LinkedHashMap<>();
        Map<String, Module> by = new LinkedHashMap<>();
        for (Module m : top.hierarchy()) {
            String text = new ModuleWriter(m).write();
            String before = out.putIfAbsent(m.name(), text);
            if (before != null && !before.equals(text)) {
                throw new InputException("module " + m.name(), "one definition per module name (parameters make the name)",
                        "two different modules " + by.get(m.name()).getClass().getName() + " and " + m.getClass().getName());
            }
            by.putIfAbsent(m.name(), m);
        }
        return out;
    }

    /** Writes the files into {@code dir} (atomically each) and returns their paths, children first. */
    public static List<Path> write(Module top, Path dir) {
        List<Path> files = new ArrayList<>();
        emit(top).forEach((name, text) -> {
            Path f = dir.resolve(name + ".v");
            AtomicFiles.write(f, text);
            files.add(f);
        });
        return files;
    }
}
