package memcim.bnn;

import java.util.Map;

/**
 * What {@link Evaluator} measures on a test split. Accuracy is over beats of the trained classes.
 * aurocAleatoric: U_a separating wrong from correct predictions of known beats; aurocEpistemic: U_e
 * separating unseen-class beats from known beats. Fractions use the published threshold 0.5 (nats).
 * {@code accuracyBySamples} and {@code aurocEpistemicBySamples}: the same with the first M samples only.
 */
public record Metrics(int samples, int knownBeats, int unseenBeats, double accuracy, double aurocAleatoric,
                      double aurocEpistemic, double correctAleatoricBelowHalf, double wrongAleatoricAboveHalf,
                      double unseenAleatoricAboveHalf, double knownEpistemicBelowHalf, double unseenEpistemicAboveHalf,
                      Map<Integer, Double> accuracyBySamples, Map<Integer, Double> aurocEpistemicBySamples) {}
