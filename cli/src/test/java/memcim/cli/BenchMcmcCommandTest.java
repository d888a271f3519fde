package memcim.cli;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/** {@code memcim bench mcmc}: both kernels measured, the ratio last; bad options named before any chain runs. */
class BenchMcmcCommandTest {
    @Test
    void aShortRunPrintsBothKernelsAndTheRatioLast() {
        CliRun run = CliRun.memcim("bench", "mcmc", "--chains", "2", "--samples", "20", "--warmup", "40", "--seed", "3");
        assertEquals(0, run.code(), run.err());
        String out = run.out();
        assertTrue(out.contains("same budget: 1200 density evaluations per chain each"), out);
        assertTrue(out.contains("HMC:") && out.contains("random-walk MH:"), out);
        assertTrue(out.contains("draws/s") && out.contains("ESS/s min"), out);
        String last = out.strip().lines().reduce((a, b) -> b).orElse("");
        assertTrue(last.startsWith("ratio HMC/MH of effective samples per second"), last);
    }

    @Test
    void badOptionsAreNamed() {
        for (String[] bad : new String[][] {
                {"--chains 1", "--chains: expected an integer from 2 to 16, found 1"},
                {"--samples 5", "--samples: expected an integer from 10 to 20000, found 5"},
                {"--warmup 60000", "--warmup: expected an integer from 20 to 50000, found 60000"},
        }) {
            CliRun run = CliRun.memcim(("bench mcmc " + bad[0]).split(" "));
            assertEquals(2, run.code(), bad[0]);
            assertTrue(run.err().contains("error: " + bad[1]), run.err());
            assertEquals("", run.out(), "nothing sampled");
        }
    }
}
