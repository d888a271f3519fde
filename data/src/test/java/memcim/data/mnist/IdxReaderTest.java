package memcim.data.mnist;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import memcim.core.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** IDX files written byte by byte here, so the layout and the errors are checked without the shared data. */
class IdxReaderTest {
    @TempDir Path dir;

    /** Three 2×3 images: pixel (i, r, c) = 100·i + 10·r + c, stored row after row, image after image. */
    private static byte[] threeImages() {
        byte[] b = new byte[16 + 3 * 6];
        b[2] = 0x08; b[3] = 0x03;      // magic 0x00000803
        b[7] = 3; b[11] = 2; b[15] = 3;  // 3 images, 2 rows, 3 columns
        for (int i = 0; i < 3; i++)
            for (int r = 0; r < 2; r++)
                for (int c = 0; c < 3; c++) b[16 + i * 6 + r * 3 + c] = (byte) (100 * i + 10 * r + c);
        return b;
    }

    private static byte[] labels(int... values) {
        byte[] b = new byte[8 + values.length];
        b[2] = 0x08; b[3] = 0x01;
        b[7] = (byte) values.length;
        for (int i = 0; i < values.length; i++) b[8 + i] = (byte) values[i];
        return b;
    }

    private static byte[] gzip(byte[] plain) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) { z.write(plain); }
        return out.toByteArray();
    }

    private Path write(String name, byte[] b) throws IOException {
        return Files.write(dir.resolve(name), b);
    }

    @Test
    void pixelsAreRowMajorImageAfterImage() throws IOException {
        IdxImages im = IdxReader.readImages(write("im", threeImages()));
        assertEquals(3, im.count());
        assertEquals(2, im.rows());
        assertEquals(3, im.columns());
        assertEquals(212, im.pixel(2, 1, 2));   // stored as the signed byte -44: read unsigned
        assertEquals(101, im.pixel(1, 0, 1));
        assertArrayEquals(new byte[] {0, 1, 2, 10, 11, 12}, im.image(0));
    }

    /** Gzip is recognised by its magic bytes: a gzipped file without .gz and a plain one with .gz both read. */
    @Test
    void gzipIsDetectedByContentNotByName() throws IOException {
        byte[] plain = threeImages();
        IdxImages a = IdxReader.readImages(write("plain", plain));
        IdxImages b = IdxReader.readImages(write("gzipped-but-no-suffix", gzip(plain)));
        IdxImages c = IdxReader.readImages(write("plain-but-named.gz", plain));
        assertArrayEquals(a.pixels(), b.pixels());
        assertArrayEquals(a.pixels(), c.pixels());
        assertArrayEquals(new int[] {1, 2, 1, 0}, IdxReader.readLabels(write("l", gzip(labels(1, 0, 2, 1)))).histogram(4));
    }

    @Test
    void aLabelFileIsNotAnImageFile() throws IOException {
        Path l = write("labels", labels(1, 2));
        InputException e = assertThrows(InputException.class, () -> IdxReader.readImages(l));
        assertEquals(l + ": byte 0", e.where());
        assertEquals("magic number 2051 (0x00000803: unsigned bytes, 3 dimensions)", e.expected());
        assertEquals("2049 (0x00000801: unsigned bytes, 1 dimension)", e.found());

        Path text = write("text", "hello, world".getBytes());
        e = assertThrows(InputException.class, () -> IdxReader.readLabels(text));
        assertTrue(e.found().startsWith("1751477356 (0x68656c6c: not an IDX magic number"), e.getMessage());
    }

    @Test
    void shortHeaderLongDataAndBadSizesNameTheOffset() throws IOException {
        Path empty = write("empty", new byte[0]);
        InputException e = assertThrows(InputException.class, () -> IdxReader.readImages(empty));
        assertEquals(empty + ": byte 0", e.where());
        assertEquals("end of file after 0 bytes", e.found());

        Path half = write("half-header", java.util.Arrays.copyOf(threeImages(), 10));
        e = assertThrows(InputException.class, () -> IdxReader.readImages(half));
        assertEquals(half + ": byte 10", e.where());
        assertEquals("a 16-byte IDX header of images (magic, count, rows, columns)", e.expected());

        byte[] longer = java.util.Arrays.copyOf(threeImages(), 16 + 18 + 5);
        Path p = write("longer", longer);
        e = assertThrows(InputException.class, () -> IdxReader.readImages(p));
        assertEquals(p + ": byte 34", e.where());
        assertEquals("5 more bytes", e.found());

        byte[] noRows = threeImages();
        noRows[11] = 0;
        Path q = write("no-rows", noRows);
        e = assertThrows(InputException.class, () -> IdxReader.readImages(q));
        assertEquals(q + ": byte 8", e.where());
        assertEquals("0", e.found());

        byte[] huge = threeImages();
        huge[4] = (byte) 0xFF;          // image count 0xFF000003: negative as a signed int, reported unsigned
        Path h = write("huge", huge);
        e = assertThrows(InputException.class, () -> IdxReader.readImages(h));
        assertEquals(h + ": byte 4", e.where());
        assertEquals("4278190083", e.found());
    }

    @Test
    void requiredSizeCountAndClassesAreChecked() throws IOException {
        Path im = write("im", threeImages());
        InputException e = assertThrows(InputException.class, () -> IdxReader.readImages(im, 28, 28));
        assertEquals(im + ": byte 8", e.where());
        assertEquals("28x28 images", e.expected());
        assertEquals("2x3", e.found());

        Path l = write("l", labels(0, 1, 9));
        e = assertThrows(InputException.class, () -> IdxReader.readLabels(l, 4, 10));
        assertEquals(l + ": byte 4", e.where());
        assertEquals("3 labels", e.found());
        e = assertThrows(InputException.class, () -> IdxReader.readLabels(l, 3, 9));
        assertEquals(l + ": byte 10", e.where());
        assertEquals("9 (label of sample 2)", e.found());
    }
}
