package memcim.hdl.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import memcim.hdl.periphery.Decoder;
import memcim.hdl.periphery.SarAdcLogic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SynthesisReportTest {
    @TempDir Path dir;

    @Test
    void yosysCountsTheFlipFlopsOfTheSarLogic() {
        SynthesisReport r = SynthesisReport.of(new SarAdcLogic(8), dir);
        // code 8 + trial 8 + busy 1 + done 1 + result 8
        assertEquals(26, r.flipFlops(), r.cellsByType().toString());
        assertTrue(r.cells() > r.flipFlops());
    }

    @Test
    void aDecoderIsPureLogic() {
        SynthesisReport r = SynthesisReport.of(new Decoder(5, 32), dir);
        assertEquals(0, r.flipFlops());
        assertTrue(r.cells() >= 32, r.cellsByType().toString());
    }
}
