package memcim.cli;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import memcim.core.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code memcim netlist crossbar}: the deck and sidecar are written; bad options are one clear line, exit 2. */
class NetlistCrossbarCommandTest {
    @TempDir Path dir;

    private static int memcim(ByteArrayOutputStream err, String... args) {
        PrintStream oldErr = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            return Main.run(args);
        } finally {
            System.setErr(oldErr);
        }
    }

    @Test
    void writesDeckAndSidecarThatAgreeWithEachOther() throws Exception {
        Path out = dir.resolve("x");
        assertEquals(0, memcim(new ByteArrayOutputStream(), "netlist", "crossbar", "--rows", "4", "--cols", "6",
                "--cell", "1r", "--wire-ohms", "0.5", "--seed", "9", "--out", out.toString()));
        String deck = Files.readString(out.resolve("crossbar.cir"));
        JsonNode side = Json.readTree(out.resolve("crossbar.json"));
        assertEquals(4, side.get("conductanceSiemens").size());
        assertEquals(6, side.get("conductanceSiemens").get(0).size());
        assertEquals("i(vcol5)", side.get("columnCurrentVectors").get(5).asText());
        assertEquals(0.2, side.get("rowVolts").get(3).asDouble());
        assertEquals("9", side.get("parameters").get("seed").asText());
        assertTrue(deck.contains("\nRR3_5 r3_4 r3_5 0.5\n"), deck);
        assertTrue(deck.contains("\nVCOL5 c5_s 0 dc 0\n"), deck);
        assertTrue(deck.contains("* seed: 9"), deck);
        try (var files = Files.list(out)) {
            assertEquals(2, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void badOptionsAreNamed() {
        for (String[] bad : new String[][] {
                {"--rows", "0", "--cols", "4"},
                {"--rows", "4", "--cols", "4", "--cell", "2t2r"},
                {"--rows", "4", "--cols", "4", "--wire-ohms", "-1"},
                {"--rows", "4", "--cols", "4", "--device", "no-such-card.json"},
                {"--rows", "4", "--cols", "5", "--layout", "split"},
                {"--rows", "4", "--cols", "4", "--read", "phases-op", "--inputs", "1,2"},
        }) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            String[] args = new String[bad.length + 4];
            args[0] = "netlist";
            args[1] = "crossbar";
            System.arraycopy(bad, 0, args, 2, bad.length);
            args[bad.length + 2] = "--out";
            args[bad.length + 3] = dir.resolve("bad").toString();
            assertEquals(2, memcim(err, args), String.join(" ", bad));
            String message = err.toString(StandardCharsets.UTF_8);
            assertTrue(message.contains("error: ") && message.contains("expected"), message);
            assertFalse(Files.exists(dir.resolve("bad").resolve("crossbar.cir")), "nothing written on bad input");
        }
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Path file = dir.resolve("a-file");
        assertDoesNotThrow(() -> Files.writeString(file, "x"));
        assertEquals(2, memcim(err, "netlist", "crossbar", "--rows", "2", "--cols", "2", "--out", file.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--out: expected a folder"), err.toString(StandardCharsets.UTF_8));
    }
}
