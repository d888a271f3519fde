package memcim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Engineering notation as the report and the terminal print it. */
class UnitsTest {
    @Test
    void figuresPrintWithThreeDigitsAndAnSiPrefix() {
        assertEquals("4.82 nJ", Units.joules(4.82e-9));
        assertEquals("2.74 uJ", Units.joules(2.74e-6));
        assertEquals("987 us", Units.seconds(987e-6));
        assertEquals("1.68 ms", Units.seconds(0.00168));
        assertEquals("0.00 J", Units.joules(0));
        assertEquals("0.891", Units.score(0.8914));
        assertEquals("n/a", Units.score(Double.NaN));
    }

    @Test
    void exponentsAreMultiplesOfThreeWithTheirPrefix() {
        assertEquals(-9, Units.exponent(120e-9));
        assertEquals(-6, Units.exponent(1e-6));
        assertEquals(0, Units.exponent(42));
        assertEquals(3, Units.exponent(-3600));
        assertEquals("n", Units.prefix(-9));
        assertEquals("", Units.prefix(0));
        assertEquals("k", Units.prefix(3));
        assertThrows(IllegalArgumentException.class, () -> Units.prefix(-8));
    }
}
