package memcim.device;

import static org.junit.jupiter.api.Assertions.*;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/** Programming to a target conductance, and programmed arrays that leave today's programming draws untouched. */
class ProgrammingStageTest {
    private final DeviceModel pcm = new DeviceModel(DevicePresets.load("pcm"));
    private final DeviceModel hfox = new DeviceModel(DevicePresets.load("hfox-1t1r"));

    @Test
    void pcmProgrammingSigmaIsThePublishedPolynomial() {
        // σ_prog = 0.26348 + 1.9650 x − 1.1731 x² µS, x = G/25 µS (Nandakumar et al. 2019), evaluated by hand
        double[][] published = {{0.5e-6, 0.30231076}, {5e-6, 0.609556}, {12.5e-6, 0.952705}, {20.94e-6, 1.086347822144}, {25e-6, 1.05538}};
        for (double[] p : published) assertEquals(p[1] * 1e-6, pcm.programmingSigmaSiemens(p[0]), 1e-12 * 1e-6, "G = " + p[0]);
    }

    @Test
    void targetDrawsHaveThatSigma() {
        RandomGenerator g = new SplittableRandom(31), nu = new SplittableRandom(32);
        double[] x = new double[40_000];
        for (int k = 0; k < x.length; k++) x[k] = pcm.programTarget(12.5e-6, g, nu).programmedSiemens();
        assertEquals(12.5e-6, Stats.mean(x), 5 * 0.953e-6 / Math.sqrt(x.length));
        assertEquals(0.952705e-6, Stats.sd(x), 0.02 * 0.953e-6);
    }

    @Test
    void oneSetProgrammingErrorIsTheCardSigmaAtTheMatchingCompliance() {
        // hfox-1t1r: median 39 µS at 45 µA with σ 2.8 µS; 120 µS at 200 µA with σ 1.8 µS (the card's points)
        assertEquals(2.8e-6, hfox.programmingSigmaSiemens(39e-6), 1e-15);
        assertEquals(1.8e-6, hfox.programmingSigmaSiemens(120e-6), 1e-15);
    }

    @Test
    void programmedArrayConductancesAreTodaysSetDrawsInTodaysOrder() {
        double[][] icc = {{10e-6, 45e-6, 200e-6}, {30e-6, 60e-6, 150e-6}};
        ProgrammedArray array = ProgrammedArray.programCompliance(hfox, icc, 42);
        RandomGenerator today = new SplittableRandom(42);
        for (int i = 0; i < icc.length; i++) {
            for (int j = 0; j < icc[i].length; j++) {
                assertEquals(hfox.programSet(icc[i][j], today), array.cell(i, j).programmedSiemens(), "cell " + i + "," + j);
            }
        }
        assertEquals(hfox.card().measurementSeconds(), 5.0);
        assertEquals(array.cell(1, 1).programmedSiemens(), array.conductancesAt(5.0)[1][1], 1e-21);
    }

    @Test
    void cellTargetsMixComplianceAndConductanceInRowOrder() {
        // one SET at 45 µA draws from N(39 µS, 2.8 µS); a 50 µS target by the one-set law from N(50 µS, 2.6 µS):
        // the array draws one Gaussian per cell in row order from the seed's stream, as programSet would
        CellTarget[][] t = {{CellTarget.compliance(45e-6), CellTarget.conductance(50e-6)}};
        ProgrammedArray a = ProgrammedArray.program(hfox, t, 7);
        RandomGenerator g = new SplittableRandom(7);
        assertEquals(Math.min(200e-6, Math.max(1e-6, 39e-6 + 2.8e-6 * g.nextGaussian())), a.cell(0, 0).programmedSiemens(), 1e-18);
        assertEquals(Math.min(200e-6, Math.max(1e-6, 50e-6 + 2.6e-6 * g.nextGaussian())), a.cell(0, 1).programmedSiemens(), 1e-18);
        assertEquals(39e-6, a.cell(0, 0).targetSiemens(), 1e-18);
        assertEquals(50e-6, a.cell(0, 1).targetSiemens(), 0);
    }
}
