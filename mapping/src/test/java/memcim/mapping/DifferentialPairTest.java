package memcim.mapping;

import static org.junit.jupiter.api.Assertions.*;

import memcim.device.CellTarget;
import memcim.device.FeasiblePoint;
import org.junit.jupiter.api.Test;

/** The reference chip's two-cell converter: W = (G⁺ − G⁻)/γ. */
class DifferentialPairTest {
    // γ = 5 µS per unit; cells within [10, 120] µS: a pair holds up to 110 µS of difference, |W| ≤ 22
    private final DifferentialPair pair = new DifferentialPair(5e-6, new ConductanceRange(10e-6, 120e-6));

    @Test
    void encodePutsTheWeightOnTheCellOfItsSignAboveTheLowerEnd() {
        assertArrayEquals(new double[] {20e-6, 10e-6}, pair.encode(2), 1e-18);     // 10 µS + 2·5 µS on G⁺
        assertArrayEquals(new double[] {10e-6, 25e-6}, pair.encode(-3), 1e-18);    // 10 µS + 3·5 µS on G⁻
        assertArrayEquals(new double[] {10e-6, 10e-6}, pair.encode(0), 0);
        assertEquals(22, pair.maxWeight(), 1e-12);
        assertEquals(2, pair.cellsPerWeight());
    }

    @Test
    void roundTripIsExactWithinRangeAndSaturatesBeyond() {
        for (double w : new double[] {-22, -7.25, -1.5, 0, 0.3, 11, 22})
            assertEquals(w, pair.decode(pair.encode(w)), 1e-12, "w = " + w);
        assertArrayEquals(new double[] {120e-6, 10e-6}, pair.encode(30), 1e-18);
        assertArrayEquals(new double[] {10e-6, 120e-6}, pair.encode(-1e9), 1e-18);
        assertEquals(22, pair.decode(pair.encode(30)), 1e-12);
    }

    @Test
    void decodeIsTheDifferenceOverGamma() {
        // (37 µS − 12 µS) / 5 µS = 5; swapped: −5
        assertEquals(5, pair.decode(37e-6, 12e-6), 1e-12);
        assertEquals(-5, pair.decode(new double[] {12e-6, 37e-6}), 1e-12);
        // a layer's array: weight (i, j) in columns 2j (G⁺) and 2j + 1 (G⁻)
        double[][] w = pair.decodeArray(new double[][] {{30e-6, 10e-6, 10e-6, 20e-6}, {15e-6, 15e-6, 60e-6, 10e-6}});
        assertArrayEquals(new double[] {4, -2}, w[0], 1e-12);
        assertArrayEquals(new double[] {0, 10}, w[1], 1e-12);
    }

    @Test
    void aFeasiblePointProgramsGPlusThenGMinusByCompliance() {
        CellTarget[] c = DifferentialPair.compliances(new FeasiblePoint(29e-6, 4.4e-6, 45e-6, 10e-6));
        assertEquals(CellTarget.compliance(45e-6), c[0]);
        assertEquals(CellTarget.compliance(10e-6), c[1]);
    }

    @Test
    void aDecodeOnlyPairCarriesGammaAndNoUpperBound() {
        DifferentialPair reference = DifferentialPair.of(5e-6);
        assertEquals(Double.POSITIVE_INFINITY, reference.maxWeight());
        assertArrayEquals(new double[] {50e-6, 0}, reference.encode(10), 1e-18);
    }
}
