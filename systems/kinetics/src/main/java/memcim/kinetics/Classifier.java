package memcim.kinetics;

/** What {@link KineticTraining} trains: a flat parameter vector, a mini-batch's loss and gradient, one input's logits. */
public interface Classifier {
    double[] parameters();

    /** Mean cross-entropy of a training mini-batch, its gradient into {@code grad} (overwritten). */
    double batch(double[][] inputs, int[] labels, double[] grad);

    /** The same loss, no gradient, nothing updated (for checks). */
    double trainingLoss(double[][] inputs, int[] labels);

    /** One input's logits in prediction mode. */
    double[] logits(double[] input);

    int parameterCount();

    long macsPerInference();
}
