package memcim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import memcim.core.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code memcim data ecg}, {@code train} and {@code evaluate} end to end on a small set. */
class BnnCommandsTest {
    @TempDir Path dir;

    @Test
    void dataTrainEvaluate() throws Exception {
        Path recs = dir.resolve("recs"), set = dir.resolve("set"), fromWfdb = dir.resolve("fromWfdb"), model = dir.resolve("model");
        CliRun data = CliRun.memcim("data", "ecg", "--beats", "270", "--seed", "3", "--out", set.toString(),
                "--write-wfdb", recs.toString());
        assertEquals(0, data.code(), data.err());
        assertTrue(data.out().contains("train 162, validation 54, test 60"), data.out());
        CliRun again = CliRun.memcim("data", "ecg", "--wfdb", recs.toString(), "--seed", "3", "--out", fromWfdb.toString());
        assertEquals(0, again.code(), again.err());
        assertTrue(Files.size(fromWfdb.resolve("beats.csv")) > 10_000);

        CliRun train = CliRun.memcim("train", "--data", set.toString(), "--epochs", "3", "--seed", "3", "--out", model.toString());
        assertEquals(0, train.code(), train.err());
        assertTrue(train.out().contains("epochs/s"), train.out());
        for (String f : new String[] {"model.json", "report.json", "device-card.json", "data/beats.csv"})
            assertTrue(Files.exists(model.resolve(f)), f);

        CliRun eval = CliRun.memcim("evaluate", "--model", model.toString(), "--samples", "5", "--json");
        assertEquals(0, eval.code(), eval.err());
        JsonNode r = Json.mapper().readTree(eval.out());
        for (String k : new String[] {"software", "conventional", "programmed"}) {
            double acc = r.get(k).get("accuracy").asDouble();
            assertTrue(acc > 0 && acc <= 1, k + " accuracy " + acc);
            assertTrue(r.get(k).has("aurocAleatoric") && r.get(k).has("aurocEpistemic"), k);
        }
        assertEquals(0.5, r.get("conventional").get("aurocEpistemic").asDouble());
        CliRun table = CliRun.memcim("evaluate", "--model", model.toString(), "--samples", "5");
        assertEquals(0, table.code(), table.err());
        assertTrue(table.out().contains("programmed") && table.out().contains("accuracy vs M"), table.out());
    }

    /** A deeper network than the chip's: trains, evaluates over time, and the chip names the limit it breaks. */
    @Test
    void anyShapeTrainsAndEvaluatesOverTime() throws Exception {
        Path model = dir.resolve("deep");
        CliRun train = CliRun.memcim("train", "--layers", "32,24,16,9", "--beats", "900", "--epochs", "4", "--seed", "2",
                "--out", model.toString());
        assertEquals(0, train.code(), train.err());
        assertTrue(train.out().contains("network:      32→24→16→9, 1296 weights, 5,184 operations"), train.out());
        JsonNode m = Json.mapper().readTree(model.resolve("model.json").toFile());
        assertEquals("[32,24,16,9]", m.get("shape").get("widths").toString());
        assertEquals(3, m.get("layers").size());
        assertEquals("hidden2", m.get("layers").get(1).get("name").asText());

        CliRun eval = CliRun.memcim("evaluate", "--model", model.toString(), "--samples", "5", "--at", "1s,1d,1y", "--json");
        assertEquals(0, eval.code(), eval.err());
        JsonNode r = Json.mapper().readTree(eval.out());
        JsonNode over = r.get("overTime");
        assertEquals(3, over.size());
        assertEquals("1d", over.get(1).get("time").asText());
        assertEquals(86400.0, over.get(1).get("seconds").asDouble());
        for (JsonNode t : over) {
            double acc = t.get("programmed").get("accuracy").asDouble();
            assertTrue(acc > 0 && acc <= 1, t.toString());
        }
        CliRun table = CliRun.memcim("evaluate", "--model", model.toString(), "--samples", "5", "--at", "1h,1y");
        assertEquals(0, table.code(), table.err());
        assertTrue(table.out().contains("programmed BNN vs time since programming (card hfox-1t1r, drift decade"), table.out());
        assertTrue(table.out().lines().anyMatch(l -> l.trim().startsWith("1y ")), table.out());

        CliRun cosim = CliRun.memcim("cosim", "--model", model.toString(), "--mode", "fast", "--samples", "2");
        assertEquals(2, cosim.code(), cosim.err());
        assertTrue(cosim.err().contains("model shape 32→24→16→9: expected 2 weight layers, which the controller of chip "
                + "reference (network 32→16→9) reads, found 3 weight layers"), cosim.err());

        CliRun narrow = CliRun.memcim("train", "--layers", "32,24,9", "--beats", "900", "--epochs", "2", "--seed", "2",
                "--out", dir.resolve("narrow").toString());
        assertEquals(0, narrow.code(), narrow.err());
        cosim = CliRun.memcim("cosim", "--model", dir.resolve("narrow").toString(), "--mode", "fast", "--samples", "2");
        assertEquals(2, cosim.code(), cosim.err());
        assertTrue(cosim.err().contains("model shape 32→24→9: expected hidden = 16 as network.hidden of chip reference "
                + "(network 32→16→9) (give a chip spec with network.hidden 24), found hidden = 24"), cosim.err());
    }

    @Test
    void badInputIsOneLineWithExitCodeTwo() throws Exception {
        CliRun r = CliRun.memcim("data", "ecg", "--wfdb", dir.resolve("none").toString(), "--out", dir.resolve("o").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("expected a directory of WFDB records, found no such directory"), r.err());
        Files.writeString(dir.resolve("bad.hea"), "bad 1 360 10\nbad.dat 16 200\n");
        r = CliRun.memcim("data", "ecg", "--wfdb", dir.toString(), "--out", dir.resolve("o").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("bad.hea:2: expected signal format 212, found format 16"), r.err());
        r = CliRun.memcim("evaluate", "--model", dir.resolve("nothing").toString());
        assertEquals(2, r.code());
        r = CliRun.memcim("train", "--data", dir.toString(), "--beats", "900", "--out", dir.resolve("m").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--beats: expected no data-choosing option beside --data"), r.err());
        assertTrue(Files.notExists(dir.resolve("m")), "nothing written");
        r = CliRun.memcim("train", "--layers", "30,16,9", "--out", dir.resolve("m").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--layers: expected 32 inputs (the beat features) and 9 outputs (the trained classes), "
                + "e.g. 32,16,9, found 30→16→9"), r.err());
        r = CliRun.memcim("evaluate", "--model", dir.toString(), "--at", "1s,soon");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--at: expected a time such as 1s, 1h, 1d, 1y"), r.err());
        r = CliRun.memcim("bench", "train", "--beats", "10");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--beats: expected an integer from 45 to 100000, found 10"), r.err());
    }
}
