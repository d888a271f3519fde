package memcim.networks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import memcim.core.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NetworkShapeTest {
    /** The published count for the reference chip is 2,624 operations (Bonnet et al. 2023). */
    @Test
    void referenceNetworkHasThePublishedOperationCount() {
        NetworkShape s = NetworkShape.reference(16);
        assertEquals(2624, s.operations());
        assertEquals("4*32*16 + 4*16*9", s.operationsFormula());
        assertEquals(32 * 16 + 16 * 9, s.weights());
        assertEquals(512, s.offset(1));
        assertEquals("32→16→9", s.describe());
    }

    @Test
    void deeperNetworkLaysLayersOutOneAfterAnother() {
        NetworkShape s = NetworkShape.of(List.of(32, 24, 16, 9), 16);
        assertEquals(3, s.layers());
        assertEquals(List.of(0, 768, 768 + 384, 768 + 384 + 144),
                List.of(s.offset(0), s.offset(1), s.offset(2), s.offset(3)));
        assertEquals(1296, s.weights());
        assertEquals(24, s.widestLayer());
    }

    @Test
    void hiddenBitsSetTheClip() {
        NetworkShape four = new NetworkShape(List.of(32, 16, 9), 3, 4, 2.0);
        assertEquals(15, four.hiddenCode(1000, true));
        assertEquals(7, NetworkShape.reference(2.0).hiddenCode(1000, true));
        assertEquals(3, four.hiddenCode(5.2, true));   // 2.6 steps rounds to 3
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "32|--layers: expected at least two layer widths (inputs and outputs), found 1 width",
            "32,,9|--layers: expected comma-separated layer widths such as 32,24,16,9, found '32,,9'",
            "32,0,9|--layers: expected widths of 1 to 4096, found width 0 at position 2",
            "32,16,1|--layers: expected at least 2 outputs (classes), found 1",
            "32,x|--layers: expected comma-separated layer widths such as 32,24,16,9, found '32,x'",
            "32,5000,9|--layers: expected widths of 1 to 4096, found width 5000 at position 2"})
    void badWidthsAreNamed(String text, String message) {
        assertEquals(message, assertThrows(InputException.class, () -> NetworkShape.parseWidths(text, "--layers")).getMessage());
    }

    @Test
    void badBitsAndStepAreNamed() {
        assertEquals("network shape.hiddenBits: expected 1 to 8, found 9", assertThrows(InputException.class,
                () -> new NetworkShape(List.of(32, 9), 3, 9, 1)).getMessage());
        assertEquals("network shape.hiddenStep: expected a finite value > 0, found NaN", assertThrows(InputException.class,
                () -> new NetworkShape(List.of(32, 9), 3, 3, Double.NaN)).getMessage());
    }
}
