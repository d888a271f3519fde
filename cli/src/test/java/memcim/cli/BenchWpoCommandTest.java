package memcim.cli;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/** {@code memcim bench wpo}: both ways measured on the same search, the speed-up last, the same result both ways. */
class BenchWpoCommandTest {
    @Test
    void aShortRunPrintsOneAndAllCoresAndTheSpeedUpLast() {
        CliRun run = CliRun.memcim("bench", "wpo", "--generations", "1", "--popsize", "2", "--targets", "128");
        assertEquals(0, run.code(), run.err());
        String out = run.out();
        // popsize 2 x 24 coordinates, the initial population and one generation: 96 evaluations each way
        assertTrue(out.contains("1 thread:") && out.contains("96 evaluations"), out);
        assertTrue(out.contains("evaluations/s"), out);
        String last = out.strip().lines().reduce((a, b) -> b).orElse("");
        assertTrue(last.startsWith("speed-up ") && last.endsWith("(same result: yes)"), last);
    }

    @Test
    void badOptionsAreNamed() {
        CliRun run = CliRun.memcim("bench", "wpo", "--targets", "8");
        assertEquals(2, run.code());
        assertTrue(run.err().contains("error: --targets: expected an integer from 32 to 1000000, found 8"), run.err());
        assertEquals("", run.out());
    }
}
