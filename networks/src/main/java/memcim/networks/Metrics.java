package memcim.networks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What an evaluation measures on a test split, computed in one place ({@link #of}) for every path: the software
 * and programmed networks ({@link Evaluator}) and the chip's co-simulated paths alike. Accuracy is over beats of
 * the trained classes. aurocAleatoric: U_a separating wrong from correct predictions of known beats;
 * aurocEpistemic: U_e separating unseen-class beats from known beats. Fractions use the published threshold 0.5
 * (nats). {@code accuracyBySamples} and {@code aurocEpistemicBySamples}: the same with the first M samples only.
 */
public record Metrics(int samples, int knownBeats, int unseenBeats, double accuracy, double aurocAleatoric,
                      double aurocEpistemic, double correctAleatoricBelowHalf, double wrongAleatoricAboveHalf,
                      double unseenAleatoricAboveHalf, double knownEpistemicBelowHalf, double unseenEpistemicAboveHalf,
                      Map<Integer, Double> accuracyBySamples, Map<Integer, Double> aurocEpistemicBySamples) {

    /**
     * The metrics of per-beat predictions and uncertainties (nats) against labels; labels from
     * {@code trainedClasses} up are the unseen class. NaN where a group is empty. No sweep over M (see {@link #withSampleSweep}).
     */
    public static Metrics of(int samples, int trainedClasses, int[] labels, int[] prediction, double[] ua, double[] ue) {
        List<Double> correctUa = new ArrayList<>(), wrongUa = new ArrayList<>(), unseenUa = new ArrayList<>();
        List<Double> knownUe = new ArrayList<>(), unseenUe = new ArrayList<>();
        for (int i = 0; i < labels.length; i++) {
            int label = labels[i];
            if (label >= trainedClasses) {
                unseenUa.add(ua[i]);
                unseenUe.add(ue[i]);
                continue;
            }
            knownUe.add(ue[i]);
            (prediction[i] == label ? correctUa : wrongUa).add(ua[i]);
        }
        int known = correctUa.size() + wrongUa.size();
        return new Metrics(samples, known, unseenUe.size(), known == 0 ? Double.NaN : (double) correctUa.size() / known,
                Auroc.of(array(wrongUa), array(correctUa)), Auroc.of(array(unseenUe), array(knownUe)),
                fraction(correctUa, false), fraction(wrongUa, true), fraction(unseenUa, true),
                fraction(knownUe, false), fraction(unseenUe, true), Map.of(), Map.of());
    }

    /** The same metrics with accuracy and epistemic AUROC for the first M samples. */
    public Metrics withSampleSweep(Map<Integer, Double> accuracyBySamples, Map<Integer, Double> aurocEpistemicBySamples) {
        return new Metrics(samples, knownBeats, unseenBeats, accuracy, aurocAleatoric, aurocEpistemic,
                correctAleatoricBelowHalf, wrongAleatoricAboveHalf, unseenAleatoricAboveHalf, knownEpistemicBelowHalf,
                unseenEpistemicAboveHalf, accuracyBySamples, aurocEpistemicBySamples);
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
