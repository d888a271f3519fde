package memcim.bnn;

import java.util.Arrays;
import java.util.SplittableRandom;
import memcim.data.CodedSamples;
import memcim.device.FeasibleDomain;
import memcim.mapping.GammaSearch;
import memcim.networks.Forward;
import memcim.networks.NetworkShape;
import memcim.networks.Objective;
import memcim.networks.SampledClassifier;

/**
 * Bayes by Backprop (Blundell et al. 2015), optionally with the technological loss: one weight sample per
 * mini-batch through the reparameterisation w = μ + σ·ε, σ = softplus(ρ); per mini-batch of B beats the cost is
 * (1/B)Σ −log p(y|x, w) + (KL + λ_tech·(−log U_Γ))/N, i.e. the published F divided by N. The parameters are μ
 * and ρ. Every draw comes from the run's one generator (ε after the loop's shuffle), so a seed fixes the run.
 */
final class BayesByBackprop implements Objective {
    private final TrainingSettings settings;
    private final NetworkShape shape;
    private final SplittableRandom rng;
    private final FeasibleDomain domain;
    private final TechnologicalLoss tech;
    private final int trainingBeats;
    private final Forward forward;
    private final double[] mu, rho, sigma, eps, w, gW, gSigma;
    private double gamma = Double.NaN;

    /** @param domain the device's feasible pair domain, used by the technological loss (ignored when it is off) */
    BayesByBackprop(TrainingSettings settings, SplittableRandom rng, FeasibleDomain domain, int trainingBeats) {
        this.settings = settings;
        this.shape = settings.shape();
        this.rng = rng;
        this.domain = domain;
        this.trainingBeats = trainingBeats;
        this.tech = settings.techLoss() ? settings.technologicalLoss(domain) : null;
        int nw = shape.weights();
        mu = Objective.initialWeights(shape, rng);
        rho = new double[nw];
        Arrays.fill(rho, inverseSoftplus(settings.initSigma()));
        sigma = new double[nw];
        eps = new double[nw];
        w = new double[nw];
        gW = new double[nw];
        gSigma = new double[nw];
        forward = new Forward(shape, true);
    }

    @Override
    public double[][] parameters() { return new double[][] {mu, rho}; }

    @Override
    public void beginEpoch(int epoch) {
        if (tech == null) return;
        softplus(rho, sigma);
        // γ follows the network: a full grid search first, then a narrow one around the last value
        gamma = Double.isNaN(gamma) ? GammaSearch.best(mu, sigma, domain)
                : GammaSearch.best(mu, sigma, domain, gamma, -0.05, 0.05, 11);
    }

    @Override
    public Terms batch(CodedSamples train, int[] order, int b0, int b1, double[][] grads) {
        double[] gMu = grads[0], gRho = grads[1];
        int nw = mu.length, n = trainingBeats;
        softplus(rho, sigma);
        for (int i = 0; i < nw; i++) {
            eps[i] = rng.nextGaussian();
            w[i] = mu[i] + sigma[i] * eps[i];
        }
        double ce = Objective.crossEntropy(forward, w, train, order, b0, b1, gW);
        double kl = 0;
        for (int i = 0; i < nw; i++) {
            kl += GaussianKl.value(mu[i], sigma[i], settings.priorSigma());
            gMu[i] = gW[i] + GaussianKl.dMu(mu[i], settings.priorSigma()) / n;
            gSigma[i] = gW[i] * eps[i] + GaussianKl.dSigma(sigma[i], settings.priorSigma()) / n;
        }
        double t = tech == null ? 0
                : tech.accumulate(mu, sigma, gamma, gMu, gSigma, settings.techWeight() / n) * settings.techWeight() / n;
        for (int i = 0; i < nw; i++) gRho[i] = gSigma[i] * sigmoid(rho[i]);
        return new Terms(ce, kl / n, t);
    }

    @Override
    public SampledClassifier validation(int epoch) {
        return network().draw(10, settings.seed() + epoch);
    }

    @Override
    public double gamma() { return gamma; }

    /** The trained Gaussians now (copies). */
    BayesianNetwork network() {
        softplus(rho, sigma);
        return new BayesianNetwork(shape, mu.clone(), sigma.clone());
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
}
