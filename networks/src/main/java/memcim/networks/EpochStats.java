package memcim.networks;

/**
 * One epoch of training. Loss terms are per training beat: crossEntropy the mean −log p(y|x, w);
 * kl and tech the KL and technological loss sums divided by the number of training beats.
 */
public record EpochStats(int epoch, double loss, double crossEntropy, double kl, double tech, double gamma,
                         double validationAccuracy, double seconds) {}
