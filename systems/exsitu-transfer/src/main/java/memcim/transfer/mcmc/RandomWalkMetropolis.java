package memcim.transfer.mcmc;

import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;

/** The simple baseline: a Gaussian random-walk proposal q' = q + ε·s⊙z, accepted with min(1, p(q')/p(q)). */
public final class RandomWalkMetropolis implements Kernel {
    private double epsilon;
    private double[] scales;
    private double[] proposal;

    public RandomWalkMetropolis(int dimension, double epsilon) {
        this.epsilon = epsilon;
        this.scales = new double[dimension];
        Arrays.fill(scales, 1);
        this.proposal = new double[dimension];
    }

    @Override
    public double step(LogDensity density, ChainState s, SplittableRandom rng) {
        int d = s.q.length;
        for (int i = 0; i < d; i++) proposal[i] = s.q[i] + epsilon * scales[i] * Gaussian.next(rng);
        double lp = density.logDensity(proposal, null);
        double accept = Double.isNaN(lp) ? 0 : Math.min(1, Math.exp(lp - s.logDensity));
        if (rng.nextDouble() < accept) {
            System.arraycopy(proposal, 0, s.q, 0, d);
            s.logDensity = lp;
        }
        return accept;
    }

    @Override public double stepSize() { return epsilon; }

    @Override public void setStepSize(double e) { epsilon = e; }

    @Override public void setScales(double[] s) { scales = s.clone(); }

    // the optimal rate of a Gaussian random walk in high dimension (Roberts, Gelman & Gilks 1997)
    @Override public double targetAcceptance() { return 0.234; }

    @Override public int evaluationsPerStep() { return 1; }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "random-walk Metropolis, step %.3g", epsilon);
    }
}
