package memcim.data.toy;

import static org.junit.jupiter.api.Assertions.*;

import memcim.core.InputException;
import org.junit.jupiter.api.Test;

class PlaneCodingTest {
    @Test
    void coordinatesMapLinearlyOntoCodesAndClampAtTheEdges() {
        PlaneCoding c = new PlaneCoding(-1, 3, 0, 2, 3); // 8 codes: x step 4/7, y step 2/7
        assertEquals(0, c.codeX(-1));
        assertEquals(7, c.codeX(3));
        assertEquals(4, c.codeX(-1 + 4 * 4.0 / 7));
        assertEquals(0, c.codeX(-5));
        assertEquals(7, c.codeY(9));
        assertEquals(-1 + 2 * 4.0 / 7, c.x(2), 1e-12);
    }

    @Test
    void everyPointGetsItsCodesAndTheBiasAtTheTopCode() {
        LabelledPoints p = new LabelledPoints(new double[] {-1, 0, 3, 2}, new int[] {1, 0}, 2);
        CodedPoints coded = new PlaneCoding(-1, 3, 0, 2, 3).code(p);
        assertArrayEquals(new byte[] {0, 0, 7, 7, 7, 7}, coded.codes());
        assertArrayEquals(new int[] {1, 0}, coded.labels());
        assertEquals(3, coded.width());
    }

    @Test
    void theGridHoldsEveryCodePairOnce() {
        CodedPoints g = new PlaneCoding(0, 1, 0, 1, 2).grid();
        assertEquals(16, g.size());
        assertEquals(2, g.codes()[3 * 6]);     // point 6: x = 6 % 4 = 2
        assertEquals(1, g.codes()[3 * 6 + 1]); //          y = 6 / 4 = 1
    }

    @Test
    void eightBitCodesAndEmptyRangesAreRefused() {
        assertThrows(InputException.class, () -> new PlaneCoding(0, 1, 0, 1, 8));
        assertThrows(InputException.class, () -> new PlaneCoding(1, 1, 0, 1, 4));
    }
}
