package memcim.cli;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import memcim.core.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code memcim kinetics} wired end to end on a little Fashion-MNIST: every key the issue names, the report's plots, bad options. */
class KineticsCommandTest {
    @Test
    void aShortFashionRunGivesEveryFigure(@TempDir Path dir) throws Exception {
        CliRun run = CliRun.memcim("kinetics", "--train", "1000", "--batch", "16", "--epochs", "2", "--hidden", "8", "--chips", "2", "--cnn-epochs", "1", "--out",
                dir.resolve("k").toString(), "--json");
        assertEquals(0, run.code(), run.err());
        JsonNode r = Json.parse(run.out(), "--json");
        for (String key : List.of("accuracy", "parameters", "macsPerInference", "alpha", "beta", "spiceTrajectoryError"))
            assertTrue(r.get(key).isNumber(), key);
        for (String key : List.of("accuracy", "parameters", "macsPerInference")) assertTrue(r.get("baseline").get(key).isNumber(), "baseline." + key);
        assertEquals(61_706, r.get("baseline").get("parameters").asInt(), "LeNet-5-like");
        assertTrue(r.get("mlp").get("accuracy").isNumber());
        // 784 features -> 8 (batch-norm) -> 10, plus alpha and beta: 784*8 + 8 + 8 + 8 + 8*10 + 10 + 2
        assertEquals(784 * 8 + 8 * 3 + 80 + 10 + 2, r.get("parameters").asInt());
        assertTrue(r.get("accuracy").asDouble() > 0.2, "learnt something in two epochs: " + r.get("accuracy"));
        assertTrue(r.get("spiceJoulesPerFeatureMap").asDouble() > 0);
        double whole = r.get("spread").get("awareWholeChips").asDouble();
        assertTrue(whole >= 0 && whole <= 1, "whole chips: " + whole);
        for (String png : List.of("trajectories.png", "alpha-beta.png", "accuracy.png"))
            assertTrue(Files.size(dir.resolve("k").resolve(png)) > 1000, png);
    }

    @Test
    void theEcgTaskComparesKineticFeaturesOfRawWindowsWithTheChipsFftFeatures(@TempDir Path dir) throws Exception {
        CliRun run = CliRun.memcim("kinetics", "--task", "ecg", "--epochs", "10", "--hidden", "8", "--chips", "2", "--out",
                dir.resolve("e").toString(), "--json");
        assertEquals(0, run.code(), run.err());
        JsonNode r = Json.parse(run.out(), "--json");
        // one pulse train of 252 samples per beat -> 8 -> 9 trained classes
        assertEquals(252 * 8 + 8 * 3 + 8 * 9 + 9 + 2, r.get("parameters").asInt());
        assertEquals(32 * 8 + 8 * 3 + 8 * 9 + 9, r.get("baseline").get("parameters").asInt(), "the FFT features' head");
        assertTrue(r.get("baseline").get("name").asText().contains("FFT"));
        // nine classes, chance 1/9: both front ends learn
        assertTrue(r.get("accuracy").asDouble() > 0.25 && r.get("baseline").get("accuracy").asDouble() > 0.25, r.toString());
        // the digital front end the kinetic device replaces: 32 bins x 252 samples, one complex MAC per cycle
        JsonNode dft = r.get("fftFrontEnd");
        assertEquals(32 * 252 + 1, dft.get("cycles").asLong());
        assertTrue(dft.get("joules").asDouble() > dft.get("bufferGatedJoules").asDouble(), dft.toString());
        assertEquals(252, r.get("stateReadout").get("states").asInt());
    }

    @Test
    void badOptionsAreNamedBeforeAnyTraining(@TempDir Path dir) {
        for (String[] bad : new String[][] {
                {"--task cifar", "--task: expected mnist, fashion or ecg, found 'cifar'"},
                {"--task mnist", "--task mnist: expected --mnist DIR with the MNIST IDX files"},
                {"--mnist " + dir, "--mnist: expected MNIST files only with --task mnist"},
                {"--epochs 0", "--epochs: expected an integer from 1 to 1000, found 0"},
                {"--task ecg --train 500", "--train: expected an image-task option (--task fashion or mnist), found --train with --task ecg"},
                {"--task ecg --cnn-epochs 2", "--cnn-epochs: expected an image-task option (--task fashion or mnist), found --cnn-epochs with --task ecg"},
        }) {
            CliRun run = CliRun.memcim(("kinetics --out " + dir.resolve("x") + " " + bad[0]).split(" "));
            assertEquals(2, run.code(), bad[0] + ": " + run.err());
            assertTrue(run.err().contains(bad[1]), run.err());
            assertFalse(Files.exists(dir.resolve("x")), "nothing written");
        }
    }
}
