package memcim.data.mnist;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import memcim.core.InputException;
import memcim.data.SharedData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader on the real MNIST files of {@code shared/data/mnist} (gzipped, as distributed), on gunzipped
 * copies of them, and on truncated and garbled copies. Expected figures are the published ones.
 */
class MnistTest {
    /** Images per digit of the official test set, as published with MNIST (and checked on the file). */
    private static final int[] TEST_HISTOGRAM = {980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009};
    /** Images per digit of the official 60,000-image training set. */
    private static final int[] TRAIN_HISTOGRAM = {5923, 6742, 5958, 6131, 5842, 5421, 5918, 6265, 5851, 5949};
    private static final String IMAGES = "t10k-images-idx3-ubyte", LABELS = "t10k-labels-idx1-ubyte";

    static Path shared;
    static MnistSet test;
    @TempDir Path dir;

    /** Before each test, so that without the shared data every test is reported as skipped, not silently absent. */
    @BeforeEach
    void readOnce() {
        shared = SharedData.folder("mnist");
        if (test == null) test = Mnist.test(shared);
    }

    private static byte[] gunzipped(String name) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(shared.resolve(name + ".gz")))) {
            return in.readAllBytes();
        }
    }

    @Test
    void officialTestSetHasItsPublishedSizeAndLabels() {
        assertEquals(10_000, test.size());
        assertEquals(28, test.images().rows());
        assertEquals(28, test.images().columns());
        assertArrayEquals(TEST_HISTOGRAM, test.histogram());
        int[] first = new int[10];
        for (int i = 0; i < 10; i++) first[i] = test.labels().label(i);
        assertArrayEquals(new int[] {7, 2, 1, 0, 4, 1, 4, 9, 5, 9}, first);
        assertEquals(List.of("t10k", "train10k"), Mnist.prefixes(shared));
    }

    @Test
    void trainingLabelsAndTheTenThousandImageSubset() {
        assertArrayEquals(TRAIN_HISTOGRAM, IdxReader.readLabels(shared.resolve("train-labels-idx1-ubyte.gz")).histogram(10));
        MnistSet subset = Mnist.read(shared, "train10k");
        assertEquals(10_000, subset.size());
        // shared/data/README: the subset's per-class counts are those of training images 0-9,999
        assertArrayEquals(new int[] {1001, 1127, 991, 1032, 980, 863, 1014, 1070, 944, 978}, subset.histogram());
    }

    @Test
    void gunzippedCopiesReadTheSame() throws IOException {
        Files.write(dir.resolve(IMAGES), gunzipped(IMAGES));
        Files.write(dir.resolve(LABELS), gunzipped(LABELS));
        MnistSet plain = Mnist.test(dir);
        assertArrayEquals(test.images().pixels(), plain.images().pixels());
        assertArrayEquals(test.labels().labels(), plain.labels().labels());
        assertEquals(IMAGES + ", " + LABELS, plain.source());
    }

    @Test
    void truncatedImagesNameFileOffsetAndTheSizeTheHeaderPromised() throws IOException {
        byte[] images = gunzipped(IMAGES);
        Path cut = Files.write(dir.resolve(IMAGES), Arrays.copyOf(images, 16 + 784 * 5000 + 100));
        Files.copy(shared.resolve(LABELS + ".gz"), dir.resolve(LABELS + ".gz"));
        InputException e = assertThrows(InputException.class, () -> Mnist.test(dir));
        assertEquals(cut + ": byte 3920116", e.where());
        assertEquals("7840016 bytes (10000 images of 28x28 pixels after the 16-byte header)", e.expected());
        assertEquals("end of file after 3920116 bytes", e.found());
    }

    /** A gzip stream cut short: the offset counts what had been gunzipped by then (within 512 bytes). */
    @Test
    void truncatedGzipSaysHowFarItGot() throws IOException {
        byte[] gz = Files.readAllBytes(shared.resolve(IMAGES + ".gz"));
        Path cut = Files.write(dir.resolve(IMAGES + ".gz"), Arrays.copyOf(gz, gz.length / 2));
        InputException e = assertThrows(InputException.class, () -> IdxReader.readImages(cut));
        assertTrue(e.where().startsWith(cut + ": byte ") && e.where().endsWith(" (gunzipped)"), e.getMessage());
        long offset = Long.parseLong(e.where().replaceAll(".*: byte (\\d+) .*", "$1"));
        assertTrue(offset > 2_000_000 && offset < 7_840_016, e.getMessage());
        assertEquals("end of file after " + gz.length / 2 + " compressed bytes", e.found());
    }

    @Test
    void garbledGzipIsACorruptStreamNotAStackTrace() throws IOException {
        byte[] gz = Files.readAllBytes(shared.resolve(LABELS + ".gz"));
        for (int i = 0; i < 64; i++) gz[gz.length / 2 + i] ^= (byte) 0x5A;
        Path bad = Files.write(dir.resolve(LABELS + ".gz"), gz);
        InputException e = assertThrows(InputException.class, () -> IdxReader.readLabels(bad));
        assertTrue(e.where().startsWith(bad + ": byte ") && e.where().endsWith(" (gunzipped)"), e.getMessage());
        assertTrue(e.found().startsWith("corrupt gzip data ("), e.getMessage());
    }

    @Test
    void garbledHeadersAndLabelsNameTheByte() throws IOException {
        byte[] labels = gunzipped(LABELS);
        Files.copy(shared.resolve(IMAGES + ".gz"), dir.resolve(IMAGES + ".gz"));
        Path l = dir.resolve(LABELS);

        byte[] digit = labels.clone();
        digit[8 + 1234] = (byte) 200;
        Files.write(l, digit);
        InputException e = assertThrows(InputException.class, () -> Mnist.test(dir));
        assertEquals(l + ": byte 1242", e.where());
        assertEquals("a label 0..9", e.expected());
        assertEquals("200 (label of sample 1234)", e.found());

        byte[] fewer = Arrays.copyOf(labels, labels.length - 1);
        fewer[7] = (byte) 0x0F;          // count 10000 = 0x2710 becomes 9999 = 0x270F, and the file one byte shorter
        Files.write(l, fewer);
        e = assertThrows(InputException.class, () -> Mnist.test(dir));
        assertEquals(l + ": byte 4", e.where());
        assertEquals("10000 labels (one per image)", e.expected());
        assertEquals("9999 labels", e.found());

        byte[] swapped = labels.clone();
        swapped[3] = 0x03;               // a label file that claims to hold images
        Files.write(l, swapped);
        e = assertThrows(InputException.class, () -> Mnist.test(dir));
        assertEquals(l + ": byte 0", e.where());
        assertTrue(e.found().startsWith("2051 "), e.getMessage());
    }

    @Test
    void imagesOfAnotherSizeAreNotMnist() throws IOException {
        byte[] images = gunzipped(IMAGES);
        images[11] = 27;                 // 10000 images of 27x28 would need fewer bytes: the size is checked first
        Files.write(dir.resolve(IMAGES), images);
        Files.copy(shared.resolve(LABELS + ".gz"), dir.resolve(LABELS + ".gz"));
        InputException e = assertThrows(InputException.class, () -> Mnist.test(dir));
        assertEquals(dir.resolve(IMAGES) + ": byte 8", e.where());
        assertEquals("28x28 images", e.expected());
        assertEquals("27x28", e.found());
    }

    @Test
    void aMissingFileNamesBothNamesItCouldHave() {
        InputException e = assertThrows(InputException.class, () -> Mnist.train(dir));
        assertEquals(dir.resolve("train-images-idx3-ubyte").toString(), e.where());
        assertEquals("an IDX file train-images-idx3-ubyte or train-images-idx3-ubyte.gz", e.expected());
        assertEquals("neither", e.found());
    }
}
