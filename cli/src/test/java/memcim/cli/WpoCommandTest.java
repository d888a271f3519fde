package memcim.cli;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import memcim.core.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code memcim wpo} wired end to end on the ECG network and both cards, a short search and few programmings (the
 * figures' quality is the wpo module's tests' and the docs' business): every key the issue names, the same bytes for
 * the same seed, the report's plots.
 */
class WpoCommandTest {
    static final String[] SHORT = {"wpo", "--network", "ecg", "--generations", "3", "--popsize", "4", "--targets", "256",
            "--repetitions", "2", "--times", "1s,1d,1mo", "--json"};

    @Test
    void theEcgNetworkOnTwoCardsGivesEveryFigureAndTheSameBytesForTheSameSeed(@TempDir Path dir) throws Exception {
        CliRun run = CliRun.memcim(with(SHORT, "--out", dir.resolve("a").toString()));
        assertEquals(0, run.code(), run.err());
        JsonNode r = Json.parse(run.out(), "--json");
        assertEquals(3, r.get("naive").get("weightError").size());
        assertEquals(3, r.get("optimised").get("weightError").size());
        double reduction = r.get("weightErrorReductionAt1s").asDouble();
        assertTrue(r.get("weightErrorReductionAt1Month").isNumber());
        assertTrue(reduction > -0.05 && reduction < 1, "the optimised start includes the naive splits: " + reduction);
        double f = r.get("F").asDouble();
        assertTrue(f >= 1 && f <= 5, "F " + f);
        for (String s : List.of("MSP_FIRST", "LSP_FIRST", "EQUAL", "OPTIMISED")) {
            JsonNode a = r.get("accuracy").get(s);
            assertNotNull(a, s);
            for (String t : List.of("1s", "1d", "1mo")) {
                double acc = a.get(t).get("mean").asDouble();
                assertTrue(acc > 0.3 && acc <= 1, s + " at " + t + ": " + acc);   // nine classes: chance is 1/9
                assertTrue(a.get(t).get("sd").asDouble() >= 0);
            }
        }
        assertEquals(2, r.get("comparison").size());
        assertEquals("hfox-1t1r", r.get("comparison").get(1).get("device").asText());
        assertTrue(r.get("rankingsDiffer").isBoolean());
        JsonNode spice = r.get("spice");
        assertTrue(spice.get("maxAbsErrorAmps").asDouble() < 1e-6 * spice.get("maxColumnAmps").asDouble(), spice.toString());
        for (String png : List.of("translation-optimised.png", "weight-error.png", "accuracy.png"))
            assertTrue(Files.size(dir.resolve("a").resolve(png)) > 1000, png);
        assertTrue(Files.readString(dir.resolve("a").resolve("report.html")).contains("What is not reproduced here"));

        CliRun again = CliRun.memcim(with(SHORT, "--out", dir.resolve("b").toString()));
        assertEquals(0, again.code(), again.err());
        assertEquals(withoutTimes(run.out()), withoutTimes(again.out()), "same seed, same figures");
    }

    @Test
    void badOptionsAreNamedBeforeAnyTraining(@TempDir Path dir) {
        for (String[] bad : new String[][] {
                {"--network cnn", "--network: expected mnist-mlp or ecg, found 'cnn'"},
                {"--network ecg --mnist " + dir, "--mnist: expected MNIST files only with --network mnist-mlp"},
                {"--tile 7", "--tile: expected an even number (2 x 2 cells per weight), found 7"},
                {"--levels 1", "--levels: expected an integer from 2 to 32, found 1"},
                {"--compensation local", "--compensation: expected none, global or column, found 'local'"},
                {"--times 1s,later", "--times"},
                {"--device nosuchcard", "nosuchcard"},
        }) {
            CliRun run = CliRun.memcim(("wpo --out " + dir.resolve("x") + " " + bad[0]).split(" "));
            assertEquals(2, run.code(), bad[0] + ": " + run.err());
            assertTrue(run.err().contains(bad[1]), run.err());
            assertFalse(Files.exists(dir.resolve("x")), "nothing written");
        }
    }

    private static String[] with(String[] base, String... more) {
        String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    /** The figures without the run's wall times. */
    private static String withoutTimes(String json) {
        return json.replaceAll("\"seconds\" : [0-9.eE+-]+", "\"seconds\" : 0");
    }
}
