package memcim.transfer.readout;

import static org.junit.jupiter.api.Assertions.*;

import memcim.core.InputException;
import memcim.core.Json;
import org.junit.jupiter.api.Test;

class ReadoutAgreementTest {
    @Test
    void figuresByHand() {
        int[] rows = {4, 9};
        double[][] spice = {{10e-6, 20e-6, -5e-6}, {1e-6, 2e-6, 4e-6}};
        double[][] fast = {{10e-6 + 1e-9, 20e-6, -5e-6}, {1e-6, 2e-6 - 2e-9, 4e-6}};
        ReadoutAgreement a = ReadoutAgreement.of(rows, fast, spice);
        assertEquals(4, a.perRow().get(0).row());
        assertEquals(20e-6, a.perRow().get(0).fullScaleAmps());
        assertEquals(1e-9, a.perRow().get(0).maxAbsErrorAmps(), 1e-21);
        assertEquals(0, a.perRow().get(0).worstColumn());
        assertEquals(5e-5, a.perRow().get(0).maxRelativeError(), 1e-15);
        assertEquals(5e-4, a.perRow().get(1).maxRelativeError(), 1e-15); // 2 nA of a 4 uA row
        assertEquals(1, a.perRow().get(1).worstColumn());
        assertEquals(2e-9, a.maxAbsErrorAmps(), 1e-21);
        assertEquals(5e-4, a.maxRelativeError(), 1e-15);
        assertEquals(9, a.worstRow());
        String json = Json.write(a);
        assertTrue(json.contains("\"maxRelativeError\"") && json.contains("\"perRow\"") && json.contains("\"worstColumn\""), json);
    }

    @Test
    void allZeroReferenceIsJudgedOnTheCandidateScale() {
        ReadoutAgreement a = ReadoutAgreement.of(new int[] {0}, new double[][] {{1e-6, 0}}, new double[][] {{0, 0}});
        assertEquals(1.0, a.maxRelativeError());
        assertEquals(0, ReadoutAgreement.of(new int[] {0}, new double[][] {{0}}, new double[][] {{0}}).maxRelativeError());
    }

    @Test
    void mismatchedReadsAreRefused() {
        assertThrows(InputException.class, () -> ReadoutAgreement.of(new int[] {0, 1}, new double[][] {{1}}, new double[][] {{1}}));
        assertThrows(InputException.class, () -> ReadoutAgreement.of(new int[] {0}, new double[][] {{1, 2}}, new double[][] {{1}}));
    }
}
