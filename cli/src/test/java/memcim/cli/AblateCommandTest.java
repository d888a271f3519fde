package memcim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import memcim.core.Json;
import org.junit.jupiter.api.Test;

/** {@code memcim ablate}: the proxy study end to end on a small synthetic set, and its bad input. */
class AblateCommandTest {
    @Test
    void everyVariantIsTrainedProgrammedAndMeasuredOnTheProxy() throws Exception {
        CliRun r = CliRun.memcim("ablate", "--beats", "900", "--epochs", "3", "--members", "2", "--proxy", "V", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = Json.mapper().readTree(r.out());
        assertEquals("V", j.get("proxy").asText());
        // 100 synthetic beats per class: 60 train, 20 validation; the proxy's 20 validation beats against the others' 160
        assertEquals(20, j.get("proxyValidation").asInt());
        assertEquals(160, j.get("knownValidation").asInt());
        assertEquals(480, j.get("trainingBeats").asInt(), "eight classes of 60");
        double nn = j.get("nearestNeighbourAuroc").asDouble();
        assertTrue(nn > 0.5 && nn <= 1, "the synthetic V beats lie apart from the others: " + nn);
        assertEquals(6, j.get("rows").size());
        for (JsonNode row : j.get("rows")) {
            double a = row.get("aurocEpistemicProgrammed").asDouble(), acc = row.get("accuracy").asDouble();
            assertTrue(a >= 0 && a <= 1 && acc > 0 && acc <= 1, row.toString());
            assertTrue(row.get("deviceSigmaFloor").asDouble() > 0, row.toString());
        }
        assertEquals(2, j.get("rows").get(4).get("members").asInt(), "the ensemble rows have --members networks");
        assertEquals(1, j.get("rows").get(0).get("members").asInt());
    }

    @Test
    void theProxyMustBeATrainedClass() {
        CliRun r = CliRun.memcim("ablate", "--beats", "900", "--epochs", "1", "--proxy", "!");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--proxy: expected a trained class of the data set"), r.err());
        r = CliRun.memcim("ablate", "--proxy", "VV");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--proxy: expected one beat symbol, e.g. V, found 'VV'"), r.err());
    }
}
