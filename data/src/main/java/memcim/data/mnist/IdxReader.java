package memcim.data.mnist;

import java.nio.file.Path;
import memcim.core.InputException;

/**
 * Reads IDX files of unsigned bytes, the format of MNIST and Fashion-MNIST: a big-endian header (the magic
 * number 0x0000_08_DD, where 08 says unsigned bytes and DD the number of dimensions, then one 32-bit size a
 * dimension) followed by the data, row-major. Images are the 3-dimensional kind (magic 2051), labels the
 * 1-dimensional kind (2049). The file may be gzipped or not (see {@link IdxBytes}). The data must fill the
 * file exactly: a short file is truncated and a longer one is not what its header says, and either is an
 * {@link InputException} naming the file and the byte offset.
 */
public final class IdxReader {
    public static final int IMAGES_MAGIC = 0x0000_0803;
    public static final int LABELS_MAGIC = 0x0000_0801;
    private static final int IMAGES_HEADER = 16;
    private static final int LABELS_HEADER = 8;

    private IdxReader() {}

    /** Images of any size. */
    public static IdxImages readImages(Path file) {
        return readImages(file, 0, 0);
    }

    /** Images that must be {@code rows}×{@code columns} (0 and 0: any size). */
    public static IdxImages readImages(Path file, int rows, int columns) {
        IdxBytes b = IdxBytes.read(file);
        header(b, IMAGES_MAGIC, IMAGES_HEADER, "images (magic, count, rows, columns)");
        int count = size(b, 4, "image count", 0), r = size(b, 8, "row count", 1), c = size(b, 12, "column count", 1);
        if (rows > 0 && (r != rows || c != columns))
            throw new InputException(b.at(8), rows + "x" + columns + " images", r + "x" + c);
        long bytes = (long) count * r * c;
        if (bytes > Integer.MAX_VALUE - IMAGES_HEADER)
            throw new InputException(b.at(4), "at most " + (Integer.MAX_VALUE - IMAGES_HEADER) + " pixels in all",
                    count + " images of " + r + "x" + c);
        data(b, IMAGES_HEADER, bytes, count + " images of " + r + "x" + c + " pixels");
        byte[] pixels = new byte[(int) bytes];
        System.arraycopy(b.bytes(), IMAGES_HEADER, pixels, 0, pixels.length);
        return new IdxImages(count, r, c, pixels);
    }

    /** Labels of any number and value. */
    public static IdxLabels readLabels(Path file) {
        return readLabels(file, -1, 256);
    }

    /**
     * Labels that must be {@code count} in number (one per image of the images file beside it; -1: any
     * number) and each below {@code classes}.
     */
    public static IdxLabels readLabels(Path file, int count, int classes) {
        IdxBytes b = IdxBytes.read(file);
        header(b, LABELS_MAGIC, LABELS_HEADER, "labels (magic, count)");
        int n = size(b, 4, "label count", 0);
        if (count >= 0 && n != count) throw new InputException(b.at(4), count + " labels (one per image)", n + " labels");
        data(b, LABELS_HEADER, n, n + " labels");
        byte[] labels = new byte[n];
        System.arraycopy(b.bytes(), LABELS_HEADER, labels, 0, n);
        for (int i = 0; i < n; i++)
            if ((labels[i] & 0xFF) >= classes)
                throw new InputException(b.at(LABELS_HEADER + i), "a label 0.." + (classes - 1),
                        (labels[i] & 0xFF) + " (label of sample " + i + ")");
        return new IdxLabels(labels);
    }

    private static void header(IdxBytes b, int magic, int headerBytes, String fields) {
        // The magic number first: a file of the other kind is better told as such than as a short header.
        if (b.length() >= 4 && b.int32(0) != magic)
            throw new InputException(b.at(0), "magic number " + describe(magic), describe(b.int32(0)));
        if (b.length() < headerBytes)
            throw new InputException(b.at(b.length()), "a " + headerBytes + "-byte IDX header of " + fields,
                    "end of file after " + b.length() + " bytes");
    }

    private static int size(IdxBytes b, int offset, String what, int min) {
        int n = b.int32(offset);
        if (n < min) throw new InputException(b.at(offset), what + " " + min + ".." + Integer.MAX_VALUE, Integer.toUnsignedString(n));
        return n;
    }

    private static void data(IdxBytes b, int headerBytes, long dataBytes, String what) {
        long expected = headerBytes + dataBytes;
        if (b.length() < expected)
            throw new InputException(b.at(b.length()), expected + " bytes (" + what + " after the " + headerBytes
                    + "-byte header)", "end of file after " + b.length() + " bytes");
        if (b.length() > expected)
            throw new InputException(b.at(expected), "end of file after " + expected + " bytes (" + what + ")",
                    (b.length() - expected) + " more bytes");
    }

    /** A magic number as the IDX specification reads it, e.g. {@code 2051 (0x00000803: unsigned bytes, 3 dimensions)}. */
    static String describe(int magic) {
        String hex = String.format("0x%08x", magic);
        if ((magic >>> 16) != 0) return magic + " (" + hex + ": not an IDX magic number, whose first two bytes are 0)";
        int type = (magic >>> 8) & 0xFF, dims = magic & 0xFF;
        String kind = switch (type) {
            case 0x08 -> "unsigned bytes";
            case 0x09 -> "signed bytes";
            case 0x0B -> "16-bit integers";
            case 0x0C -> "32-bit integers";
            case 0x0D -> "32-bit floats";
            case 0x0E -> "64-bit floats";
            default -> "unknown data type " + String.format("0x%02x", type);
        };
        return magic + " (" + hex + ": " + kind + ", " + dims + (dims == 1 ? " dimension)" : " dimensions)");
    }
}
