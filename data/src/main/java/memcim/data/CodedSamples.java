package memcim.data;

/**
 * Samples as a crossbar network reads them: {@code width()} input codes per sample, flat ({@code codes()[i·width + j]}),
 * and a class label each. Labels from the network's trained classes up are the unseen class(es), held out of
 * training to measure epistemic uncertainty. ECG beats, MNIST images and 2-D tasks all come in this form.
 */
public interface CodedSamples {
    byte[] codes();

    int[] labels();

    /** Input codes per sample. */
    int width();

    default int size() { return labels().length; }
}
