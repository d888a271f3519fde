package memcim.spice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import memcim.core.InputException;
import org.junit.jupiter.api.Test;

/** Truncated and garbled raw files (issue 17): an error at a byte offset, never another exception or a huge array. */
class RawReaderDamageTest {
    private static final String HEADER = "Title: t\nDate: d\nPlotname: Transient Analysis\nFlags: real\nNo. Variables: 2\n"
            + "No. Points: %d\nVariables:\n\t0\ttime\ttime\n\t1\tv(out)\tvoltage\n%s:\n";

    private static byte[] binary(int points) {
        byte[] head = String.format(HEADER, points, "Binary").getBytes(StandardCharsets.US_ASCII);
        ByteBuffer b = ByteBuffer.allocate(head.length + points * 16).order(ByteOrder.LITTLE_ENDIAN);
        b.put(head);
        for (int p = 0; p < points; p++) b.putDouble(p * 1e-9).putDouble(p * 0.5);
        return b.array();
    }

    private static byte[] ascii(int points) {
        StringBuilder sb = new StringBuilder(String.format(HEADER, points, "Values"));
        for (int p = 0; p < points; p++) sb.append(p).append('\t').append(p * 1e-9).append("\n\t").append(p * 0.5).append('\n');
        return sb.toString().getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void goodFilesRead() {
        for (byte[] f : List.of(binary(4), ascii(4))) {
            List<SpicePlot> plots = RawReader.read(f, "r.raw");
            assertEquals(1, plots.size());
        }
    }

    @Test
    void aHeaderAnnouncingFarMorePointsThanTheFileHoldsIsCaughtBeforeAllocating() {
        for (String kind : new String[] {"Binary", "Values"}) {
            byte[] f = (String.format(HEADER, Integer.MAX_VALUE, kind) + "0\t1\n\t2\n").getBytes(StandardCharsets.US_ASCII);
            InputException e = assertThrows(InputException.class, () -> RawReader.read(f, "r.raw"));
            assertTrue(e.where().startsWith("r.raw: byte "), e.getMessage());
            assertTrue(e.expected().contains(kind.equals("Binary") ? "bytes of binary values" : "ASCII values"), e.getMessage());
        }
    }

    @Test
    void everyTruncationOfBinaryValuesIsAnErrorAtAByteOffset() {
        byte[] f = binary(3);
        int header = new String(f, StandardCharsets.ISO_8859_1).indexOf("Variables:");
        for (int n = header; n < f.length; n++) {
            byte[] cut = Arrays.copyOf(f, n);
            InputException e = assertThrows(InputException.class, () -> RawReader.read(cut, "r.raw"), "cut at " + n);
            assertTrue(e.where().startsWith("r.raw: byte "), e.getMessage());
        }
    }

    /** An ASCII file cut inside its last number ("0.5" to "0.") still reads; any other cut is an error. */
    @Test
    void truncatedAsciiValuesAreErrorsOrTheSameShape() {
        byte[] f = ascii(3);
        int header = new String(f, StandardCharsets.ISO_8859_1).indexOf("Variables:");
        for (int n = header; n < f.length; n++) {
            byte[] cut = Arrays.copyOf(f, n);
            try {
                assertEquals(3, RawReader.read(cut, "r.raw").get(0).vectors().get(1).length(), "cut at " + n);
            } catch (InputException e) {
                assertTrue(e.where().startsWith("r.raw: byte "), e.getMessage());
            }
        }
    }

    private static final String GARBLE = "0123456789:-\t\n ,xe";

    @Test
    void garbledBytesGivePlotsOrInputErrorsOnly() {
        SplittableRandom rng = new SplittableRandom(3);
        for (int k = 0; k < 3000; k++) {
            byte[] f = (k % 2 == 0 ? binary(3) : ascii(3)).clone();
            for (int m = 1 + rng.nextInt(4); m > 0; m--) f[rng.nextInt(f.length)] = (byte) GARBLE.charAt(rng.nextInt(GARBLE.length()));
            try {
                assertFalse(RawReader.read(f, "r.raw").isEmpty());
            } catch (InputException e) {
                assertTrue(e.where().startsWith("r.raw"), e.getMessage());
            }
        }
    }
}
