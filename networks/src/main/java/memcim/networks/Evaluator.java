package memcim.networks;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.IntStream;
import memcim.data.CodedSamples;

/**
 * Runs a {@link SampledClassifier} over a test split and computes accuracy, uncertainty fractions and
 * AUROCs. Beats are spread over the cores in fixed chunks; every beat's result lands in its own slot,
 * so the figures do not depend on the thread count.
 */
public final class Evaluator {
    private static final int CHUNK = 64;
    private static final int[] SAMPLE_COUNTS = {1, 2, 5, 10, 20, 50, 100, 200};

    private Evaluator() {}

    public static Metrics evaluate(SampledClassifier c, CodedSamples test) {
        int m = c.samples();
        List<Integer> counts = new ArrayList<>();
        for (int k : SAMPLE_COUNTS) if (k < m) counts.add(k);
        counts.add(m);
        int n = test.size(), classes = c.shape().outputs();
        int[][] prediction = new int[counts.size()][n];
        double[][] aleatoric = new double[counts.size()][n];
        double[][] epistemic = new double[counts.size()][n];
        IntStream.range(0, (n + CHUNK - 1) / CHUNK).parallel().forEach(chunk -> {
            SampledClassifier.Worker w = c.worker();
            double[][] probs = new double[m][classes];
            double[] mean = new double[classes];
            for (int i = chunk * CHUNK; i < Math.min(n, (chunk + 1) * CHUNK); i++) {
                for (int s = 0; s < m; s++) w.probabilities(s, test.codes(), i, probs[s]);
                for (int k = 0; k < counts.size(); k++) {
                    Uncertainty u = Uncertainty.of(probs, counts.get(k), mean);
                    prediction[k][i] = u.prediction();
                    aleatoric[k][i] = u.aleatoric();
                    epistemic[k][i] = u.epistemic();
                }
            }
        });
        TreeMap<Integer, Double> accBy = new TreeMap<>(), aurocBy = new TreeMap<>();
        Metrics full = null;
        for (int k = 0; k < counts.size(); k++) {
            Metrics mk = Metrics.of(counts.get(k), classes, test.labels(), prediction[k], aleatoric[k], epistemic[k]);
            accBy.put(counts.get(k), mk.accuracy());
            aurocBy.put(counts.get(k), mk.aurocEpistemic());
            full = mk;
        }
        return full.withSampleSweep(accBy, aurocBy);
    }

}
