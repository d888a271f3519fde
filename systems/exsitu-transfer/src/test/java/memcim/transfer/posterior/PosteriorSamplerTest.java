package memcim.transfer.posterior;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.List;
import memcim.core.InputException;
import memcim.core.Json;
import memcim.data.toy.CodedPoints;
import memcim.report.Plot;
import memcim.report.plot.LineChart;
import memcim.transfer.flow.PlaneTasks;
import memcim.transfer.flow.TaskData;
import memcim.transfer.mcmc.McmcSettings;
import org.junit.jupiter.api.Test;

class PosteriorSamplerTest {
    static final TaskData TASK = PlaneTasks.moons(60, 100, 3);

    static PosteriorSettings small(PosteriorSettings.KernelKind k, long seed) {
        return PosteriorSettings.defaults().withKernel(k).withLeapfrogSteps(8).withMcmc(new McmcSettings(3, 60, 40, 1, seed));
    }

    static byte[] digest(double[][] draws) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        ByteBuffer b = ByteBuffer.allocate(8);
        for (double[] d : draws) for (double v : d) md.update(b.clear().putDouble(v).array());
        return md.digest();
    }

    @Test
    void theSameSeedGivesTheSameDrawsByteForByte() throws Exception {
        for (PosteriorSettings.KernelKind k : PosteriorSettings.KernelKind.values()) {
            PosteriorDraws a = PosteriorSampler.sample(TASK.shape(), TASK.train(), TASK.plane().grid(), small(k, 7), null);
            PosteriorDraws b = PosteriorSampler.sample(TASK.shape(), TASK.train(), TASK.plane().grid(), small(k, 7), null);
            PosteriorDraws c = PosteriorSampler.sample(TASK.shape(), TASK.train(), TASK.plane().grid(), small(k, 8), null);
            assertArrayEquals(digest(a.draws()), digest(b.draws()), k.name());
            assertFalse(java.util.Arrays.equals(digest(a.draws()), digest(c.draws())), k + ": another seed, other draws");
            assertEquals(a.diagnostics().gridRhatMax(), b.diagnostics().gridRhatMax());
            assertEquals(3 * 40, a.draws().length);
        }
    }

    @Test
    void chainsStartApartFromThePrior() {
        double[][] s = PosteriorSampler.starts(TASK.shape().weights(), small(PosteriorSettings.KernelKind.HMC, 1));
        assertEquals(3, s.length);
        assertFalse(java.util.Arrays.equals(s[0], s[1]));
        double sum2 = 0;
        for (double[] x : s) for (double v : x) sum2 += v * v;
        double sd = Math.sqrt(sum2 / (s.length * s[0].length));
        assertEquals(0.5, sd, 0.1, "N(0, prior sigma) per weight");
    }

    @Test
    void diagnosticsAreJsonAndTracesArePlots() {
        PosteriorDraws d = PosteriorSampler.sample(TASK.shape(), TASK.train(), TASK.plane().grid(), small(PosteriorSettings.KernelKind.HMC, 1), null);
        String json = Json.write(d.diagnostics());
        for (String key : List.of("\"gridRhatMax\"", "\"gridRhatP99\"", "\"rhatLogDensity\"", "\"weightRhat\"", "\"weightEss\"",
                "\"predictionReadout\"", "\"divergences\"", "\"stepSizes\"")) {
            assertTrue(json.contains(key), key);
        }
        assertFalse(json.contains("summaryLines") || json.contains("\"converged\""), "only the fields");
        assertTrue(d.diagnostics().summaryLines().get(2).contains("rounded hidden codes"));
        List<PosteriorDraws.Trace> t = d.traces(4);
        assertEquals(5, t.size());
        assertEquals(-1, t.get(0).weight());
        assertEquals(3, t.get(1).chains().length);
        assertEquals(40, t.get(1).chains()[0].length);
        List<Plot> plots = d.tracePlots();
        assertEquals("trace-log-density.png", plots.get(0).fileName());
        assertEquals(3, ((LineChart) plots.get(1).chart()).series().size());
        assertEquals("w0 (layer 1, row 0, column 0)", d.weightName(0));
        int second = TASK.shape().offset(1) + 3;
        assertEquals("w" + second + " (layer 2, row 1, column 1)", d.weightName(second));
    }

    @Test
    void badSettingsNameTheirOption() {
        InputException e = assertThrows(InputException.class, () -> PosteriorSettings.defaults().withPriorSigma(0));
        assertTrue(e.getMessage().startsWith("--prior-sigma: expected"), e.getMessage());
        assertThrows(InputException.class, () -> PosteriorSettings.defaults().withPriorSigma(Double.NaN));
        e = assertThrows(InputException.class, () -> PosteriorSettings.defaults().withLeapfrogSteps(0));
        assertTrue(e.getMessage().startsWith("--leapfrog-steps: expected 1 to 1000"), e.getMessage());
        e = assertThrows(InputException.class, () -> PosteriorSettings.defaults().withKernel(null));
        assertTrue(e.getMessage().startsWith("--kernel"), e.getMessage());
        e = assertThrows(InputException.class, () -> new McmcSettings(4, 100, 2, 1, 1));
        assertTrue(e.getMessage().startsWith("--samples"), e.getMessage());
        CodedPoints wide = new CodedPoints(new byte[] {100, 0, 63}, new int[] {0}, 2);
        e = assertThrows(InputException.class, () -> PosteriorSampler.sample(TASK.shape(), wide, TASK.plane().grid(),
                small(PosteriorSettings.KernelKind.HMC, 1), null));
        assertTrue(e.getMessage().contains("input codes 0 to 63"), e.getMessage());
    }
}
