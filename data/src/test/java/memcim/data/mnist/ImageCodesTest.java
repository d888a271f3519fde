package memcim.data.mnist;

import static org.junit.jupiter.api.Assertions.*;

import memcim.core.InputException;
import memcim.data.SharedData;
import org.junit.jupiter.api.Test;

class ImageCodesTest {
    @Test
    void blocksAreAveragedAndQuantisedToTheCodeRange() {
        // one 4x4 image: the top-left block all ink (255), the top-right half ink (mean 127.5), the rest blank
        byte[] px = new byte[16];
        for (int r = 0; r < 2; r++) for (int c = 0; c < 2; c++) px[r * 4 + c] = (byte) 255;
        px[2] = (byte) 255;
        px[7] = (byte) 255;
        var set = new MnistSet(new IdxImages(1, 4, 4, px), new IdxLabels(new byte[]{7}), "hand-made");
        ImageCodes c = ImageCodes.of(set, 2, 4, 10);
        assertEquals(4, c.width());
        assertArrayEquals(new int[]{7}, c.labels());
        // 15 for full ink; half ink 7.5 rounds to 8; blank 0
        assertArrayEquals(new byte[]{15, 8, 0, 0}, c.codes());
        assertEquals(1, ImageCodes.of(set, 1, 1, 10).codes()[0]);
    }

    @Test
    void theSharedMnistTestSetCodesWithinRange() {
        MnistSet test = Mnist.test(SharedData.folder("mnist"));
        ImageCodes c = ImageCodes.of(test, 2, 4, 500);
        assertEquals(500, c.size());
        assertEquals(196, c.width());
        int max = 0;
        for (byte b : c.codes()) {
            assertTrue(b >= 0 && b <= 15);
            max = Math.max(max, b);
        }
        assertEquals(15, max);
        // the shared folder holds a train10k subset, not the 60k "train" files: training() finds it
        assertEquals(10_000, Mnist.training(SharedData.folder("mnist")).size());
    }

    @Test
    void badOptionsNameWhatWasExpected() {
        var set = new MnistSet(new IdxImages(1, 4, 4, new byte[16]), new IdxLabels(new byte[]{0}), "x");
        assertTrue(assertThrows(InputException.class, () -> ImageCodes.of(set, 3, 4, 1)).getMessage().contains("pooling"));
        assertTrue(assertThrows(InputException.class, () -> ImageCodes.of(set, 2, 8, 1)).getMessage().contains("bits"));
    }
}
