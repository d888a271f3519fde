package memcim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import memcim.core.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's step-by-step, as written there: {@code memcim netlist crossbar ... --out deck/} then
 * {@code memcim spice deck/crossbar.cir}, the lines taken from README.md itself (so the README cannot
 * drift from what runs), with {@code deck/} in a temporary folder.
 */
class ReadmeStepByStepTest {
    @TempDir Path dir;

    @Test
    void theNetlistThenSpiceStepsRunAsWritten() throws Exception {
        List<String> readme = Files.readAllLines(Path.of("").toAbsolutePath().getParent().resolve("README.md"));
        String netlist = step(readme, "./memcim netlist crossbar ");
        String spice = step(readme, "./memcim spice deck/crossbar.cir");
        Path deckDir = dir.resolve("deck");

        CliRun made = CliRun.memcim(args(netlist, deckDir));
        assertEquals(0, made.code(), made.err());
        CliRun ran = CliRun.memcim(args(spice, deckDir));
        assertEquals(0, ran.code(), ran.err());
        assertTrue(ran.out().startsWith("plot: op1 (Operating Point)"), ran.out());

        // The same deck as JSON: Kirchhoff's current law over the array's sources (rows in, columns out).
        List<String> json = new ArrayList<>(List.of(args(spice, deckDir)));
        json.add("--json");
        CliRun j = CliRun.memcim(json.toArray(String[]::new));
        assertEquals(0, j.code(), j.err());
        JsonNode vectors = Json.mapper().readTree(j.out()).get("plots").get(0).get("vectors");
        double rows = 0, cols = 0, biggest = 0;
        int sources = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = vectors.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            double i = e.getValue().get(0).asDouble();
            if (e.getKey().startsWith("i(vrow")) { rows += i; sources++; }
            if (e.getKey().startsWith("i(vcol")) { cols += i; sources++; biggest = Math.max(biggest, Math.abs(i)); }
        }
        assertEquals(64, sources, "32 row and 32 column sources");
        assertTrue(biggest > 0, "the columns carry current");
        assertEquals(0.0, rows + cols, 1e-9 * 32 * biggest);
    }

    /** The README's command line that starts with {@code prefix}, without its comment and optional [..] parts. */
    private static String step(List<String> readme, String prefix) {
        for (String line : readme) {
            if (line.startsWith(prefix)) {
                String cmd = line.replaceFirst("\\s+#.*$", "").replaceAll("\\s*\\[[^\\]]*\\](\\.\\.\\.)?", "").strip();
                return cmd.substring("./memcim ".length());
            }
        }
        throw new AssertionError("README.md has no line starting with '" + prefix + "'");
    }

    private static String[] args(String command, Path deckDir) {
        List<String> out = new ArrayList<>();
        for (String a : command.split("\\s+")) out.add(a.replace("deck/", deckDir + "/").replaceAll("/$", ""));
        return out.toArray(String[]::new);
    }
}
