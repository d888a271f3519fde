package memcim.netlist.crossbar;

import java.nio.file.Path;
import memcim.core.AtomicFiles;
import memcim.core.Json;
import memcim.netlist.Netlist;

/** A crossbar deck, its JSON sidecar, and the names a host drives and measures it by. */
public record CrossbarDeck(Netlist netlist, CrossbarSidecar sidecar, DeckNames names) {
    /** The deck for ngspice in-process: analysis cards, no control block. */
    public String text() {
        return netlist.render();
    }

    /** The deck for {@code ngspice -b}: the analyses in a control block that prints the column currents. */
    public String standaloneText() {
        return netlist.renderStandalone();
    }

    public String sidecarJson() {
        return Json.write(sidecar);
    }

    /** Writes {@code <name>.cir} (standalone) and {@code <name>.json} into {@code dir}, each atomically. */
    public void write(Path dir, String name) {
        AtomicFiles.write(dir.resolve(name + ".cir"), standaloneText());
        AtomicFiles.write(dir.resolve(name + ".json"), sidecarJson());
    }
}
