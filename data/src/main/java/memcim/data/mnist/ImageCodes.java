package memcim.data.mnist;

import memcim.core.InputException;
import memcim.data.CodedSamples;

/**
 * Images as a crossbar network reads them: each image average-pooled over {@code pool × pool} blocks (28 → 14 for a
 * pool of 2, so a layer's rows fit one array) and every pooled pixel quantised to a {@code bits}-bit input code,
 * code = round(mean pixel / 255 · (2^bits − 1)), applied bit-serially like the ECG features.
 */
public record ImageCodes(byte[] codes, int[] labels, int width, String source) implements CodedSamples {
    /** Input codes are bytes used as integers: 7 bits at most. */
    public static final int MAX_BITS = 7;

    /** The first {@code limit} images of a set (all of them when it holds fewer), pooled and coded. */
    public static ImageCodes of(MnistSet set, int pool, int bits, int limit) {
        IdxImages im = set.images();
        if (pool < 1 || im.rows() % pool != 0 || im.columns() % pool != 0)
            throw new InputException("image pooling", "a block size dividing " + im.rows() + "x" + im.columns(), String.valueOf(pool));
        if (bits < 1 || bits > MAX_BITS) throw new InputException("input code bits", "1 to " + MAX_BITS, String.valueOf(bits));
        if (limit < 1) throw new InputException("images", ">= 1", String.valueOf(limit));
        int n = Math.min(limit, set.size()), rows = im.rows() / pool, cols = im.columns() / pool, width = rows * cols;
        int top = (1 << bits) - 1;
        byte[] codes = new byte[n * width];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = set.labels().label(i);
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    int sum = 0;
                    for (int dr = 0; dr < pool; dr++)
                        for (int dc = 0; dc < pool; dc++) sum += im.pixel(i, r * pool + dr, c * pool + dc);
                    codes[i * width + r * cols + c] = (byte) Math.round(sum / (255.0 * pool * pool) * top);
                }
            }
        }
        return new ImageCodes(codes, labels, width, set.source() + " (" + n + " images, " + pool + "x" + pool + " pooled, "
                + bits + "-bit codes)");
    }
}
