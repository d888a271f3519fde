package memcim.spice;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A batch run's output keeps its first and last lines, however much a deck prints. */
class BoundedLinesTest {
    @Test
    void theFirstAndLastLinesAreKeptAndTheDroppedOnesCounted() {
        BatchRunner.BoundedLines b = new BatchRunner.BoundedLines();
        int n = BatchRunner.BoundedLines.HEAD + BatchRunner.BoundedLines.TAIL + 12_345;
        for (int i = 0; i < n; i++) b.add(new OutputLog.Line(false, "line " + i));
        assertEquals(BatchRunner.BoundedLines.HEAD + 1 + BatchRunner.BoundedLines.TAIL, b.size());
        assertEquals("line 0", b.get(0).text());
        assertEquals("line " + (BatchRunner.BoundedLines.HEAD - 1), b.get(BatchRunner.BoundedLines.HEAD - 1).text());
        assertEquals("(memcim: 12345 lines of ngspice's output not kept)", b.get(BatchRunner.BoundedLines.HEAD).text());
        assertEquals("line " + (BatchRunner.BoundedLines.HEAD + 12_345), b.get(BatchRunner.BoundedLines.HEAD + 1).text());
        assertEquals("line " + (n - 1), b.get(b.size() - 1).text());
    }

    @Test
    void fewLinesAreAllKeptInOrder() {
        BatchRunner.BoundedLines b = new BatchRunner.BoundedLines();
        for (int i = 0; i < 30_000; i++) b.add(new OutputLog.Line(i % 2 == 0, "l" + i));
        assertEquals(30_000, b.size());
        for (int i = 0; i < 30_000; i++) assertEquals("l" + i, b.get(i).text());
    }
}
