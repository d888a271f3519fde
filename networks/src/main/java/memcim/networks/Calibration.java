package memcim.networks;

/**
 * Expected calibration error (Guo et al. 2017): predictions binned by confidence into {@code bins} equal-width bins
 * of [0, 1]; ECE = Σ_b (n_b/n)·|accuracy_b − mean confidence_b|. Samples of unseen classes (label ≥ trained classes)
 * have no correct answer and are left out.
 */
public final class Calibration {
    public static final int DEFAULT_BINS = 15;

    private Calibration() {}

    public static double expectedError(Predictions p, int[] labels, int trainedClasses, int bins) {
        if (bins < 1) throw new IllegalArgumentException("bins " + bins);
        double[] confidence = new double[bins];
        int[] correct = new int[bins], count = new int[bins];
        int n = 0;
        for (int i = 0; i < p.size(); i++) {
            if (labels[i] >= trainedClasses) continue;
            int b = Math.min(bins - 1, (int) (p.confidence()[i] * bins));
            count[b]++;
            confidence[b] += p.confidence()[i];
            if (p.prediction()[i] == labels[i]) correct[b]++;
            n++;
        }
        if (n == 0) return Double.NaN;
        double ece = 0;
        for (int b = 0; b < bins; b++) {
            if (count[b] == 0) continue;
            ece += Math.abs((double) correct[b] / count[b] - confidence[b] / count[b]) * count[b] / n;
        }
        return ece;
    }
}
