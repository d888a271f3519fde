package memcim.cli;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/** {@code memcim bench array}: bad options are one line naming the option, exit 2, before any array is read. */
class BenchArrayCommandTest {
    @Test
    void badOptionsAreNamed() {
        for (String[] bad : new String[][] {
                {"--sizes 0", "--sizes: expected an integer from 1 to 1024, found 0"},
                {"--sizes 4,2000", "--sizes: expected an integer from 1 to 1024, found 2000"},
                {"--sizes 4 --vectors 0", "--vectors: expected an integer from 1 to 10000, found 0"},
                {"--sizes 4 --large-spice-vectors 0", "--large-spice-vectors: expected an integer from 1 to 1000, found 0"},
                {"--sizes 4 --wire-ohms -1", "--wire-ohms: expected a number from 0 to "},
        }) {
            CliRun run = CliRun.memcim(("bench array " + bad[0]).split(" "));
            assertEquals(2, run.code(), bad[0]);
            assertTrue(run.err().contains("error: " + bad[1]), run.err());
            // the error line, then only the pointer to --help
            assertEquals(1, run.err().strip().lines().filter(l -> !l.equals("see memcim bench array --help")).count(), run.err());
            assertEquals("", run.out(), "nothing benchmarked");
        }
    }
}
