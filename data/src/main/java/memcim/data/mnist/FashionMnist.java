package memcim.data.mnist;

import java.nio.file.Files;
import java.nio.file.Path;
import memcim.core.InputException;

/**
 * Fashion-MNIST (Xiao et al. 2017: 60,000 training and 10,000 test images of clothing, MNIST's layout) as Debian's
 * {@code dataset-fashion-mnist} installs it: memcim's embedded real image data, installed by {@code scripts/setup}.
 */
public final class FashionMnist {
    /** Where the Debian package puts the four IDX files. */
    public static final Path DEBIAN_DIR = Path.of("/usr/share/datasets/fashion-mnist");

    private FashionMnist() {}

    /** The package's folder, or an error naming the package to install. */
    public static Path folder() {
        if (!Files.isDirectory(DEBIAN_DIR))
            throw new InputException(DEBIAN_DIR.toString(), "Fashion-MNIST from Debian's dataset-fashion-mnist (run scripts/setup, "
                    + "or apt-get install dataset-fashion-mnist)", "no such directory");
        return DEBIAN_DIR;
    }

    public static MnistSet train() { return Mnist.train(folder()); }

    public static MnistSet test() { return Mnist.test(folder()); }
}
