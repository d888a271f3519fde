package memcim.data.mnist;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import memcim.core.InputException;

/**
 * MNIST (and Fashion-MNIST, which has the same layout) in a directory of the distributed files:
 * {@code PREFIX-images-idx3-ubyte} and {@code PREFIX-labels-idx1-ubyte}, each either as it is or with
 * {@code .gz} appended, for the prefixes {@code train} and {@code t10k} (any other prefix works the same
 * way, e.g. a {@code train10k} subset). On top of the IDX checks it requires 28×28 images, labels 0–9
 * and as many labels as images; every violation is an {@link InputException} naming file and byte offset.
 */
public final class Mnist {
    public static final String TRAIN = "train";
    public static final String TEST = "t10k";
    public static final int SIDE = 28;
    public static final int CLASSES = 10;
    private static final String IMAGES = "-images-idx3-ubyte";
    private static final String LABELS = "-labels-idx1-ubyte";

    private Mnist() {}

    public static MnistSet train(Path dir) { return read(dir, TRAIN); }

    /**
     * The training images of {@code dir}: {@code train} when it is there, else the first prefix that starts with it
     * (a subset such as {@code train10k}, as {@code ../shared/data/mnist} holds).
     */
    public static MnistSet training(Path dir) {
        List<String> prefixes = prefixes(dir);
        String p = prefixes.contains(TRAIN) ? TRAIN : prefixes.stream().filter(x -> x.startsWith(TRAIN)).findFirst()
                .orElseThrow(() -> new InputException(dir.toString(), "MNIST training files (" + TRAIN + IMAGES + "[.gz] or a "
                        + TRAIN + "... subset)", "prefixes " + prefixes));
        return read(dir, p);
    }

    public static MnistSet test(Path dir) { return read(dir, TEST); }

    /** The images and labels of {@code prefix} in {@code dir}. */
    public static MnistSet read(Path dir, String prefix) {
        Path imageFile = find(dir, prefix + IMAGES), labelFile = find(dir, prefix + LABELS);
        IdxImages images = IdxReader.readImages(imageFile, SIDE, SIDE);
        IdxLabels labels = IdxReader.readLabels(labelFile, images.count(), CLASSES);
        return new MnistSet(images, labels, imageFile.getFileName() + ", " + labelFile.getFileName());
    }

    /** The prefixes in {@code dir} that have an images file, in name order (e.g. {@code t10k, train}). */
    public static List<String> prefixes(Path dir) {
        requireDirectory(dir);
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(IMAGES) || n.endsWith(IMAGES + ".gz"))
                    .map(n -> n.substring(0, n.lastIndexOf(IMAGES))).distinct().sorted().toList();
        } catch (IOException e) {
            throw new InputException(dir.toString(), "a readable directory", e.getMessage());
        }
    }

    /** {@code dir/NAME}, else {@code dir/NAME.gz}: the names MNIST is distributed under, gunzipped or not. */
    static Path find(Path dir, String name) {
        requireDirectory(dir);
        for (Path p : List.of(dir.resolve(name), dir.resolve(name + ".gz"))) if (Files.isRegularFile(p)) return p;
        throw new InputException(dir.resolve(name).toString(), "an IDX file " + name + " or " + name + ".gz", "neither");
    }

    private static void requireDirectory(Path dir) {
        if (!Files.isDirectory(dir)) throw new InputException(dir.toString(), "a directory of MNIST IDX files", "no such directory");
    }
}
