package memcim.bnn;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.IntStream;
import memcim.data.ecg.BeatSet;
import memcim.data.ecg.EcgClass;

/**
 * Runs a {@link SampledClassifier} over a test split and computes accuracy, uncertainty fractions and
 * AUROCs. Beats are spread over the cores in fixed chunks; every beat's result lands in its own slot,
 * so the figures do not depend on the thread count.
 */
public final class Evaluator {
    private static final int CHUNK = 64;
    private static final int[] SAMPLE_COUNTS = {1, 2, 5, 10, 20, 50, 100, 200};

    private Evaluator() {}

    public static Metrics evaluate(SampledClassifier c, BeatSet test) {
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
            Metrics mk = metrics(counts.get(k), test, prediction[k], aleatoric[k], epistemic[k], accBy, aurocBy);
            accBy.put(counts.get(k), mk.accuracy());
            aurocBy.put(counts.get(k), mk.aurocEpistemic());
            full = mk;
        }
        return new Metrics(m, full.knownBeats(), full.unseenBeats(), full.accuracy(), full.aurocAleatoric(),
                full.aurocEpistemic(), full.correctAleatoricBelowHalf(), full.wrongAleatoricAboveHalf(),
                full.unseenAleatoricAboveHalf(), full.knownEpistemicBelowHalf(), full.unseenEpistemicAboveHalf(),
                accBy, aurocBy);
    }

    private static Metrics metrics(int m, BeatSet test, int[] prediction, double[] ua, double[] ue,
                                   TreeMap<Integer, Double> accBy, TreeMap<Integer, Double> aurocBy) {
        List<Double> correctUa = new ArrayList<>(), wrongUa = new ArrayList<>(), unseenUa = new ArrayList<>();
        List<Double> knownUe = new ArrayList<>(), unseenUe = new ArrayList<>();
        for (int i = 0; i < test.size(); i++) {
            int label = test.labels()[i];
            if (label >= EcgClass.TRAINED) {
                unseenUa.add(ua[i]);
                unseenUe.add(ue[i]);
                continue;
            }
            knownUe.add(ue[i]);
            (prediction[i] == label ? correctUa : wrongUa).add(ua[i]);
        }
        int known = correctUa.size() + wrongUa.size();
        return new Metrics(m, known, unseenUe.size(), known == 0 ? Double.NaN : (double) correctUa.size() / known,
                Auroc.of(array(wrongUa), array(correctUa)), Auroc.of(array(unseenUe), array(knownUe)),
                fraction(correctUa, false), fraction(wrongUa, true), fraction(unseenUa, true),
                fraction(knownUe, false), fraction(unseenUe, true), accBy, aurocBy);
    }

    private static double[] array(List<Double> xs) {
        return xs.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Share of values above 0.5 ({@code above}) or below it. */
    private static double fraction(List<Double> xs, boolean above) {
        if (xs.isEmpty()) return Double.NaN;
        long k = xs.stream().filter(v -> above ? v > 0.5 : v < 0.5).count();
        return (double) k / xs.size();
    }
}
