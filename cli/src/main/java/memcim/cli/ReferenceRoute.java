package memcim.cli;

import memcim.bnn.ModelEvaluation;
import memcim.bnn.ModelTraining;
import memcim.bnn.ProgrammedNetwork;
import memcim.bnn.TrainingSettings;
import memcim.core.Progress;
import memcim.data.ecg.EcgDataset;
import memcim.device.CellTarget;
import memcim.device.DeviceCard;
import memcim.device.DeviceModel;
import memcim.device.FeasiblePoint;
import memcim.mapping.DifferentialPair;
import memcim.networks.Predictions;
import memcim.transfer.flow.RouteFigures;
import memcim.transfer.flow.TaskData;
import memcim.transfer.plan.ProgrammingCost;

/**
 * Route (c) of the transfer comparison on the ECG task: the reference chip's own route, trained and programmed by
 * the bayesian-ecg system on the very beats the transfer used (Bayes by Backprop with the technological loss, its
 * defaults; every instance's cells programmed once at the compliances of their Gaussian's feasible point). The
 * command joins the two systems, so neither imports the other.
 */
final class ReferenceRoute {
    static final String NAME = "(c) reference chip route (BBB + tech. loss)";

    record Outcome(RouteFigures figures, ProgrammingCost cost) {}

    private ReferenceRoute() {}

    static Outcome run(EcgDataset data, TaskData task, DeviceCard card, int instances, long seed) {
        TrainingSettings settings = TrainingSettings.defaults(seed);
        ModelTraining.Result trained;
        try (Progress bnn = new Progress("  (c) bayes by backprop", settings.epochs());
             Progress conv = new Progress("  (c) conventional", settings.epochs())) {
            trained = ModelTraining.train(data, card, settings, e -> bnn.step(), e -> conv.step());
        }
        ProgrammedNetwork chip = ModelEvaluation.program(trained.model(), card, instances, seed);
        RouteFigures figures = RouteFigures.of(NAME, instances, Predictions.of(chip, task.test()), task);
        FeasiblePoint[] points = trained.model().mapping().points();
        double[] perInstance = new double[points.length * DifferentialPair.CELLS];
        for (int q = 0; q < points.length; q++) {
            CellTarget[] pair = DifferentialPair.compliances(points[q]);
            for (int c = 0; c < pair.length; c++) perInstance[q * pair.length + c] = ((CellTarget.Compliance) pair[c]).amps();
        }
        double[][] amps = new double[instances][];
        for (int r = 0; r < instances; r++) amps[r] = perInstance;
        return new Outcome(figures, ProgrammingCost.singleSet(NAME, new DeviceModel(card), amps));
    }
}
