package memcim.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import com.fasterxml.jackson.databind.JsonNode;
import memcim.core.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code memcim transfer --task ecg}: the transfer's routes and, joined by the command, route (c) of the reference
 * chip trained and programmed on the same beats; short chains (the figures' quality is the flow tests' and the docs'
 * business, here the wiring: every route present, (b) and (c) one SET per cell of the 32→16→9 network).
 */
class TransferCommandTest {
    @Test
    void theEcgTaskComparesAllFourRoutes(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("ecg");
        CliRun run = CliRun.memcim("transfer", "--task", "ecg", "--chains", "2", "--samples", "40", "--warmup", "40", "--rows", "32",
                "--components", "4", "--beats", "1000", "--spice-rows", "1", "--out", out.toString(), "--json");
        assertEquals(0, run.code(), run.err());
        JsonNode r = Json.parse(run.out(), "--json");
        for (String route : List.of("software", "planned", "transferred", "verifiedDraws", "referenceChip", "conventional")) {
            JsonNode f = r.get(route);
            assertNotNull(f, route);
            double accuracy = f.get("accuracy").asDouble();
            // nine trained classes: chance is 1/9; every route here must have learnt something
            assertTrue(accuracy > 0.3 && accuracy <= 1, route + " accuracy " + accuracy);
        }
        JsonNode costs = r.get("programming");
        // 32·16 + 16·9 = 656 weights, two cells each, one SET per cell for (b) and (c)
        JsonNode single = costs.get(0), reference = costs.get(costs.size() - 1);
        assertEquals(1312, single.get("pulses").asLong() / single.get("instances").asLong());
        assertEquals(ReferenceRoute.NAME, reference.get("route").asText());
        assertEquals(1312, reference.get("pulses").asLong() / reference.get("instances").asLong());
        assertEquals(32, reference.get("instances").asInt());
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("(c) reference chip route"), "route (c) in the report");
    }

    @Test
    void badOptionsAreNamedBeforeAnyChainRuns(@TempDir Path dir) {
        for (String[] bad : new String[][] {
                {"--components 257", "--components: expected an integer from 1 to 256, found 257"},
                {"--spice-rows 129", "--spice-rows: expected an integer from 0 to 128, found 129"},
                {"--task circles", "--task"},
                {"--gamma 1", "--gamma: expected a number from 1e-7 to 1e-3"},
                {"--beats 1000", "--beats: expected an ECG data option only with --task ecg, found --beats with --task moons"},
                {"--task spirals --wfdb " + dir, "--wfdb: expected an ECG data option only with --task ecg"},
                {"--no-reference", "--no-reference: expected --task ecg (route (c) runs on ECG only), found --task moons"},
        }) {
            CliRun run = CliRun.memcim(("transfer --out " + dir.resolve("x") + " " + bad[0]).split(" "));
            assertEquals(2, run.code(), bad[0]);
            assertTrue(run.err().contains(bad[1]), run.err());
            assertFalse(Files.exists(dir.resolve("x")), "nothing written");
        }
    }
}
