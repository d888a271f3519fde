package memcim.report.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Axis ticks fall on round numbers and print without trailing zeros. */
class FigureTicksTest {
    @Test
    void ticksAreRoundMultiplesInsideTheRange() {
        assertArrayEquals(new double[] {10, 20, 30, 40, 50}, Figure.roundTicks(1, 50), 1e-12);
        assertArrayEquals(new double[] {0.85, 0.86, 0.87, 0.88}, Figure.roundTicks(0.846, 0.889), 1e-12);
        assertArrayEquals(new double[] {-0.2, 0, 0.2, 0.4, 0.6, 0.8, 1}, Figure.roundTicks(-0.2, 1), 1e-12);
    }

    @Test
    void tickLabelsDropTrailingZeros() {
        assertEquals("10", Figure.tick(10));
        assertEquals("0.85", Figure.tick(0.85));
        assertEquals("1.2e-05", Figure.tick(1.2e-5));
        assertEquals("0", Figure.tick(0));
    }
}
