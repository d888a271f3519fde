package memcim.networks;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import memcim.data.CodedSamples;

/**
 * The one training loop: epochs, a seeded shuffle per epoch, mini-batches, an optimiser per parameter vector,
 * validation after each epoch, the history and progress. Single-threaded and drawing only from the run's
 * generator, so the same seed gives the same bits; beats are read from flat arrays, nothing allocated per beat.
 */
public final class TrainingLoop {
    private TrainingLoop() {}

    public static List<EpochStats> run(Objective objective, LoopSettings settings, SplittableRandom rng, CodedSamples train,
                                       CodedSamples validation, Consumer<EpochStats> listener) {
        double[][] params = objective.parameters();
        double[][] grads = new double[params.length][];
        Optimiser[] optimisers = new Optimiser[params.length];
        Optimiser.Kind kind = Optimiser.Kind.parse(settings.optimiser(), "settings.optimiser");
        for (int p = 0; p < params.length; p++) {
            grads[p] = new double[params[p].length];
            optimisers[p] = kind.create(params[p].length, settings.learningRate());
        }
        int n = train.size();
        int[] order = new int[n];
        for (int i = 0; i < n; i++) order[i] = i;
        List<EpochStats> history = new ArrayList<>();
        long start = System.nanoTime();
        for (int epoch = 1; epoch <= settings.epochs(); epoch++) {
            objective.beginEpoch(epoch);
            shuffle(order, rng);
            double ce = 0, reg = 0, tech = 0;
            int batches = 0;
            for (int b0 = 0; b0 < n; b0 += settings.batchSize()) {
                int b1 = Math.min(n, b0 + settings.batchSize());
                Objective.Terms t = objective.batch(train, order, b0, b1, grads);
                ce += t.crossEntropy();
                reg += t.regulariser();
                tech += t.tech();
                for (int p = 0; p < params.length; p++) optimisers[p].step(params[p], grads[p]);
                batches++;
            }
            double valAcc = validation.size() == 0 ? Double.NaN
                    : Evaluator.evaluate(objective.validation(epoch), validation).accuracy();
            EpochStats s = new EpochStats(epoch, (ce + reg + tech) / batches, ce / batches, reg / batches,
                    tech / batches, objective.gamma(), valAcc, (System.nanoTime() - start) / 1e9);
            history.add(s);
            listener.accept(s);
        }
        return history;
    }

    private static void shuffle(int[] a, SplittableRandom rng) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = a[i]; a[i] = a[j]; a[j] = t;
        }
    }
}
