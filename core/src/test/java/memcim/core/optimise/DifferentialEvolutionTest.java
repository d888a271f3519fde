package memcim.core.optimise;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class DifferentialEvolutionTest {

    static final ToDoubleFunction<double[]> SPHERE = x -> {
        double s = 0;
        for (double v : x) s += v * v;
        return s;
    };

    /** Minimum 0 at (1, ..., 1); a curved valley that greedy steps follow slowly. */
    static final ToDoubleFunction<double[]> ROSENBROCK = x -> {
        double s = 0;
        for (int i = 0; i + 1 < x.length; i++) {
            double a = x[i + 1] - x[i] * x[i], b = 1 - x[i];
            s += 100 * a * a + b * b;
        }
        return s;
    };

    static double[] filled(int d, double v) {
        double[] a = new double[d];
        Arrays.fill(a, v);
        return a;
    }

    static DifferentialEvolution.Settings tight() {
        return DifferentialEvolution.Settings.defaults().withTolerance(0, 1e-14).withMaxGenerations(5000);
    }

    @Test
    void sphereIn10DimensionsReachesItsMinimum() {
        var de = new DifferentialEvolution(filled(10, -5), filled(10, 5), tight());
        var r = de.minimise(SPHERE, (g, c, e) -> {});
        assertTrue(r.bestCost() < 1e-10, "cost " + r.bestCost());
        for (double v : r.best()) assertEquals(0, v, 1e-5);
        assertTrue(r.converged(), "stopped by the spread criterion before 5,000 generations");
    }

    /**
     * With CR 0.7 (popsize 15, seed 1) best1bin settled in the 10-D function's local minimum near x₀ = −1 (cost 3.99):
     * coordinate-wise crossover suits separable costs; Rosenbrock couples neighbours, so CR 0.9 is the setting here.
     */
    @Test
    void rosenbrockIn10DimensionsReachesItsMinimum() {
        for (long seed = 1; seed <= 3; seed++) {
            var de = new DifferentialEvolution(filled(10, -2), filled(10, 2), tight().withRecombination(0.9).withSeed(seed));
            var r = de.minimise(ROSENBROCK, (g, c, e) -> {});
            assertTrue(r.bestCost() < 1e-8, "seed " + seed + ": cost " + r.bestCost() + " after " + r.generations() + " generations");
            for (double v : r.best()) assertEquals(1, v, 1e-4);
        }
    }

    @Test
    void optimumOnAShiftedBoxIsFoundInsideIt() {
        // minimum of (x - 3)² lies outside [-1, 2]: the best point is the bound, never outside it
        var de = new DifferentialEvolution(filled(3, -1), filled(3, 2), tight().withMaxGenerations(300));
        var r = de.minimise(x -> { double s = 0; for (double v : x) s += (v - 3) * (v - 3); return s; }, (g, c, e) -> {});
        for (double v : r.best()) {
            assertTrue(v <= 2 && v >= -1);
            assertEquals(2, v, 1e-4);
        }
    }

    @Test
    void sameSeedSameResultWhateverTheThreads() {
        var s = tight().withMaxGenerations(200).withSeed(42);
        var one = new DifferentialEvolution(filled(6, -2), filled(6, 2), s.withThreads(1)).minimise(ROSENBROCK, (g, c, e) -> {});
        var two = new DifferentialEvolution(filled(6, -2), filled(6, 2), s.withThreads(2)).minimise(ROSENBROCK, (g, c, e) -> {});
        var again = new DifferentialEvolution(filled(6, -2), filled(6, 2), s.withThreads(2)).minimise(ROSENBROCK, (g, c, e) -> {});
        assertArrayEquals(one.best(), two.best());
        assertArrayEquals(two.best(), again.best());
        assertEquals(one.evaluations(), two.evaluations());
        var other = new DifferentialEvolution(filled(6, -2), filled(6, 2), s.withSeed(43)).minimise(ROSENBROCK, (g, c, e) -> {});
        assertFalse(Arrays.equals(one.best(), other.best()), "another seed, another path");
    }

    @Test
    void listenerSeesEveryGenerationWithANonIncreasingBestCost() {
        AtomicInteger calls = new AtomicInteger();
        double[] last = {Double.POSITIVE_INFINITY};
        var de = new DifferentialEvolution(filled(4, -5), filled(4, 5), tight().withMaxGenerations(50));
        var r = de.minimise(SPHERE, (g, c, e) -> {
            assertEquals(calls.getAndIncrement(), g);
            assertTrue(c <= last[0]);
            assertEquals((long) (g + 1) * 60, e, "popsize 15 × 4 dimensions per generation");
            last[0] = c;
        });
        assertEquals(51, calls.get());
        assertEquals(50, r.generations());
    }

    @Test
    void aStartAtTheMinimumIsKeptFromGenerationZero() {
        var de = new DifferentialEvolution(filled(4, -5), filled(4, 5), tight().withMaxGenerations(3));
        double[] first = {Double.NaN};
        var r = de.minimise(SPHERE, (g, c, e) -> { if (g == 0) first[0] = c; }, java.util.List.of(filled(4, 0)));
        assertEquals(0, first[0]);
        assertArrayEquals(filled(4, 0), r.best());
        assertThrows(IllegalArgumentException.class, () -> de.minimise(SPHERE, (g, c, e) -> {}, java.util.List.of(filled(4, 6))));
    }

    @Test
    void nanCostsNeverWin() {
        var de = new DifferentialEvolution(filled(2, -1), filled(2, 1), tight().withMaxGenerations(100));
        var r = de.minimise(x -> x[0] < 0 ? Double.NaN : SPHERE.applyAsDouble(x), (g, c, e) -> {});
        assertTrue(r.best()[0] >= 0);
        assertTrue(r.bestCost() < 1e-6);
    }

    @Test
    void badBoundsAndSettingsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new DifferentialEvolution(new double[]{0}, new double[]{0}, tight()));
        assertThrows(IllegalArgumentException.class, () -> new DifferentialEvolution(new double[]{0, 0}, new double[]{1}, tight()));
        assertThrows(IllegalArgumentException.class, () -> tight().withRecombination(1.5));
        assertThrows(IllegalArgumentException.class, () -> tight().withThreads(0));
    }

    @Test
    void latinHypercubePutsOnePointInEveryStratumOfEveryDimension() {
        int n = 37, d = 5;
        double[][] p = LatinHypercube.unitPoints(n, d, new SplittableRandom(3));
        for (int j = 0; j < d; j++) {
            boolean[] seen = new boolean[n];
            for (double[] x : p) {
                int k = (int) Math.floor(x[j] * n);
                assertFalse(seen[k], "stratum " + k + " of dimension " + j + " twice");
                seen[k] = true;
            }
        }
    }
}
