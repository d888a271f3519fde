package memcim.data.mnist;

/**
 * Labelled images of one split (e.g. MNIST's {@code t10k}): image i has label {@code labels.label(i)}.
 * {@code source} names the two files, for reports.
 */
public record MnistSet(IdxImages images, IdxLabels labels, String source) {
    public MnistSet {
        if (images.count() != labels.count())
            throw new IllegalArgumentException(images.count() + " images but " + labels.count() + " labels");
    }

    public int size() { return labels.count(); }

    /** Images per class 0..9. */
    public int[] histogram() { return labels.histogram(Mnist.CLASSES); }
}
