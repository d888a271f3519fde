package memcim.cosim.report;

/**
 * Classification and uncertainty quality of one evaluation path (software BNN, fast array model, transaction
 * co-simulation, lock-step co-simulation) on its beats: accuracy on known classes, ROC AUC of the aleatoric
 * uncertainty for correct vs wrong predictions, and of the epistemic uncertainty for known vs unseen-class beats.
 */
public record PathResult(String path, String description, int knownBeats, int unseenBeats, int samples,
                         double accuracy, double aurocAleatoric, double aurocEpistemic, double wallSeconds) {}
