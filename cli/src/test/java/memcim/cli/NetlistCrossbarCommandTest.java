package memcim.cli;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import memcim.core.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code memcim netlist crossbar}: the deck and sidecar are written; bad options are one clear line, exit 2. */
class NetlistCrossbarCommandTest {
    @TempDir Path dir;

    @Test
    void writesDeckAndSidecarThatAgreeWithEachOther() throws Exception {
        Path out = dir.resolve("x");
        CliRun run = CliRun.memcim("netlist", "crossbar", "--rows", "4", "--cols", "6",
                "--cell", "1r", "--wire-ohms", "0.5", "--seed", "9", "--out", out.toString());
        assertEquals(0, run.code(), run.err());
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
    void atADayAfterProgrammingTheSameCellsHaveDriftedByTheCardsLaw() throws Exception {
        // pcm: G(t) = G(t₀)·((t₀ + t)/t₀)^−ν, ν = |N(μ, σ)| per cell with μ from 0.049 to 0.1; t₀ = 20 s
        String[] common = {"netlist", "crossbar", "--rows", "8", "--cols", "8", "--device", "pcm", "--seed", "3"};
        CliRun now = CliRun.memcim(concat(common, "--out", dir.resolve("t0").toString()));
        CliRun day = CliRun.memcim(concat(common, "--at", "1d", "--out", dir.resolve("t1d").toString()));
        assertEquals(0, now.code(), now.err());
        assertEquals(0, day.code(), day.err());
        JsonNode g0 = Json.readTree(dir.resolve("t0").resolve("crossbar.json")).get("conductanceSiemens");
        JsonNode side = Json.readTree(dir.resolve("t1d").resolve("crossbar.json"));
        JsonNode g1 = side.get("conductanceSiemens");
        assertTrue(side.get("parameters").get("at").asText().startsWith("86400.0 s after"), side.get("parameters").toString());
        double decades = (20 + 86_400) / 20.0;
        java.util.List<Double> ratios = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            for (int j = 0; j < 8; j++) {
                double r = g1.get(i).get(j).asDouble() / g0.get(i).get(j).asDouble();
                assertTrue(r <= 1 && r >= Math.pow(decades, -0.3), "cell " + i + "," + j + ": " + r);
                ratios.add(r);
            }
        }
        java.util.Collections.sort(ratios);
        double median = ratios.get(32);
        assertTrue(median > Math.pow(decades, -0.12) && median < Math.pow(decades, -0.04), "median ratio " + median);
        CliRun bad = CliRun.memcim(concat(common, "--at", "soon", "--out", dir.resolve("bad").toString()));
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("--at"), bad.err());
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void badOptionsAreNamed() {
        // each bad option line, and the start of the one error line it must give (the parameter, then what was expected)
        for (String[] bad : new String[][] {
                {"--rows 0 --cols 4", "--rows: expected an integer from 1 to 1024, found 0"},
                {"--rows 4 --cols 4 --cell 2t2r", "--cell: expected 1t1r or 1r, found '2t2r'"},
                {"--rows 4 --cols 4 --wire-ohms -1", "--wire-ohms: expected a number from 0 to "},
                {"--rows 4 --cols 4 --device no-such-card.json", "no-such-card.json: expected an existing JSON file"},
                {"--rows 4 --cols 5 --layout split", "--cols: expected an even number of columns"},
                {"--rows 4 --cols 4 --read phases-op --inputs 1,2", "--inputs: expected 4 levels (one per row), found 2"},
                {"--rows 4 --cols 4 --inputs 1,2,3,4", "--inputs: expected only with --read phases-op or phases-tran"},
                {"--rows 4 --cols 4 --read phases-op --inputs 1,2,9,3", "--inputs: expected an integer from 0 to 7, found 9"},
                {"--rows 4 --cols 4 --wire-farads -1", "--wire-farads: expected a number from 0 to 1e-6, found -1"},
                {"--rows 4 --cols 4 --sensing integrating --read phases-op", "--sensing integrating: expected --read phases-tran"},
                {"--rows 4 --cols 4 --sensing amp", "--sensing: expected one of ideal, transimpedance, integrating, found 'amp'"},
        }) {
            String args = "netlist crossbar " + bad[0] + " --out " + dir.resolve("bad");
            CliRun run = CliRun.memcim(args.split(" "));
            assertEquals(2, run.code(), bad[0]);
            assertTrue(run.err().contains("error: " + bad[1]), run.err());
            // the error line, then at most the pointer to --help
            assertEquals(1, run.err().strip().lines().filter(l -> !l.equals("see memcim netlist crossbar --help")).count(), run.err());
            assertFalse(Files.exists(dir.resolve("bad").resolve("crossbar.cir")), "nothing written on bad input");
        }
        Path file = dir.resolve("a-file");
        assertDoesNotThrow(() -> Files.writeString(file, "x"));
        CliRun run = CliRun.memcim("netlist", "crossbar", "--rows", "2", "--cols", "2", "--out", file.toString());
        assertEquals(2, run.code());
        assertTrue(run.err().contains("--out: expected a folder"), run.err());
    }
}
