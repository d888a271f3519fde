package memcim.networks;

import java.util.stream.IntStream;
import memcim.data.CodedSamples;

/**
 * What M network samples predict for every sample of a set, kept per sample (for maps and calibration): the mean
 * softmax over the samples, its class and confidence, and the uncertainty decomposition ({@link Uncertainty}).
 * Samples are spread over the cores in fixed chunks, each result in its own slot: the same whatever the cores.
 *
 * @param meanProbabilities {@code [sample][class]}
 */
public record Predictions(int[] prediction, double[] confidence, double[] aleatoric, double[] epistemic,
                          double[][] meanProbabilities) {
    private static final int CHUNK = 64;

    public static Predictions of(SampledClassifier c, CodedSamples set) {
        int m = c.samples(), n = set.size(), classes = c.shape().outputs();
        int[] prediction = new int[n];
        double[] confidence = new double[n], aleatoric = new double[n], epistemic = new double[n];
        double[][] mean = new double[n][];
        IntStream.range(0, (n + CHUNK - 1) / CHUNK).parallel().forEach(chunk -> {
            SampledClassifier.Worker w = c.worker();
            double[][] probs = new double[m][classes];
            for (int i = chunk * CHUNK; i < Math.min(n, (chunk + 1) * CHUNK); i++) {
                for (int s = 0; s < m; s++) w.probabilities(s, set.codes(), i, probs[s]);
                mean[i] = new double[classes];
                Uncertainty u = Uncertainty.of(probs, m, mean[i]);
                prediction[i] = u.prediction();
                confidence[i] = mean[i][u.prediction()];
                aleatoric[i] = u.aleatoric();
                epistemic[i] = u.epistemic();
            }
        });
        return new Predictions(prediction, confidence, aleatoric, epistemic, mean);
    }

    public int size() { return prediction.length; }

    /** The metrics of these predictions against the set's labels (labels from {@code trainedClasses} up are unseen). */
    public Metrics metrics(int samples, int trainedClasses, int[] labels) {
        return Metrics.of(samples, trainedClasses, labels, prediction, aleatoric, epistemic);
    }

    /** Share of samples whose predicted class is the same in both. */
    public double agreement(Predictions other) {
        check(other);
        int same = 0;
        for (int i = 0; i < size(); i++) if (prediction[i] == other.prediction[i]) same++;
        return (double) same / size();
    }

    /** Mean |U_e − U_e'| over the samples, nats. */
    public double epistemicDifference(Predictions other) {
        check(other);
        double d = 0;
        for (int i = 0; i < size(); i++) d += Math.abs(epistemic[i] - other.epistemic[i]);
        return d / size();
    }

    /** Mean |U_a − U_a'| over the samples, nats. */
    public double aleatoricDifference(Predictions other) {
        check(other);
        double d = 0;
        for (int i = 0; i < size(); i++) d += Math.abs(aleatoric[i] - other.aleatoric[i]);
        return d / size();
    }

    private void check(Predictions other) {
        if (other.size() != size()) throw new IllegalArgumentException(other.size() + " predictions against " + size());
    }
}
