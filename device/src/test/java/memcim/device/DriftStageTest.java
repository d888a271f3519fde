package memcim.device;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Map;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/** Drift coefficients drawn at programming, and G(t) against closed forms and the published PCM statistics. */
class DriftStageTest {
    @Test
    void meanOfPowerLawDriftWithGaussianExponentIsTheLognormalMean() {
        // ν ~ N(μ, σ): E[(t/t₀)^−ν] = E[exp(−ν ln x)] = exp(−μ ln x + σ² ln²x / 2), x = t/t₀
        DeviceModel dev = new DeviceModel(DevicePresets.load("hfox-1t1r",
                Map.of("drift.law", "power", "drift.nuMean", "0.05", "drift.nuSigma", "0.02")));
        double t0 = dev.card().measurementSeconds();
        int n = 100_000;
        double[][] icc = new double[1][n];
        java.util.Arrays.fill(icc[0], 45e-6);
        ProgrammedArray array = ProgrammedArray.programCompliance(dev, icc, 11);
        double[] g0 = array.conductancesAt(t0)[0];
        // x = 10, 1e3, 1e6: exp(−0.05 ln x + 0.0002 ln²x), evaluated by hand
        double[][] expected = {{10, 0.8921965037}, {1e3, 0.7147343475}, {1e6, 0.5206892515}};
        for (double[] e : expected) {
            double[] g = array.conductancesAt(e[0] * t0)[0];
            double[] ratio = new double[n];
            for (int k = 0; k < n; k++) ratio[k] = g[k] / g0[k];
            double se = Stats.sd(ratio) / Math.sqrt(n);
            assertEquals(e[1], Stats.mean(ratio), 5 * se, "x = " + e[0]);
        }
    }

    @Test
    void pcmExponentStatisticsAreThePublishedFoldedNormalOfTheTarget() {
        // μν = clip(−0.0155 ln x + 0.0244, 0.049, 0.1), σν = clip(−0.0125 ln x − 0.0059, 0.008, 0.045), ν = |N(μν, σν)|;
        // mean and sd of the folded normal, by hand: x = 0.004 (clipped at the top), 0.08, 1 (clipped at the bottom)
        DriftModel drift = DevicePresets.load("pcm").drift();
        double[][] cases = {{0.1e-6, 0.1004128, 0.0440712}, {2e-6, 0.0636598, 0.0253951}, {25e-6, 0.049, 0.008}};
        RandomGenerator rng = new SplittableRandom(12);
        for (double[] c : cases) {
            double[] nu = new double[100_000];
            for (int k = 0; k < nu.length; k++) nu[k] = drift.drawCoefficient(c[0], rng);
            for (double v : nu) assertTrue(v >= 0);
            assertEquals(c[1], Stats.mean(nu), 5 * c[2] / Math.sqrt(nu.length), "mean at " + c[0]);
            assertEquals(c[2], Stats.sd(nu), 0.02 * c[2], "sd at " + c[0]);
        }
    }

    @Test
    void oneCellIsOneTrajectoryHoweverOftenItIsRead() {
        DeviceModel pcm = new DeviceModel(DevicePresets.load("pcm"));
        ProgrammedCell cell = pcm.programTarget(10e-6, new SplittableRandom(1), new SplittableRandom(2));
        double day = pcm.conductanceAt(cell, 86_400);
        double year = pcm.conductanceAt(cell, 3.15576e7);
        assertEquals(day, pcm.conductanceAt(cell, 86_400));
        assertTrue(year < day && day < cell.programmedSiemens(), "PCM conductance falls with time");
        // G(year)/G(day) = (year/day)^−ν of this cell's own ν
        assertEquals(Math.pow(3.15576e7 / 86_400, -cell.driftCoefficient()), year / day, 1e-12);
        // reads are that trajectory plus fresh noise: two reads differ, their mean is the trajectory
        RandomGenerator reads = new SplittableRandom(3);
        double first = pcm.readAt(cell, 86_400, reads), second = pcm.readAt(cell, 86_400, reads);
        assertNotEquals(first, second);
        double[] many = new double[20_000];
        for (int k = 0; k < many.length; k++) many[k] = pcm.readAt(cell, 86_400, reads);
        assertEquals(day, Stats.mean(many), 5 * Stats.sd(many) / Math.sqrt(many.length));
        assertEquals(day, pcm.conductanceAt(cell, 86_400), "reading drew nothing for the drift");
    }

    @Test
    void programmedArraysAreDeterministicBySeedAndReadsByTheirOwnSeed() {
        DeviceModel pcm = new DeviceModel(DevicePresets.load("pcm"));
        double[][] targets = {{1e-6, 5e-6, 10e-6}, {15e-6, 20e-6, 25e-6}};
        ProgrammedArray a = ProgrammedArray.programTargets(pcm, targets, 7), b = ProgrammedArray.programTargets(pcm, targets, 7);
        ProgrammedArray c = ProgrammedArray.programTargets(pcm, targets, 8);
        assertArrayEquals(a.conductancesAt(3600), b.conductancesAt(3600));
        assertFalse(java.util.Arrays.deepEquals(a.conductancesAt(3600), c.conductancesAt(3600)));
        assertArrayEquals(a.readAt(3600, new SplittableRandom(4)), b.readAt(3600, new SplittableRandom(4)));
        assertFalse(java.util.Arrays.deepEquals(a.readAt(3600, new SplittableRandom(4)), a.readAt(3600, new SplittableRandom(5))));
    }

    @Test
    void noDriftKeepsTheProgrammedConductanceAndDrawsNothing() {
        DeviceModel flat = new DeviceModel(DevicePresets.load("hfox-1t1r").withDrift(new NoDrift()));
        RandomGenerator coefficients = new SplittableRandom(9);
        ProgrammedCell cell = flat.program(60e-6, new SplittableRandom(1), coefficients);
        assertEquals(cell.programmedSiemens(), flat.conductanceAt(cell, 3.15576e7));
        assertEquals(new SplittableRandom(9).nextLong(), coefficients.nextLong(), "no draw was taken");
    }
}
