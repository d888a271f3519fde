package memcim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad counts given to {@code memcim demo} and {@code memcim cosim} are named before any work or file is done. */
class CosimCommandsTest {
    @TempDir Path dir;

    @Test
    void demoRejectsABadCountBeforeWritingAnything() {
        Path out = dir.resolve("demo");
        CliRun r = CliRun.memcim("demo", "--out", out.toString(), "--epochs", "0");
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("--epochs") && r.err().contains("an integer from 1 to 10000") && r.err().contains("found 0"), r.err());
        assertFalse(Files.exists(out), "nothing written for a rejected run");

        r = CliRun.memcim("demo", "--out", out.toString(), "--lockstep-beats", "-1");
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("--lockstep-beats") && r.err().contains("found -1"), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void cosimRejectsZeroSamplesBeforeReadingTheModel() {
        CliRun r = CliRun.memcim("cosim", "--model", dir.resolve("absent").toString(), "--samples", "0");
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("--samples") && r.err().contains("found 0"), r.err());
    }
}
