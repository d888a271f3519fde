package memcim.bnn;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import memcim.core.InputException;
import memcim.data.ecg.BeatSet;
import memcim.data.ecg.EcgClass;
import memcim.data.ecg.EcgDataset;
import memcim.device.DeviceCard;
import memcim.device.DeviceModel;
import memcim.device.PairDomain;
import memcim.networks.EpochStats;
import memcim.networks.NetworkShape;

/**
 * The whole training job: the Bayesian network (with or without the technological loss of the card),
 * the conventional baseline, and the mapping onto the card's feasible two-cell domain.
 */
public final class ModelTraining {
    private ModelTraining() {}

    /** A trained model and its training history (times included: they go to the report, not the model). */
    public record Result(ModelFile model, List<EpochStats> bayesian, List<EpochStats> conventional) {
        /** Epochs per second of the Bayesian run. */
        public double bayesianEpochsPerSecond() {
            return bayesian.size() / bayesian.get(bayesian.size() - 1).seconds();
        }

        public double conventionalEpochsPerSecond() {
            return conventional.size() / conventional.get(conventional.size() - 1).seconds();
        }

        public Map<String, Object> report() {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("generator", model.generator());
            r.put("deviceCard", model.deviceCard());
            r.put("dataSource", model.dataSource());
            r.put("settings", model.settings());
            r.put("gammaSiemens", model.gammaSiemens());
            r.put("mappingKlNats", model.mappingKlNats());
            r.put("bayesianEpochsPerSecond", bayesianEpochsPerSecond());
            r.put("conventionalEpochsPerSecond", conventionalEpochsPerSecond());
            r.put("bayesianHistory", bayesian);
            r.put("conventionalHistory", conventional);
            return r;
        }
    }

    /**
     * The data's side of a network: its inputs are the beat features and its outputs the trained classes.
     * {@code where} names the setting in the error (an option, a file).
     */
    public static void checkFits(NetworkShape shape, String where) {
        if (shape.inputs() != BeatSet.WIDTH || shape.outputs() != EcgClass.TRAINED)
            throw new InputException(where, BeatSet.WIDTH + " inputs (the beat features) and " + EcgClass.TRAINED
                    + " outputs (the trained classes), e.g. " + BeatSet.WIDTH + ",16," + EcgClass.TRAINED, shape.describe());
    }

    public static Result train(EcgDataset data, DeviceCard card, TrainingSettings settings,
                               Consumer<EpochStats> bayesianProgress, Consumer<EpochStats> conventionalProgress) {
        checkFits(settings.shape(), "network layers");
        data.requireTraining(data.source());
        DeviceModel device = new DeviceModel(card);
        PairDomain domain = PairDomain.of(device, settings.conditionsPerCell());
        int k = settings.ensembleSize();
        List<BayesianNetwork> members = new java.util.ArrayList<>();
        List<EpochStats> history = new java.util.ArrayList<>();
        double trainingGamma = Double.NaN;
        for (int m = 0; m < k; m++) {
            TrainingSettings own = settings.forMember(m);
            BeatSet train = k == 1 ? data.train() : bootstrap(data.train(), own.seed());
            Trainer.BayesianRun bnn = new Trainer(own, bayesianProgress).trainBayesian(train, data.validation(), domain);
            members.add(bnn.network());
            if (m == 0) {
                history.addAll(bnn.history());
                trainingGamma = bnn.trainingGamma();
            }
        }
        BayesianEnsemble ensemble = new BayesianEnsemble(members);
        Trainer.ConventionalRun conv = new Trainer(settings, conventionalProgress).trainConventional(data.train(), data.validation());
        DeviceMapping mapping = DeviceMapping.map(ensemble, domain);
        ModelFile model = ModelFile.of(card.name(), data.source(), data.seed(), settings, ensemble, conv.weights(), mapping, trainingGamma);
        return new Result(model, history, conv.history());
    }

    /** As many beats as the set holds, drawn with replacement by the seed: each member of an ensemble sees its own. */
    static BeatSet bootstrap(BeatSet train, long seed) {
        java.util.SplittableRandom rng = new java.util.SplittableRandom(seed ^ 0xB0075L);
        int[] rows = new int[train.size()];
        for (int i = 0; i < rows.length; i++) rows[i] = rng.nextInt(train.size());
        return train.subset(rows);
    }
}
