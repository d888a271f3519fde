package memcim.transfer.flow;

import memcim.networks.Calibration;
import memcim.networks.Metrics;
import memcim.networks.Predictions;

/**
 * What one route's network does on the test set: accuracy over the trained classes, the aleatoric AUROC (wrong
 * against correct predictions), the epistemic AUROC (inputs of no trained class against the rest) and the expected
 * calibration error, with M the network instances it averages.
 */
public record RouteFigures(String route, int instances, double accuracy, double aurocAleatoric, double aurocEpistemic,
                           double expectedCalibrationError) {
    public static RouteFigures of(String route, int instances, Predictions p, TaskData task) {
        int[] labels = task.test().labels();
        Metrics m = p.metrics(instances, task.trainedClasses(), labels);
        return new RouteFigures(route, instances, m.accuracy(), m.aurocAleatoric(), m.aurocEpistemic(),
                Calibration.expectedError(p, labels, task.trainedClasses(), Calibration.DEFAULT_BINS));
    }
}
