package memcim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import memcim.core.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code memcim spice}: vectors on stdout, bad decks as exit code 2 with file and line on stderr only. */
class SpiceCommandTest {
    @TempDir Path dir;

    @Test
    void jsonHasThePlotAndTheNamedVectors() throws Exception {
        Path deck = dir.resolve("lp.cir");
        Files.writeString(deck, "low-pass\nV1 in 0 dc 0 ac 1\nR1 in out 1k\nC1 out 0 1n\n.ac dec 1 1k 1meg\n.end\n");
        CliRun o = CliRun.memcim("spice", deck.toString(), "--vec", "v(out)", "--json");
        assertEquals(0, o.code(), o.err());
        JsonNode doc = Json.mapper().readTree(o.out());
        assertTrue(doc.get("plot").asText().startsWith("ac"), o.out());
        JsonNode vout = doc.get("vectors").get("v(out)");
        assertEquals(4, vout.size());
        double w = 2 * Math.PI * 1e3 * 1e-6; // omega * RC at 1 kHz
        assertEquals(1 / (1 + w * w), vout.get(0).get(0).asDouble(), 1e-9);
        assertEquals(-w / (1 + w * w), vout.get(0).get(1).asDouble(), 1e-9);
    }

    @Test
    void tablePrintsEveryVectorOfThePlot() throws Exception {
        Path deck = dir.resolve("div.cir");
        Files.writeString(deck, "divider\nV1 in 0 2\nR1 in out 1k\nR2 out 0 1k\n.op\n");
        CliRun o = CliRun.memcim("spice", deck.toString());
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().startsWith("plot: op"), o.out());
        String[] lines = o.out().split("\n");
        assertEquals(java.util.List.of("index", "v1#branch", "out", "in"), java.util.List.of(lines[1].trim().split("\\s+")));
        assertEquals(java.util.List.of("0", "-0.00100000000000000", "1.00000000000000", "2.00000000000000"),
                java.util.List.of(lines[2].trim().split("\\s+")));
    }

    @Test
    void badDeckExitsTwoNamingFileAndLine() throws Exception {
        Path deck = dir.resolve("bad.cir");
        Files.writeString(deck, "bad\nV1 in 0 1\nR1 in out 1k\nQ5 a b\n.op\n.end\n");
        CliRun o = CliRun.memcim("spice", deck.toString(), "--json");
        assertEquals(2, o.code());
        assertEquals("", o.out());
        assertTrue(o.err().contains(deck + ":4: expected a card ngspice accepts, found 'Q5 a b'"), o.err());
    }
}
