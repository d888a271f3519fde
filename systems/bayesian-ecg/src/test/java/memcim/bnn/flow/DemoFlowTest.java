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

    /**
     * The flow on the real MIT-BIH database (shared/data/mitdb; skipped without it), small: two networks, 3 epochs, 5
     * beats in transaction mode. The published table lands in report.json beside this run's own figures, and its
     * columns are the paths' figures, not figures of their own.
     */
    @Test
    void onTheRealDatabaseTheReportHoldsThePublishedTableSideBySide(@TempDir Path real) throws Exception {
        var mitdb = memcim.data.SharedDataFolder.find("mitdb");
        org.junit.jupiter.api.Assumptions.assumeTrue(mitdb.isPresent(), "shared data 'mitdb' not found");
        DemoOptions o = new DemoOptions(real, ChipSpec.reference().withSamples(4), 0, 3, 5, 0, 1, 1L,
                new memcim.data.ecg.WfdbChoice(mitdb.get(), null, null, 200, false), 2);
        DemoFlow.run(o, System.err);
        JsonNode json = Json.readTree(real.resolve("report.json"));
        JsonNode table = json.at("/published");
        assertEquals(6, table.get("columns").size(), table.get("columns").toString());
        assertTrue(table.get("basis").asText().contains("inter-patient"), table.get("basis").asText());
        JsonNode accuracy = table.get("rows").get(0), epistemic = table.get("rows").get(6);
        assertEquals("AUROC epistemic (known vs unseen)", epistemic.get("quantity").asText());
        assertEquals(json.at("/paths/software/accuracy").asDouble(), accuracy.get("values").get(0).asDouble(), 0);
        assertEquals(json.at("/paths/fast/aurocEpistemic").asDouble(), epistemic.get("values").get(2).asDouble(), 0);
        assertEquals(json.at("/paths/programmed-ideal-all/aurocEpistemic").asDouble(), epistemic.get("values").get(5).asDouble(), 0);
        assertEquals(53_814 + 472, json.at("/paths/software-all/knownBeats").asInt() + json.at("/paths/software-all/unseenBeats").asInt(),
                "the whole test split of DS2 (and the flutter of 207)");
        assertEquals(1000, json.at("/paths/fast/knownBeats").asInt() + json.at("/paths/fast/unseenBeats").asInt());
        assertEquals(3, table.get("notes").size(), "what the epistemic AUROC is up against, measured in the run");
        assertTrue(Files.readString(real.resolve("report.html")).contains("Published results side by side"));
    }
}
