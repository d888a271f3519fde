package memcim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code memcim data mnist} on a hand-made set of three 28×28 images, labels 3, 3 and 7. */
class DataMnistCommandTest {
    @TempDir Path dir;

    private void writeSet(String prefix, byte... labels) throws Exception {
        byte[] images = new byte[16 + labels.length * 784];
        images[2] = 8; images[3] = 3; images[7] = (byte) labels.length; images[11] = 28; images[15] = 28;
        byte[] l = new byte[8 + labels.length];
        l[2] = 8; l[3] = 1; l[7] = (byte) labels.length;
        System.arraycopy(labels, 0, l, 8, labels.length);
        Files.write(dir.resolve(prefix + "-images-idx3-ubyte"), images);
        Files.write(dir.resolve(prefix + "-labels-idx1-ubyte"), l);
    }

    @Test
    void printsCountsAndHistogramOfEverySetFound() throws Exception {
        writeSet("t10k", (byte) 3, (byte) 3, (byte) 7);
        CliRun r = CliRun.memcim("data", "mnist", "--dir", dir.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("t10k: 3 images of 28x28 (t10k-images-idx3-ubyte, t10k-labels-idx1-ubyte)\n"
                + "  labels 0:0 1:0 2:0 3:2 4:0 5:0 6:0 7:1 8:0 9:0\n", r.out().replace("\r\n", "\n"));
    }

    @Test
    void badFilesAreOneLineWithExitCodeTwo() throws Exception {
        writeSet("train", (byte) 12);
        CliRun r = CliRun.memcim("data", "mnist", "--dir", dir.toString(), "--prefix", "train");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("train-labels-idx1-ubyte: byte 8: expected a label 0..9, found 12 (label of sample 0)"), r.err());
        r = CliRun.memcim("data", "mnist", "--dir", dir.resolve("empty").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("expected a directory of MNIST IDX files, found no such directory"), r.err());
    }
}
