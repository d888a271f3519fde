package memcim.transfer.mcmc;

import java.util.SplittableRandom;

/**
 * Warm-up tuning of one chain, as Stan does it in outline: the step size by dual averaging towards the kernel's
 * target acceptance (Hoffman & Gelman 2014, algorithm 5: γ = 0.05, t₀ = 10, κ = 0.75), and the diagonal metric
 * from the draws' variances in a slow window (15 % to 75 % of warm-up), regularised towards 10⁻³ as Stan's is;
 * after the metric changes, the step size is found afresh and its averaging restarts. At the end of warm-up the
 * step size is fixed at its running average.
 */
final class Adaptation {
    private static final double GAMMA = 0.05, T0 = 10, KAPPA = 0.75;
    private final Kernel kernel;
    private final int warmup, windowStart, windowEnd;
    private final double[] mean, m2;
    private int windowCount;
    private double mu, hBar, logEpsBar;
    private int m;

    Adaptation(Kernel kernel, int warmup, int dimension) {
        this.kernel = kernel;
        this.warmup = warmup;
        this.windowStart = (int) (0.15 * warmup);
        this.windowEnd = (int) (0.75 * warmup);
        mean = new double[dimension];
        m2 = new double[dimension];
    }

    /** Before the first iteration: a step size whose acceptance is near one half, then averaging from it. */
    void start(LogDensity density, ChainState s, SplittableRandom rng) {
        restart(density, s, rng);
    }

    /** After warm-up iteration {@code it} (0-based) with the acceptance probability it had. */
    void after(int it, double accept, LogDensity density, ChainState s, SplittableRandom rng) {
        m++;
        double eta = 1.0 / (m + T0);
        hBar = (1 - eta) * hBar + eta * (kernel.targetAcceptance() - accept);
        double logEps = mu - Math.sqrt(m) / GAMMA * hBar;
        double w = Math.pow(m, -KAPPA);
        logEpsBar = w * logEps + (1 - w) * logEpsBar;
        kernel.setStepSize(Math.exp(logEps));
        if (it >= windowStart && it < windowEnd) {
            windowCount++;
            for (int i = 0; i < mean.length; i++) {
                double delta = s.q[i] - mean[i];
                mean[i] += delta / windowCount;
                m2[i] += delta * (s.q[i] - mean[i]);
            }
        }
        if (it == windowEnd - 1 && windowCount > 2) {
            double n = windowCount;
            double[] scales = new double[mean.length];
            for (int i = 0; i < scales.length; i++) {
                double variance = m2[i] / (n - 1);
                scales[i] = Math.sqrt(n / (n + 5) * variance + 1e-3 * 5 / (n + 5));
            }
            kernel.setScales(scales);
            restart(density, s, rng);
        }
        if (it == warmup - 1) kernel.setStepSize(Math.exp(logEpsBar));
    }

    private void restart(LogDensity density, ChainState s, SplittableRandom rng) {
        double eps = reasonableStep(density, s, rng);
        kernel.setStepSize(eps);
        mu = Math.log(10 * eps);
        hBar = 0;
        logEpsBar = Math.log(eps);
        m = 0;
    }

    /** Hoffman & Gelman's heuristic: double or halve the step until one trial move's acceptance crosses 1/2. */
    private double reasonableStep(LogDensity density, ChainState s, SplittableRandom rng) {
        double eps = kernel.stepSize() > 0 ? kernel.stepSize() : 1;
        ChainState trial = copy(s);
        kernel.setStepSize(eps);
        double a = kernel.step(density, trial, rng);
        int direction = a > 0.5 ? 1 : -1;
        for (int k = 0; k < 50; k++) {
            trial = copy(s);
            double next = direction > 0 ? eps * 2 : eps / 2;
            kernel.setStepSize(next);
            a = kernel.step(density, trial, rng);
            if (direction > 0 ? a < 0.5 : a > 0.5) break;
            eps = next;
        }
        return eps;
    }

    private static ChainState copy(ChainState s) {
        ChainState c = new ChainState(s);
        return c;
    }
}
