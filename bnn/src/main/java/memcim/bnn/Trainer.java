package memcim.bnn;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import memcim.data.ecg.BeatSet;
import memcim.device.FeasibleDomain;

/**
 * Bayes by Backprop (Blundell et al. 2015) for the 32→16→9 network, optionally with the technological
 * loss, and the conventional network of the same shape. One weight sample per mini-batch through the
 * reparameterisation w = μ + σ·ε, σ = softplus(ρ); per mini-batch of B beats the cost is
 * (1/B)Σ −log p(y|x, w) + (KL + λ_tech·(−log U_Γ))/N, i.e. the published F divided by N. Adam.
 * Everything random comes from one seeded generator, and the loop is single-threaded, so the same seed
 * gives the same bits; beats are read from flat arrays with no allocation per beat.
 */
public final class Trainer {
    private final TrainingSettings settings;
    private final NetworkShape shape;
    private final Consumer<EpochStats> listener;

    public Trainer(TrainingSettings settings, Consumer<EpochStats> listener) {
        this.settings = settings;
        this.shape = settings.shape();
        this.listener = listener;
    }

    /** Result of a Bayesian run: the network, the γ used by the technological loss at the end (NaN without it), history. */
    public record BayesianRun(BayesianNetwork network, double trainingGamma, List<EpochStats> history) {}

    /** Result of a conventional run. */
    public record ConventionalRun(double[] weights, List<EpochStats> history) {}

    /**
     * @param domain the device's feasible pair domain, used by the technological loss (ignored when it is off)
     */
    public BayesianRun trainBayesian(BeatSet train, BeatSet validation, FeasibleDomain domain) {
        SplittableRandom rng = new SplittableRandom(settings.seed());
        int nw = shape.weights();
        double[] mu = initialWeights(rng);
        double[] rho = new double[nw];
        java.util.Arrays.fill(rho, inverseSoftplus(settings.initSigma()));
        double[] sigma = new double[nw], eps = new double[nw], w = new double[nw];
        double[] gW = new double[nw], gMu = new double[nw], gSigma = new double[nw], gRho = new double[nw];
        Adam adamMu = new Adam(nw, settings.learningRate()), adamRho = new Adam(nw, settings.learningRate());
        TechnologicalLoss tech = settings.techLoss() ? settings.technologicalLoss(domain) : null;
        Forward f = new Forward(shape, true);
        int n = train.size();
        int[] order = identity(n);
        List<EpochStats> history = new ArrayList<>();
        double gamma = Double.NaN;
        long start = System.nanoTime();
        for (int epoch = 1; epoch <= settings.epochs(); epoch++) {
            softplus(rho, sigma);
            if (tech != null) {
                // γ follows the network: a full grid search first, then a narrow one around the last value
                gamma = Double.isNaN(gamma) ? GammaSearch.best(mu, sigma, domain)
                        : GammaSearch.best(mu, sigma, domain, gamma, -0.05, 0.05, 11);
            }
            shuffle(order, rng);
            double ceSum = 0, klSum = 0, techSum = 0;
            int batches = 0;
            for (int b0 = 0; b0 < n; b0 += settings.batchSize()) {
                int b1 = Math.min(n, b0 + settings.batchSize());
                softplus(rho, sigma);
                for (int i = 0; i < nw; i++) {
                    eps[i] = rng.nextGaussian();
                    w[i] = mu[i] + sigma[i] * eps[i];
                }
                ceSum += batchGradient(f, w, train, order, b0, b1, gW);
                double kl = 0;
                for (int i = 0; i < nw; i++) {
                    kl += GaussianKl.value(mu[i], sigma[i], settings.priorSigma());
                    gMu[i] = gW[i] + GaussianKl.dMu(mu[i], settings.priorSigma()) / n;
                    gSigma[i] = gW[i] * eps[i] + GaussianKl.dSigma(sigma[i], settings.priorSigma()) / n;
                }
                klSum += kl / n;
                if (tech != null) techSum += tech.accumulate(mu, sigma, gamma, gMu, gSigma, settings.techWeight() / n)
                        * settings.techWeight() / n;
                for (int i = 0; i < nw; i++) gRho[i] = gSigma[i] * sigmoid(rho[i]);
                adamMu.step(mu, gMu);
                adamRho.step(rho, gRho);
                batches++;
            }
            softplus(rho, sigma);
            BayesianNetwork net = new BayesianNetwork(shape, mu.clone(), sigma.clone());
            double valAcc = validation.size() == 0 ? Double.NaN
                    : Evaluator.evaluate(WeightSamples.draw(net, 10, settings.seed() + epoch), validation).accuracy();
            EpochStats s = new EpochStats(epoch, (ceSum + klSum + techSum) / batches, ceSum / batches, klSum / batches,
                    techSum / batches, gamma, valAcc, (System.nanoTime() - start) / 1e9);
            history.add(s);
            listener.accept(s);
        }
        softplus(rho, sigma);
        return new BayesianRun(new BayesianNetwork(shape, mu, sigma.clone()), gamma, history);
    }

    /** The conventional network: same shape and quantisation, one set of weights, the prior as L2 penalty (MAP). */
    public ConventionalRun trainConventional(BeatSet train, BeatSet validation) {
        SplittableRandom rng = new SplittableRandom(settings.seed() ^ 0x5DEECE66DL);
        int nw = shape.weights();
        double[] w = initialWeights(rng);
        double[] g = new double[nw];
        Adam adam = new Adam(nw, settings.learningRate());
        Forward f = new Forward(shape, true);
        int n = train.size();
        int[] order = identity(n);
        List<EpochStats> history = new ArrayList<>();
        long start = System.nanoTime();
        double priorPrecision = 1 / (settings.priorSigma() * settings.priorSigma());
        for (int epoch = 1; epoch <= settings.epochs(); epoch++) {
            shuffle(order, rng);
            double ceSum = 0, l2Sum = 0;
            int batches = 0;
            for (int b0 = 0; b0 < n; b0 += settings.batchSize()) {
                int b1 = Math.min(n, b0 + settings.batchSize());
                ceSum += batchGradient(f, w, train, order, b0, b1, g);
                double l2 = 0;
                for (int i = 0; i < nw; i++) {
                    l2 += 0.5 * priorPrecision * w[i] * w[i] / n;
                    g[i] += priorPrecision * w[i] / n;
                }
                l2Sum += l2;
                adam.step(w, g);
                batches++;
            }
            double valAcc = validation.size() == 0 ? Double.NaN
                    : Evaluator.evaluate(WeightSamples.single(shape, w.clone()), validation).accuracy();
            EpochStats s = new EpochStats(epoch, (ceSum + l2Sum) / batches, ceSum / batches, l2Sum / batches, 0,
                    Double.NaN, valAcc, (System.nanoTime() - start) / 1e9);
            history.add(s);
            listener.accept(s);
        }
        return new ConventionalRun(w, history);
    }

    /** Mean cross-entropy of beats order[b0..b1) for weights w; its gradient (mean over the batch) into g. */
    private static double batchGradient(Forward f, double[] w, BeatSet train, int[] order, int b0, int b1, double[] g) {
        java.util.Arrays.fill(g, 0);
        double scale = 1.0 / (b1 - b0), ce = 0;
        for (int k = b0; k < b1; k++) {
            int row = order[k];
            f.run(w, train.codes(), row);
            ce += f.backward(w, train.codes(), row, train.labels()[row], g, scale) * scale;
        }
        return ce;
    }

    /** He-like initial means: pre-activations of a few hidden steps for typical 3-bit inputs. */
    private double[] initialWeights(SplittableRandom rng) {
        double[] w = new double[shape.weights()];
        double std1 = 2 * shape.hiddenStep() / (3.5 * Math.sqrt(shape.inputs()));
        double std2 = 2.0 / (3.0 * Math.sqrt(shape.hidden()));
        for (int i = 0; i < w.length; i++) w[i] = rng.nextGaussian() * (i < shape.weights1() ? std1 : std2);
        return w;
    }

    static double softplus(double x) {
        return x > 30 ? x : Math.log1p(Math.exp(x));
    }

    static double inverseSoftplus(double y) {
        return y > 30 ? y : Math.log(Math.expm1(y));
    }

    static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    private static void softplus(double[] rho, double[] sigma) {
        for (int i = 0; i < rho.length; i++) sigma[i] = softplus(rho[i]);
    }

    private static int[] identity(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) a[i] = i;
        return a;
    }

    private static void shuffle(int[] a, SplittableRandom rng) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = a[i]; a[i] = a[j]; a[j] = t;
        }
    }
}
