package memcim.bnn.flow;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import memcim.core.ErrorLine;
import memcim.core.InputException;
import memcim.cosim.energy.TechnologyTable;
import memcim.device.DevicePresets;
import memcim.hdl.spec.ChipSpec;

/**
 * A chip spec file as the commands read it: {@link ChipSpec#load} (keys, types, ranges) and then its cross-references,
 * which the hdl module cannot resolve: {@code deviceCard} names a device preset or a card file that loads, and
 * {@code technology} the cmos130 table or a table's JSON file that loads. A name that resolves to nothing is an
 * error naming the spec file and the JSON path, not a card silently taken from elsewhere.
 */
public final class ChipSpecFiles {
    private ChipSpecFiles() {}

    public static ChipSpec load(Path file) {
        return checkReferences(ChipSpec.load(file), file.toString());
    }

    /** Returns the spec if its device card and technology table resolve; {@code source} names the spec in errors. */
    public static ChipSpec checkReferences(ChipSpec chip, String source) {
        String card = chip.deviceCard();
        if (!DevicePresets.names().contains(card)) {
            Path p = existing(card, source + ": deviceCard", "a device preset (" + String.join(", ", DevicePresets.names())
                    + ") or a card file");
            DevicePresets.resolve(p.toString()); // a card file's own errors name the card file
        }
        String tech = chip.technology();
        if (!"cmos130".equals(tech)) {
            String expected = "a technology table (cmos130) or a table's JSON file (*.json)";
            if (!tech.endsWith(".json")) throw new InputException(source + ": technology", expected, ErrorLine.quote(tech));
            TechnologyTable.load(existing(tech, source + ": technology", expected));
        }
        return chip;
    }

    private static Path existing(String name, String where, String expected) {
        Path p;
        try {
            p = Path.of(name);
        } catch (InvalidPathException e) {
            throw new InputException(where, expected, ErrorLine.quote(name) + " (not a file name)");
        }
        if (!Files.isRegularFile(p)) throw new InputException(where, expected, ErrorLine.quote(name) + " (no such preset or file)");
        return p;
    }
}
