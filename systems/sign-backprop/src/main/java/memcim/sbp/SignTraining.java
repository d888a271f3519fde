package memcim.sbp;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import memcim.data.CodedSamples;

/**
 * Epochs of sign-backpropagation on one network: a seeded shuffle per epoch, one sample at a time, the test accuracy
 * and the pulses after each epoch. Single-threaded and drawing only from its own generator: same seed, same bits.
 */
public final class SignTraining {
    private SignTraining() {}

    /**
     * @param sets    SET pulses in the epoch
     * @param resets  RESET pulses in the epoch
     * @param updates samples that pulsed
     */
    public record Epoch(int epoch, double trainAccuracy, double testAccuracy, long sets, long resets, long updates, double seconds) {
        public long pulses() { return sets + resets; }
    }

    /**
     * @param anneal in epoch e each driven line of an update takes part with probability 1/e (drawn from the run's
     *               generator): the decaying learning rate of stochastic approximation, as a random mask on the word lines
     */
    public static List<Epoch> run(SignNetwork net, CodedSamples train, CodedSamples test, int epochs, boolean anneal,
                                  SplittableRandom shuffle, Consumer<Epoch> listener) {
        int n = train.size(), width = train.width();
        int[] order = new int[n];
        for (int i = 0; i < n; i++) order[i] = i;
        List<Epoch> history = new ArrayList<>();
        long start = System.nanoTime();
        byte[] codes = train.codes();
        int[] labels = train.labels();
        SplittableRandom gate = shuffle.split();
        for (int e = 1; e <= epochs; e++) {
            if (anneal) net.updateProbability(1.0 / e, gate);
            for (int i = n - 1; i > 0; i--) {
                int j = shuffle.nextInt(i + 1);
                int t = order[i]; order[i] = order[j]; order[j] = t;
            }
            long s0 = net.sets(), r0 = net.resets(), u0 = net.updates();
            int correct = 0;
            for (int k = 0; k < n; k++) {
                int s = order[k];
                if (net.train(codes, s * width, labels[s]) == labels[s]) correct++;
            }
            Epoch ep = new Epoch(e, (double) correct / n, accuracy(net, test), net.sets() - s0, net.resets() - r0, net.updates() - u0,
                    (System.nanoTime() - start) / 1e9);
            history.add(ep);
            listener.accept(ep);
        }
        return history;
    }

    public static double accuracy(SignNetwork net, CodedSamples test) {
        int width = test.width(), correct = 0;
        for (int s = 0; s < test.size(); s++) if (net.predict(test.codes(), s * width) == test.labels()[s]) correct++;
        return (double) correct / test.size();
    }
}
