package memcim.report.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Same data, same bytes; other data, other bytes; a PNG of the fixed size with nothing in it but the picture. */
class ChartPngTest {
    @Test
    void theSameChartRendersToTheSameBytesTwiceAndFromAFreshObject() {
        List<Chart> first = SampleCharts.all(0), fresh = SampleCharts.all(0);
        for (int i = 0; i < first.size(); i++) {
            byte[] once = ChartPng.render(first.get(i));
            assertArrayEquals(once, ChartPng.render(first.get(i)), first.get(i).title() + ": drawn twice");
            assertArrayEquals(once, ChartPng.render(fresh.get(i)), first.get(i).title() + ": rebuilt from new arrays");
        }
    }

    @Test
    void oneChangedValueChangesTheBytes() {
        List<Chart> a = SampleCharts.all(0), b = SampleCharts.all(0.05);
        for (int i = 0; i < a.size(); i++) {
            assertFalse(Arrays.equals(ChartPng.render(a.get(i)), ChartPng.render(b.get(i))), a.get(i).title());
        }
    }

    @Test
    void chartsDrawnInParallelAreTheSameAsDrawnAlone() throws Exception {
        List<Chart> charts = SampleCharts.all(0);
        List<byte[]> alone = charts.stream().map(ChartPng::render).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> parallel = new ArrayList<>();
            for (int round = 0; round < 3; round++) for (Chart c : charts) parallel.add(pool.submit(() -> ChartPng.render(c)));
            for (int k = 0; k < parallel.size(); k++) assertArrayEquals(alone.get(k % charts.size()), parallel.get(k).get());
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void thePngDecodesToTheFixedSizeOnAWhiteBackground() throws IOException {
        for (Chart c : SampleCharts.all(0)) {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(ChartPng.render(c)));
            assertEquals(720, image.getWidth(), c.title());
            assertEquals(420, image.getHeight(), c.title());
            assertEquals(0xffffff, image.getRGB(1, 1) & 0xffffff, c.title() + ": corner is background");
        }
    }

    @Test
    void thePngHoldsOnlyThePictureNoTimeOrText() throws IOException {
        for (Chart c : SampleCharts.all(0)) {
            Set<String> chunks = chunkTypes(ChartPng.render(c));
            assertTrue(Set.of("IHDR", "PLTE", "IDAT", "IEND").containsAll(chunks), c.title() + ": " + chunks);
        }
    }

    /** The chunk types of a PNG file, read by the format's own layout (8-byte signature, then length-type-data-CRC). */
    private static Set<String> chunkTypes(byte[] png) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(png));
        byte[] signature = in.readNBytes(8);
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, signature);
        Set<String> types = new java.util.TreeSet<>();
        while (in.available() > 0) {
            int length = in.readInt();
            types.add(new String(in.readNBytes(4), StandardCharsets.US_ASCII));
            in.skipNBytes(length + 4L);
        }
        return types;
    }
}
