package memcim.data.toy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.LongFunction;
import memcim.core.InputException;
import org.junit.jupiter.api.Test;

/** The 2-D tasks against the curves they are defined by, their class balance, noise and determinism. */
class ToyTasksTest {
    private static final double EXACT = 1e-12;

    @Test
    void noiseFreeCirclePointsLieOnTheirRadius() {
        LabelledPoints p = Circles.sample(1001, 0.4, 0, 3);
        assertArrayEquals(new int[] {501, 500}, p.countPerClass());
        int upper = 0;
        for (int i = 0; i < p.size(); i++) {
            assertEquals(p.labels()[i] == 0 ? 1 : 0.4, Math.hypot(p.x(i), p.y(i)), EXACT, "point " + i);
            if (p.y(i) > 0) upper++;
        }
        assertTrue(upper > 400 && upper < 600, upper + " of 1001 above the x axis: angles not uniform");
    }

    @Test
    void noiseFreeMoonPointsLieOnTheirHalfCircles() {
        LabelledPoints p = TwoMoons.sample(400, 0, 5);
        assertArrayEquals(new int[] {200, 200}, p.countPerClass());
        for (int i = 0; i < p.size(); i++) {
            if (p.labels()[i] == 0) {       // upper half of the unit circle about (0, 0)
                assertEquals(1, Math.hypot(p.x(i), p.y(i)), EXACT);
                assertTrue(p.y(i) >= 0);
            } else {                        // lower half of the unit circle about (1, 0.5)
                assertEquals(1, Math.hypot(p.x(i) - 1, p.y(i) - 0.5), EXACT);
                assertTrue(p.y(i) <= 0.5);
            }
        }
    }

    /** Arm k of r = aθ turned by 2πk/arms, a = 1/(2π·turns): θ = r/a must give back the point itself. */
    @Test
    void noiseFreeSpiralPointsLieOnTheirArm() {
        int arms = 3;
        double turns = 1.75, a = 1 / (2 * Math.PI * turns);
        LabelledPoints p = Spirals.sample(1000, arms, turns, 0, 7);
        assertArrayEquals(new int[] {334, 333, 333}, p.countPerClass());
        for (int i = 0; i < p.size(); i++) {
            double r = Math.hypot(p.x(i), p.y(i)), theta = r / a, phi = 2 * Math.PI * p.labels()[i] / arms;
            assertTrue(r <= 1 + EXACT, "radius " + r);
            assertEquals(r * Math.cos(theta + phi), p.x(i), 1e-9, "point " + i);
            assertEquals(r * Math.sin(theta + phi), p.y(i), 1e-9, "point " + i);
        }
    }

    /** With noise σ the radial error of circle points is N(0, σ²) to first order in σ. */
    @Test
    void noiseHasTheRequestedSpread() {
        double sigma = 0.02;
        LabelledPoints p = Circles.sample(20_000, 0.5, sigma, 11);
        double sum = 0, squares = 0;
        for (int i = 0; i < p.size(); i++) {
            double e = Math.hypot(p.x(i), p.y(i)) - (p.labels()[i] == 0 ? 1 : 0.5);
            sum += e;
            squares += e * e;
        }
        double mean = sum / p.size(), sd = Math.sqrt(squares / p.size() - mean * mean);
        assertEquals(0, mean, 0.001);
        assertEquals(sigma, sd, 0.05 * sigma);
    }

    @Test
    void sameSeedSamePointsOtherSeedOtherPoints() {
        for (LongFunction<LabelledPoints> task : java.util.List.<LongFunction<LabelledPoints>>of(
                s -> TwoMoons.sample(300, 0.1, s), s -> Circles.sample(300, 0.5, 0.1, s),
                s -> Spirals.sample(300, 4, 2, 0.1, s))) {
            LabelledPoints a = task.apply(42), b = task.apply(42), c = task.apply(43);
            assertEquals(a, b);
            assertNotEquals(a, c);
            assertArrayEquals(a.countPerClass(), c.countPerClass());
        }
    }

    /** Shuffled: the first tenth of the points holds both classes in about equal numbers. */
    @Test
    void anyPrefixIsAFairSample() {
        LabelledPoints p = TwoMoons.sample(1000, 0.1, 9);
        int zeros = 0;
        for (int i = 0; i < 100; i++) if (p.labels()[i] == 0) zeros++;
        assertTrue(zeros > 35 && zeros < 65, zeros + " of the first 100 in class 0");
    }

    @Test
    void badParametersNameTheParameter() {
        assertEquals("noise", assertThrows(InputException.class, () -> TwoMoons.sample(10, -0.1, 1)).where());
        assertEquals("noise", assertThrows(InputException.class, () -> TwoMoons.sample(10, Double.NaN, 1)).where());
        assertEquals("points", assertThrows(InputException.class, () -> Spirals.sample(2, 3, 1, 0, 1)).where());
        assertEquals("arms", assertThrows(InputException.class, () -> Spirals.sample(10, 1, 1, 0, 1)).where());
        assertEquals("innerRadius", assertThrows(InputException.class, () -> Circles.sample(10, 1, 0, 1)).where());
    }
}
