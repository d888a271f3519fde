package memcim.cli;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import memcim.core.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code memcim sbp} end to end on a little Fashion-MNIST: the keys the issue names, the ladder, the report's plots, bad options. */
class SbpCommandTest {
    @Test
    void aShortFashionRunGivesEveryFigure(@TempDir Path dir) throws Exception {
        CliRun run = CliRun.memcim("sbp", "--train", "600", "--hidden", "16", "--epochs", "2", "--tile", "32", "--out",
                dir.resolve("s").toString(), "--json");
        assertEquals(0, run.code(), run.err());
        JsonNode r = Json.parse(run.out(), "--json");
        for (String key : List.of("accuracy", "floatAccuracy", "idealSignAccuracy", "pulsesPerEpoch", "energyPerEpochJoules"))
            assertTrue(r.get(key).isNumber(), key);
        assertEquals(7, r.get("ladder").size(), "ideal, nonlinear, cycle noise, wires, spread, stuck, endurance");
        assertEquals("wires", r.get("ladder").get(3).get("step").asText());
        assertEquals(r.get("ladder").get(3).get("accuracy").asDouble(), r.get("accuracy").asDouble(), "the headline is the pulsed device's");
        // the run used 600 of Fashion-MNIST's 60,000 images: the float baseline on all of them says what that costs
        assertTrue(r.get("floatAllTrainingAccuracy").isNumber());
        assertEquals(60_000, r.get("trainAvailable").asInt());
        assertTrue(r.get("pulsesPerEpoch").asDouble() > 0 && r.get("energyPerEpochJoules").asDouble() > 0);
        // a SET or a RESET costs picojoules on the compact model: the energy per pulse lands there
        double perPulse = r.get("energyPerEpochJoules").asDouble() / r.get("pulsesPerEpoch").asDouble();
        assertTrue(perPulse > 0.5e-12 && perPulse < 20e-12, "J per pulse " + perPulse);
        for (String png : List.of("accuracy.png", "pulse-fit.png", "conductances.png"))
            assertTrue(Files.size(dir.resolve("s").resolve(png)) > 1000, png);
    }

    @Test
    void badOptionsAreNamedBeforeAnyTraining(@TempDir Path dir) {
        for (String[] bad : new String[][] {
                {"--device hfox-1t1r", "--device hfox-1t1r: expected a card with a nonlinear-bounded pulse response and its pulse conditions"},
                {"--tile 33", "--tile: expected an even number of cells, found 33"},
                {"--threads 0", "--threads: expected an integer from 1 to 1024, found 0"},
                {"--epochs 0", "--epochs: expected an integer from 1 to 1000, found 0"},
                {"--pulses 200", "--pulses: expected an integer from 1 to 100, found 200"},
                {"--mnist " + dir.resolve("none"), "none"},
        }) {
            CliRun run = CliRun.memcim(("sbp --out " + dir.resolve("x") + " " + bad[0]).split(" "));
            assertEquals(2, run.code(), bad[0] + ": " + run.err());
            assertTrue(run.err().contains(bad[1]), run.err());
            assertFalse(Files.exists(dir.resolve("x")), "nothing written");
        }
    }
}
