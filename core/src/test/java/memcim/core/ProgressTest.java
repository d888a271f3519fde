package memcim.core;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The progress line off a terminal: about every 10 %, with the caller's status (an optimiser's best cost) at its end. */
class ProgressTest {
    @Test
    void offATerminalItPrintsEachDecileOnceWithTheLatestStatus() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Progress p = new Progress("  search", 20, new PrintStream(bytes, true, StandardCharsets.UTF_8), false)) {
            for (int g = 1; g <= 20; g++) p.advance(1, "best cost " + (100 - g));
        }
        String[] lines = bytes.toString(StandardCharsets.UTF_8).stripTrailing().split("\n");
        // deciles 0 to 10: the first step, then every 2 of 20
        assertEquals(11, lines.length, String.join("\n", lines));
        assertTrue(lines[0].startsWith("  search [#" + ".".repeat(29) + "] 1/20"), lines[0]);
        assertTrue(lines[0].endsWith(", best cost 99"), lines[0]);
        assertTrue(lines[10].contains("20/20") && lines[10].endsWith(", best cost 80"), lines[10]);
    }

    @Test
    void withoutAStatusTheLineEndsAtTheEstimate() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Progress p = new Progress("  x", 1, new PrintStream(bytes, true, StandardCharsets.UTF_8), false);
        p.step();
        assertTrue(bytes.toString(StandardCharsets.UTF_8).strip().endsWith("s left"), bytes.toString(StandardCharsets.UTF_8));
    }
}
