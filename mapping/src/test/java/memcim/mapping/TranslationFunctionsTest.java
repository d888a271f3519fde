package memcim.mapping;

import static org.junit.jupiter.api.Assertions.*;

import java.util.SplittableRandom;
import memcim.core.InputException;
import org.junit.jupiter.api.Test;

class TranslationFunctionsTest {
    static final ConductanceRange PCM_LIKE = new ConductanceRange(0.1e-6, 25e-6);

    @Test
    void everyPointOfTheBoxDecodesToValidConductancesThatEncodeEveryWeight() {
        SplittableRandom r = new SplittableRandom(11);
        for (int trial = 0; trial < 2000; trial++) {
            int levels = 2 + r.nextInt(9);
            double maxWeight = 0.05 + r.nextDouble() * 3;
            var box = TranslationFunctions.Box.of(levels, PCM_LIKE, maxWeight).withFreeLevels(r.nextBoolean());
            double[] x = new double[box.dimensions()];
            for (int j = 0; j < x.length; j++) {
                double u = r.nextDouble();
                x[j] = u < 0.1 ? 0 : u > 0.9 ? 1 : r.nextDouble();   // the box's faces too
            }
            TranslationFunctions t = box.decode(x);
            assertTrue(t.significance() >= 1 && t.significance() <= 5);
            // a fill above 1 saturates: the levels reach only the weight at which both pairs are full
            double fill = 0.05 + x[1] * (TranslationFunctions.Box.DEFAULT_MAX_FILL - 0.05);
            double top = maxWeight / Math.max(1, fill);
            assertEquals(top, t.maxWeight(), 1e-12 * maxWeight);
            assertEquals(fill * (t.significance() + 1) * PCM_LIKE.spanSiemens() / maxWeight, t.scaleSiemens(), 1e-9 * t.scaleSiemens());
            for (int k = 0; k < 50; k++) {
                double w = (2 * r.nextDouble() - 1) * maxWeight;
                double[] g = t.encode(w);
                for (double c : g) assertTrue(PCM_LIKE.contains(c), "trial " + trial + ": " + c + " S outside the range");
                double held = Math.signum(w) * Math.min(Math.abs(w), top);
                assertEquals(held, t.decode(g), 1e-9 * maxWeight, "trial " + trial + " weight " + w);
            }
            assertEquals(top, t.decode(t.encode(maxWeight)), 1e-9 * maxWeight);
            assertEquals(-top, t.decode(t.encode(-maxWeight)), 1e-9 * maxWeight);
        }
    }

    @Test
    void aHandWorkedPoint() {
        // F = 2 (x0 = 0.5 of [1, 3]); full scale: the largest weight uses all (F + 1)·R = 30 µS, so γ = 30 µS per unit;
        // level 1 (W = 1, c = 30 µS) has only one split, Δ = δ = 10 µS; level 0 centred: both pairs at 5 µS.
        var box = new TranslationFunctions.Box(2, new ConductanceRange(0, 10e-6), 1.0, 1, 3, 0.05, 1, false);
        TranslationFunctions t = box.decode(new double[]{0.5, 1, 0.5, 0.5, 0.5, 0.3, 0.7, 0.9});
        assertEquals(2, t.significance(), 1e-12);
        assertEquals(30e-6, t.scaleSiemens(), 1e-18);
        assertArrayEquals(new double[]{5e-6, 5e-6, 5e-6, 5e-6}, t.levelSiemens(0), 1e-18);
        assertArrayEquals(new double[]{10e-6, 0, 10e-6, 0}, t.levelSiemens(1), 1e-18);
        // halfway: the mean of the two levels; negative: the + and − cells swapped
        assertArrayEquals(new double[]{7.5e-6, 2.5e-6, 7.5e-6, 2.5e-6}, t.encode(0.5), 1e-18);
        assertArrayEquals(new double[]{2.5e-6, 7.5e-6, 2.5e-6, 7.5e-6}, t.encode(-0.5), 1e-18);
        assertEquals(0.5, t.decode(t.encode(0.5)), 1e-12);
    }

    @Test
    void theMspShareRunsFromTheLeastToTheMostTheLspAllows() {
        // W = 0.5 at γ = 30 µS: c = 15 µS; MSP term F·Δ from c − R = 5 µS to min(c + R, F·R) = 20 µS
        var box = new TranslationFunctions.Box(3, new ConductanceRange(0, 10e-6), 1.0, 2, 2, 0.05, 1, false);
        double[] x = {0, 1, 0.5, 0.5, 0.5, 0, 0, 0, 0.5, 0.5, 0.5};
        double[] least = box.decode(x).levelSiemens(1);
        x[5] = 1;
        double[] most = box.decode(x).levelSiemens(1);
        assertEquals(2.5e-6, least[0] - least[1], 1e-18);
        assertEquals(10e-6, least[2] - least[3], 1e-18);
        assertEquals(10e-6, most[0] - most[1], 1e-18);
        assertEquals(-5e-6, most[2] - most[3], 1e-18);
    }

    @Test
    void theNaiveSplitsArePointsOfTheBoxAtEveryWeightWithFreeLevelsAndAtTheLevelsWithout() {
        for (boolean free : new boolean[]{true, false}) {
            var box = TranslationFunctions.Box.of(6, PCM_LIKE, 1.2).withFreeLevels(free);
            for (MultiPair.Split split : MultiPair.Split.values()) {
                for (double f : new double[]{1, 2, 3.5}) {
                    for (double fill : new double[]{0.7, 1.5}) {   // 1.5: the largest weights saturate
                        double gamma = fill * (f + 1) * PCM_LIKE.spanSiemens() / 1.2, top = 1.2 / Math.max(1, fill);
                        MultiPair pair = new MultiPair(2, f, gamma, PCM_LIKE, split);
                        TranslationFunctions t = box.decode(box.pointOf(pair));
                        String where = split + " F " + f + " fill " + fill + (free ? " free" : " equal");
                        assertEquals(f, t.significance(), 1e-12);
                        assertEquals(gamma, t.scaleSiemens(), 1e-12 * gamma);
                        assertEquals(top, t.maxWeight(), 1e-12);
                        for (int l = 0; l < 6; l++)
                            assertArrayEquals(pair.encode(t.levelWeight(l)), t.levelSiemens(l), 1e-15, where + " level " + l);
                        if (free) {
                            for (int k = 0; k <= 200; k++) {
                                double w = 1.2 * k / 200;
                                assertArrayEquals(pair.encode(w), t.encode(w), 1e-15, where + " W " + w);
                            }
                        }
                        assertEquals(pair.decode(pair.encode(1.2), 0), t.decode(t.encode(1.2)), 1e-12, "saturated alike");
                    }
                }
            }
        }
    }

    @Test
    void levelsAtChosenWeightsInterpolateBetweenThemAndAStepIsAllowed() {
        var range = new ConductanceRange(0, 10e-6);
        // F = 1, γ = 10 µS per unit: W = 0.5 at level 1, both on the LSP pair; at W = 1 all on the MSP pair
        double[][] g = {{0, 0, 0, 0}, {0, 0, 5e-6, 0}, {10e-6, 0, 0, 0}};
        var t = new TranslationFunctions(1, 10e-6, range, new double[]{0, 0.5, 1}, g);
        assertArrayEquals(new double[]{0, 0, 2.5e-6, 0}, t.encode(0.25), 1e-18);
        assertArrayEquals(new double[]{5e-6, 0, 2.5e-6, 0}, t.encode(0.75), 1e-18);
        var step = new TranslationFunctions(1, 10e-6, range, new double[]{0, 1, 1}, new double[][]{{0, 0, 0, 0}, {0, 0, 10e-6, 0}, {10e-6, 0, 0, 0}});
        assertEquals(0.4, step.decode(step.encode(0.4)), 1e-12);
        assertEquals(1, step.decode(step.encode(1)), 1e-12);
        var e = assertThrows(InputException.class, () -> new TranslationFunctions(1, 10e-6, range, new double[]{0, 0.6, 0.5}, g));
        assertTrue(e.getMessage().contains("level 2"), e.getMessage());
    }

    @Test
    void levelsThatDoNotEncodeTheirWeightAreRefused() {
        var range = new ConductanceRange(0, 10e-6);
        var e = assertThrows(InputException.class, () -> new TranslationFunctions(2, 30e-6, range, 1.0,
                new double[][]{{5e-6, 5e-6, 5e-6, 5e-6}, {10e-6, 0, 5e-6, 0}}));
        assertTrue(e.getMessage().contains("level 1"), e.getMessage());
        assertThrows(InputException.class, () -> new TranslationFunctions(2, 30e-6, range, 1.0,
                new double[][]{{5e-6, 5e-6, 5e-6, 5e-6}, {12e-6, 2e-6, 10e-6, 0}}));
        assertThrows(IllegalArgumentException.class, () -> TranslationFunctions.Box.of(6, range, 1).decode(new double[5]));
    }
}
