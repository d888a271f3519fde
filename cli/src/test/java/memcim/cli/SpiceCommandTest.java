package memcim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import memcim.core.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code memcim spice} runs decks as {@code ngspice -b}: every plot with its scale, quit ending the deck,
 * raw files out and back in, crashes as exit code 3, bad decks as exit code 2 with file and line.
 */
class SpiceCommandTest {
    @TempDir Path dir;

    @Test
    void jsonHasEveryPlotWithItsScale() throws Exception {
        Path deck = dir.resolve("lp.cir");
        Files.writeString(deck, """
                low-pass, three analyses and a quit
                V1 in 0 dc 1 ac 1
                R1 in out 1k
                C1 out 0 1n
                .control
                op
                ac dec 1 1k 1meg
                dc v1 0 2 1
                quit
                .endc
                .end
                """);
        CliRun o = CliRun.memcim("spice", deck.toString(), "--json");
        assertEquals(0, o.code(), o.err());
        JsonNode doc = Json.mapper().readTree(o.out());
        assertEquals(2, doc.get("version").asInt());
        JsonNode plots = doc.get("plots");
        assertEquals(List.of("op1", "ac1", "dc1"), List.of(plots.get(0).get("name").asText(), plots.get(1).get("name").asText(),
                plots.get(2).get("name").asText()));
        assertEquals("frequency", plots.get(1).get("scale").asText());
        assertEquals("v(v-sweep)", plots.get(2).get("scale").asText());
        JsonNode sweep = plots.get(2).get("vectors").get("v(v-sweep)");
        assertEquals(List.of(0.0, 1.0, 2.0), List.of(sweep.get(0).asDouble(), sweep.get(1).asDouble(), sweep.get(2).asDouble()));
        JsonNode vout = plots.get(1).get("vectors").get("v(out)");
        assertEquals(4, vout.size());
        double w = 2 * Math.PI * 1e3 * 1e-6; // omega * RC at 1 kHz
        assertEquals(1 / (1 + w * w), vout.get(0).get(0).asDouble(), 1e-9);
        assertEquals(-w / (1 + w * w), vout.get(0).get(1).asDouble(), 1e-9);
        assertTrue(doc.get("quit").isNull() || doc.get("quit").asInt() == 0, o.out());
    }

    @Test
    void tablePrintsEveryVectorOfEachPlotAsRawFilesNameThem() throws Exception {
        Path deck = dir.resolve("div.cir");
        Files.writeString(deck, "divider\nV1 in 0 2\nR1 in out 1k\nR2 out 0 1k\n.op\n");
        CliRun o = CliRun.memcim("spice", deck.toString());
        assertEquals(0, o.code(), o.err());
        String[] lines = o.out().split("\n");
        assertEquals("plot: op1 (Operating Point)", lines[0]);
        assertEquals(List.of("index", "v(in)", "v(out)", "i(v1)"), List.of(lines[1].trim().split("\\s+")));
        assertEquals(List.of("0", "2.00000000000000", "1.00000000000000", "-0.00100000000000000"),
                List.of(lines[2].trim().split("\\s+")));
        CliRun bare = CliRun.memcim("spice", deck.toString(), "--vec", "out", "--vec", "v1#branch");
        assertEquals(List.of("index", "v(in)", "v(out)", "i(v1)"), List.of(bare.out().split("\n")[1].trim().split("\\s+")), bare.out());
    }

    @Test
    void theDeckQuitStatusIsTheExitCodeAndMeasuresComeBack() throws Exception {
        Path deck = dir.resolve("rc.cir");
        Files.writeString(deck, """
                rc step
                V1 in 0 pulse(0 1 0 1p 1p 1 2)
                R1 in out 1k
                C1 out 0 1u
                .tran 10u 5m
                .meas tran vhalf find v(out) at=1m
                .control
                run
                if v(out)[length(v(out)) - 1] > 0.99
                  quit 4
                end
                quit 0
                .endc
                .end
                """);
        CliRun o = CliRun.memcim("spice", deck.toString(), "--json");
        assertEquals(4, o.code(), o.err());
        JsonNode doc = Json.mapper().readTree(o.out());
        assertEquals(4, doc.get("quit").asInt());
        // v(out) = 1 - exp(-t/RC) at t = RC = 1 ms
        assertEquals(1 - Math.exp(-1), doc.get("measures").get("vhalf").asDouble(), 2e-3);
    }

    @Test
    void rawFilesGoOutAndComeBackTheSame() throws Exception {
        Path deck = dir.resolve("lp.cir");
        Files.writeString(deck, "lp\nV1 in 0 dc 1 ac 1\nR1 in out 1k\nC1 out 0 1n\n.ac dec 2 1k 1meg\n.tran 1u 10u\n.end\n");
        for (String format : List.of("binary", "ascii")) {
            Path raw = dir.resolve("lp-" + format + ".raw");
            CliRun o = CliRun.memcim("spice", deck.toString(), "--json", "--raw", raw.toString(), "--raw-format", format);
            assertEquals(0, o.code(), o.err());
            CliRun back = CliRun.memcim("raw", raw.toString(), "--json");
            assertEquals(0, back.code(), back.err());
            JsonNode plotsOut = Json.mapper().readTree(o.out()).get("plots"), plotsBack = Json.mapper().readTree(back.out()).get("plots");
            assertEquals(2, plotsBack.size(), back.out());
            // Binary is bit-exact; ASCII has ngspice's 15 decimals.
            double tol = format.equals("binary") ? 0 : 1e-14;
            for (int p = 0; p < 2; p++) {
                assertEquals(plotsOut.get(p).get("name"), plotsBack.get(p).get("name"));
                JsonNode a = plotsOut.get(p).get("vectors"), b = plotsBack.get(p).get("vectors");
                assertEquals(a.size(), b.size());
                a.fieldNames().forEachRemaining(n -> assertClose(a.get(n), b.get(n), tol, n));
            }
        }
    }

    private static void assertClose(JsonNode a, JsonNode b, double tol, String name) {
        if (a.isNumber()) {
            assertEquals(a.asDouble(), b.asDouble(), tol * Math.max(1, Math.abs(a.asDouble())), name);
            return;
        }
        assertEquals(a.size(), b.size(), name);
        for (int i = 0; i < a.size(); i++) assertClose(a.get(i), b.get(i), tol, name);
    }

    @Test
    void aDeckInLatin1RunsAndIncludesResolveNextToTheDeck() throws Exception {
        Path sub = Files.createDirectories(dir.resolve("decks"));
        Files.writeString(sub.resolve("load.inc"), "R2 out 0 3k\n");
        byte[] latin1 = "diviseur \u00e9l\u00e9mentaire\n* r\u00e9sistance\nV1 in 0 4\nR1 in out 1k\n.include load.inc\n.op\n.end\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        Files.write(sub.resolve("div.cir"), latin1);
        CliRun o = CliRun.memcim("spice", sub.resolve("div.cir").toString(), "--vec", "v(out)", "--json");
        assertEquals(0, o.code(), o.err());
        assertEquals(3.0, Json.mapper().readTree(o.out()).get("plots").get(0).get("vectors").get("v(out)").get(0).asDouble(), 1e-12);
    }

    @Test
    void aDeckThatCrashesNgspiceIsOneLineAndExitCodeThree() throws Exception {
        // ngspice 39 itself (ngspice -b too) segfaults on the sensitivity of a differential output of BJTs,
        // as in its own tests/general/diffpair.cir.
        Path deck = dir.resolve("crash.cir");
        Files.writeString(deck, "sens of a differential output\nvcc 8 0 12\nrc1 4 8 10k\nrc2 5 8 10k\nq1 4 2 0 qn\nq2 5 2 0 qn\n"
                + "rb 2 8 1meg\n.model qn npn(bf=80 rb=100)\n.sens v(5,4)\n.end\n");
        CliRun o = CliRun.memcim("spice", deck.toString());
        assertEquals(3, o.code(), o.err());
        assertEquals("", o.out());
        assertEquals("memcim spice: error: " + deck + ": expected a deck ngspice runs without crashing, found ngspice crashed (SIGSEGV) "
                + "while running crash.cir; the deck was run in an isolated worker\n", o.err());
        try (var files = Files.list(dir)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().startsWith("hs_err")), "no crash report left beside the deck");
        }
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

    @Test
    void badRawFileNamesFileAndByte() throws Exception {
        Path raw = dir.resolve("cut.raw");
        Files.writeString(raw, "Title: x\nDate: y\nPlotname: Operating Point\nFlags: real\nNo. Variables: 2\nNo. Points: 1\n"
                + "Variables:\n\t0\tv(a)\tvoltage\n\t1\tv(b)\tvoltage\nBinary:\n\u0001\u0002");
        CliRun o = CliRun.memcim("raw", raw.toString());
        assertEquals(2, o.code());
        assertEquals("memcim raw: error: " + raw + ": byte 137: expected 16 bytes of binary values, found 2 bytes\n", o.err());
        CliRun missing = CliRun.memcim("spice", dir.resolve("lp.cir").toString(), "--raw", dir.resolve("no/such/x.raw").toString());
        assertEquals(2, missing.code(), missing.err());
    }
}
