package memcim.bnn;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import memcim.data.ecg.BeatSet;
import memcim.device.FeasibleDomain;
import memcim.networks.EpochStats;
import memcim.networks.MaximumAPosteriori;
import memcim.networks.Objective;
import memcim.networks.TrainingLoop;

/**
 * The two networks of the comparison, each one {@link Objective} run by the one {@link TrainingLoop}: Bayes by
 * Backprop (with the technological loss unless the settings turn it off) and the conventional MAP network, for a
 * network of the settings' shape. Each run draws only from its own seeded generator.
 */
public final class Trainer {
    private final TrainingSettings settings;
    private final Consumer<EpochStats> listener;

    public Trainer(TrainingSettings settings, Consumer<EpochStats> listener) {
        this.settings = settings;
        this.listener = listener;
    }

    /** Result of a Bayesian run: the network, the γ used by the technological loss at the end (NaN without it), history. */
    public record BayesianRun(BayesianNetwork network, double trainingGamma, List<EpochStats> history) {}

    /** Result of a conventional run. */
    public record ConventionalRun(double[] weights, List<EpochStats> history) {}

    /** @param domain the device's feasible pair domain, used by the technological loss (ignored when it is off) */
    public BayesianRun trainBayesian(BeatSet train, BeatSet validation, FeasibleDomain domain) {
        SplittableRandom rng = new SplittableRandom(settings.seed());
        BayesByBackprop bbb = new BayesByBackprop(settings, rng, domain, train.size());
        List<EpochStats> history = TrainingLoop.run(bbb, settings.loop(), rng, train, validation, listener);
        return new BayesianRun(bbb.network(), bbb.gamma(), history);
    }

    /** The conventional network: same shape and quantisation, one set of weights, the prior as L2 penalty (MAP). */
    public ConventionalRun trainConventional(BeatSet train, BeatSet validation) {
        SplittableRandom rng = new SplittableRandom(settings.seed() ^ 0x5DEECE66DL);
        MaximumAPosteriori map = new MaximumAPosteriori(settings.shape(), settings.priorSigma(), rng, train.size());
        List<EpochStats> history = TrainingLoop.run(map, settings.loop(), rng, train, validation, listener);
        return new ConventionalRun(map.weights(), history);
    }
}
