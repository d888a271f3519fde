package memcim.kinetics;

import java.util.SplittableRandom;
import java.util.function.Consumer;
import memcim.core.InputException;
import memcim.networks.Optimiser;

/**
 * Mini-batch training of a {@link KineticClassifier}: a seeded shuffle per epoch, Adam over all its parameters (α, β
 * and the head together), the test accuracy and the learnt α, β after every epoch. Single-threaded and drawing only from
 * the run's generator: the same seed gives the same bits.
 */
public final class KineticTraining {
    private KineticTraining() {}

    /**
     * @param spread device-to-device σ of α and β per step, drawn afresh for every mini-batch (hardware-aware
     *               training); null for ideal devices
     */
    public record Settings(int epochs, int batchSize, double learningRate, long seed, Spread spread) {
        public Settings {
            if (epochs < 1) throw new InputException("--epochs", ">= 1", String.valueOf(epochs));
            if (batchSize < 2) throw new InputException("batch size", ">= 2 (batch normalisation)", String.valueOf(batchSize));
            if (!(learningRate > 0)) throw new InputException("learning rate", "> 0", String.valueOf(learningRate));
        }
    }

    /** σ of α and β per step from device to device. */
    public record Spread(double sigmaAlpha, double sigmaBeta) {
        /** The authors' noisy simulation: σ = 0.01873·5.1 and 0.05411·5.1 per step. */
        public static Spread authors() { return new Spread(0.01873 * 5.1, 0.05411 * 5.1); }

        public KineticClassifier.Devices draw(int rows, SplittableRandom rng) {
            return KineticClassifier.Devices.draw(rows, sigmaAlpha, sigmaBeta, rng);
        }
    }

    /** One epoch's record. */
    public record Epoch(int epoch, double loss, double testAccuracy, double alpha, double beta, double seconds) {}

    public static java.util.List<Epoch> train(Classifier net, Sequences train, Sequences test, Settings s, Consumer<Epoch> listener) {
        KineticClassifier kinetic = net instanceof KineticClassifier k && k.kinetic() ? k : null;
        double[] p = net.parameters(), grad = new double[p.length];
        Optimiser adam = Optimiser.Kind.ADAM.create(p.length, s.learningRate());
        SplittableRandom rng = new SplittableRandom(s.seed()), devices = new SplittableRandom(s.seed() ^ 0x9E3779B97F4A7C15L);
        int n = train.size();
        int[] order = new int[n];
        for (int i = 0; i < n; i++) order[i] = i;
        java.util.List<Epoch> history = new java.util.ArrayList<>();
        long start = System.nanoTime();
        for (int e = 1; e <= s.epochs(); e++) {
            for (int i = n - 1; i > 0; i--) {
                int j = rng.nextInt(i + 1), t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            double loss = 0;
            int batches = 0;
            for (int b0 = 0; b0 + 1 < n; b0 += s.batchSize()) {
                int b1 = Math.min(n, b0 + s.batchSize());
                if (b1 - b0 < 2) break;   // a last batch of one has no variance to normalise by
                double[][] x = new double[b1 - b0][];
                int[] y = new int[b1 - b0];
                for (int k = b0; k < b1; k++) {
                    x[k - b0] = train.input(order[k]);
                    y[k - b0] = train.label(order[k]);
                }
                loss += kinetic == null ? net.batch(x, y, grad)
                        : kinetic.batch(x, y, grad, s.spread() == null ? null : s.spread().draw(kinetic.rows(), devices));
                adam.step(p, grad);
                if (kinetic != null) p[0] = Math.max(0, p[0]);   // α is a relaxation rate: a negative one is no device
                batches++;
            }
            Epoch ep = new Epoch(e, loss / batches, accuracy(net, test), kinetic == null ? Double.NaN : kinetic.alpha(),
                    kinetic == null ? Double.NaN : kinetic.beta(), (System.nanoTime() - start) / 1e9);
            history.add(ep);
            listener.accept(ep);
        }
        return history;
    }

    public static double accuracy(Classifier net, Sequences test) {
        int right = 0;
        for (int i = 0; i < test.size(); i++) {
            double[] logits = net.logits(test.input(i));
            int best = 0;
            for (int k = 1; k < logits.length; k++) if (logits[k] > logits[best]) best = k;
            if (best == test.label(i)) right++;
        }
        return (double) right / test.size();
    }

    /** Test accuracy on these devices (null: ideal). */
    public static double accuracy(KineticClassifier net, Sequences test, KineticClassifier.Devices devices) {
        int right = 0;
        for (int i = 0; i < test.size(); i++) {
            double[] logits = net.logits(test.input(i), devices);
            int best = 0;
            for (int k = 1; k < logits.length; k++) if (logits[k] > logits[best]) best = k;
            if (best == test.label(i)) right++;
        }
        return (double) right / test.size();
    }

    /** Accuracy on {@code chips} chips, each a fresh draw of the spread: mean and sample standard deviation. */
    public static double[] chipAccuracy(KineticClassifier net, Sequences test, Spread spread, int chips, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] a = new double[chips];
        double m = 0;
        for (int c = 0; c < chips; c++) m += (a[c] = accuracy(net, test, spread.draw(net.rows(), rng))) / chips;
        double v = 0;
        for (double x : a) v += (x - m) * (x - m);
        return new double[]{m, chips > 1 ? Math.sqrt(v / (chips - 1)) : 0};
    }

    /**
     * Accuracy on {@code chips} whole chips: each a fresh draw of the α/β spread and a fresh programming of the head's
     * weights ({@link ProgrammedHead}, read {@code seconds} after programming); mean and sample standard deviation.
     */
    public static double[] chipAccuracy(KineticClassifier net, Sequences test, Spread spread, ProgrammedHead head, double seconds,
                                        int chips, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] a = new double[chips];
        double m = 0;
        for (int c = 0; c < chips; c++) {
            KineticClassifier programmed = head.programmed(net, seconds, seed * 1_000_003L + c);
            m += (a[c] = accuracy(programmed, test, spread.draw(net.rows(), rng))) / chips;
        }
        double v = 0;
        for (double x : a) v += (x - m) * (x - m);
        return new double[]{m, chips > 1 ? Math.sqrt(v / (chips - 1)) : 0};
    }

    /** Confusion matrix [true][predicted] on ideal devices. */
    public static int[][] confusion(KineticClassifier net, Sequences test, int classes) {
        int[][] c = new int[classes][classes];
        for (int i = 0; i < test.size(); i++) {
            double[] logits = net.logits(test.input(i));
            int best = 0;
            for (int k = 1; k < logits.length; k++) if (logits[k] > logits[best]) best = k;
            c[test.label(i)][best]++;
        }
        return c;
    }
}
