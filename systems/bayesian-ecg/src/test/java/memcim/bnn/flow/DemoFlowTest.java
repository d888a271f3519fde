package memcim.bnn.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import memcim.core.Json;
import memcim.cosim.report.ChipReport;
import memcim.hdl.spec.ChipSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole flow on a small chip (M = 4, a model trained enough that its predictions are not ties): every stage runs
 * for real, transaction mode agrees with the fast model within the stated tolerance, and the report has what the
 * acceptance names.
 * Lock-step is left to LockStepAgreementTest (a minute of ngspice per beat).
 */
class DemoFlowTest {
    @TempDir Path out;

    @Test
    void smallChipRunsEndToEndAndReportsEnergyAndPaths() throws Exception {
        DemoOptions o = new DemoOptions(out, ChipSpec.reference().withSamples(4), 900, 30, 40, 0, 1, 3L, null, null);
        ChipReport r = DemoFlow.run(o, System.err);
        JsonNode json = Json.readTree(out.resolve("report.json"));
        double mac = json.at("/energy/macOnlyJoulesPerInference").asDouble();
        double full = json.at("/energy/fullChipJoulesPerInference").asDouble();
        assertTrue(mac > 0 && full > mac, mac + " " + full);
        for (String p : new String[] {"software", "fast", "transaction"}) {
            assertTrue(json.at("/paths/" + p + "/accuracy").isNumber(), p);
        }
        assertTrue(r.tolerance() != null, "fast vs transaction compared");
        assertTrue(r.tolerance().accuracyWithin() && r.tolerance().aurocWithin(), "transaction vs fast within tolerance: "
                + json.at("/paths/transaction") + " vs " + json.at("/paths/fast-same-beats"));
        assertEquals(6, json.at("/programmedOverTime").size());
        assertEquals("1y", json.at("/programmedOverTime/5/time").asText());
        assertTrue(Files.exists(out.resolve("report.html")));
        String html = Files.readString(out.resolve("report.html"));
        for (String figure : new String[] {"energy", "epistemic", "aleatoric", "samples", "drift"}) {
            assertTrue(html.contains("<img src=\"" + figure + ".png\""), figure);
            assertTrue(Files.size(out.resolve(figure + ".png")) > 500 && Files.exists(out.resolve(figure + ".json")), figure);
        }
        assertTrue(Files.list(out.resolve("spice")).count() >= 7);
        assertTrue(Files.list(out.resolve("verilog")).count() >= 1);
    }
}
