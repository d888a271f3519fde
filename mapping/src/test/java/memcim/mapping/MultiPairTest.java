package memcim.mapping;

import static org.junit.jupiter.api.Assertions.*;

import memcim.core.InputException;
import org.junit.jupiter.api.Test;

/** N pairs with significance F: W·γ = Σ F^(n−1−k)(G⁺_k − G⁻_k), for n = 2 F·(G⁺ − G⁻) + (g⁺ − g⁻). */
class MultiPairTest {
    // γ = 1 µS; cells within [10, 30] µS (span R = 20 µS); F = 2: |W| ≤ 20·(2 + 1) = 60
    private final ConductanceRange range = new ConductanceRange(10e-6, 30e-6);
    private final MultiPair two = new MultiPair(2, 2, 1e-6, range);

    private static double[] us(double... micro) {
        double[] s = new double[micro.length];
        for (int k = 0; k < s.length; k++) s[k] = micro[k] * 1e-6;
        return s;
    }

    @Test
    void mostSignificantPairFirstTheResidualToTheNext() {
        assertEquals(4, two.cellsPerWeight());
        assertEquals(60, two.maxWeight(), 1e-9);
        // W = 25: 25/F = 12.5 µS fits the first pair; nothing left for the second
        assertArrayEquals(us(22.5, 10, 10, 10), two.encode(25), 1e-18);
        // W = 50: the first pair saturates at 20 µS (holding 40), the residual 10 goes to g⁺
        assertArrayEquals(us(30, 10, 20, 10), two.encode(50), 1e-18);
        // W = −55: G⁻ − G⁺ = 20 µS (−40), the residual −15 on g⁻
        assertArrayEquals(us(10, 30, 10, 25), two.encode(-55), 1e-18);
    }

    @Test
    void encodeDecodeIsExactForInRangeWeights() {
        for (double w : new double[] {-60, -55, -33.3, -1, 0, 0.125, 7, 25, 41.5, 59.99, 60})
            assertEquals(w, two.decode(two.encode(w)), 1e-9, "w = " + w);
        MultiPair proportional = new MultiPair(2, 2, 1e-6, range, MultiPair.Split.PROPORTIONAL);
        // W = 45: both pairs 45/3 = 15 µS
        assertArrayEquals(us(25, 10, 25, 10), proportional.encode(45), 1e-18);
        for (double w : new double[] {-60, -13, 0, 2.5, 60})
            assertEquals(w, proportional.decode(proportional.encode(w)), 1e-9, "w = " + w);
    }

    @Test
    void leastSignificantFirstFillsTheLspPairBeforeTheMsp() {
        MultiPair lsp = new MultiPair(2, 2, 1e-6, range, MultiPair.Split.LEAST_SIGNIFICANT_FIRST);
        // W = 15: all on g⁺ (15 µS above 10); W = 50: g⁺ full (20 µS), the rest 30 on the MSP pair as 15 µS
        assertArrayEquals(us(10, 10, 25, 10), lsp.encode(15), 1e-18);
        assertArrayEquals(us(25, 10, 30, 10), lsp.encode(50), 1e-18);
        assertArrayEquals(us(10, 25, 10, 30), lsp.encode(-50), 1e-18);
        for (double w : new double[] {-60, -13, 0, 2.5, 33, 60})
            assertEquals(w, lsp.decode(lsp.encode(w)), 1e-9, "w = " + w);
    }

    @Test
    void extremeWeightsKeepEveryConductanceWithinTheRange() {
        assertArrayEquals(us(30, 10, 30, 10), two.encode(1e9), 1e-18);
        assertArrayEquals(us(10, 30, 10, 30), two.encode(-61), 1e-18);
        assertEquals(60, two.decode(two.encode(1e9)), 1e-9);
        for (MultiPair.Split split : MultiPair.Split.values()) {
            MultiPair m = new MultiPair(3, 3, 0.7e-6, range, split);
            for (double w = -400; w <= 400; w += 3.7)
                for (double g : m.encode(w)) assertTrue(range.contains(g), split + " w = " + w + ": " + g);
        }
    }

    @Test
    void threePairsWithFFourByHand() {
        // factors 16, 4, 1 on [0, 10] µS: W = 203 → 10 µS (160), then 43/4 → 10 µS (40), then 3 µS
        MultiPair three = new MultiPair(3, 4, 1e-6, new ConductanceRange(0, 10e-6));
        assertArrayEquals(us(10, 0, 10, 0, 3, 0), three.encode(203), 1e-18);
        assertEquals(210, three.maxWeight(), 1e-9);
        assertEquals(203, three.decode(us(10, 0, 10, 0, 3, 0)), 1e-9);
    }

    @Test
    void aUnitErrorInTheLessSignificantPairWeighsOneFthOfTheSame() {
        for (double f : new double[] {2, 3, 8}) {
            MultiPair m = new MultiPair(2, f, 1e-6, range);
            double[] g = m.encode(10);
            double w = m.decode(g);
            double[] big = g.clone(), small = g.clone();
            big[0] += 1e-6;     // G⁺ one µS high
            small[2] += 1e-6;   // g⁺ one µS high
            double dBig = m.decode(big) - w, dSmall = m.decode(small) - w;
            assertEquals(f, dBig, 1e-9, "F = " + f);            // F·1 µS / 1 µS
            assertEquals(1, dSmall, 1e-9, "F = " + f);          // 1 µS / 1 µS
            assertEquals(1 / f, dSmall / dBig, 1e-12, "F = " + f);
            // and G⁻, g⁻ with the opposite sign
            double[] minus = g.clone();
            minus[3] += 1e-6;
            assertEquals(-1, m.decode(minus) - w, 1e-9);
        }
    }

    @Test
    void onePairIsTheDifferentialPair() {
        MultiPair one = new MultiPair(1, 2, 5e-6, new ConductanceRange(10e-6, 120e-6));
        DifferentialPair pair = new DifferentialPair(5e-6, new ConductanceRange(10e-6, 120e-6));
        for (double w : new double[] {-30, -3, 0, 2, 22, 30}) {
            assertArrayEquals(pair.encode(w), one.encode(w), 1e-18);
            assertEquals(pair.decode(pair.encode(w)), one.decode(one.encode(w)), 1e-12);
        }
    }

    @Test
    void badParametersAreRefused() {
        assertEquals("multi-pair pairs: expected >= 1, found 0",
                assertThrows(InputException.class, () -> new MultiPair(0, 2, 1e-6, range)).getMessage());
        assertEquals("multi-pair significance F: expected a finite value > 0, found 0.0",
                assertThrows(InputException.class, () -> new MultiPair(2, 0, 1e-6, range)).getMessage());
        assertEquals("multi-pair range: expected a bounded conductance range, found no upper bound",
                assertThrows(InputException.class, () -> new MultiPair(2, 2, 1e-6, ConductanceRange.unbounded())).getMessage());
        assertThrows(InputException.class, () -> new MultiPair(2, 2, -1e-6, range));
        assertThrows(InputException.class, () -> new ConductanceRange(30e-6, 10e-6));
    }
}
