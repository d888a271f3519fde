package memcim.transfer.mcmc;

import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Hamiltonian Monte Carlo (Duane et al. 1987; Neal 2011): momenta drawn from N(0, M) with the diagonal mass
 * M = 1/s², {@code leapfrogSteps} leapfrog steps of a jittered size (±10 %, so no trajectory length resonates
 * with the target), then a Metropolis correction on the total energy. A move whose energy error exceeds 1000
 * is a divergence: rejected and counted.
 */
public final class HamiltonianMonteCarlo implements Kernel {
    private static final double DIVERGENCE = 1000;
    private final int leapfrogSteps;
    private double epsilon;
    private double[] scales;
    private final double[] q, p, g;
    private long divergences;

    public HamiltonianMonteCarlo(int dimension, int leapfrogSteps, double epsilon) {
        if (leapfrogSteps < 1) throw new IllegalArgumentException("leapfrog steps " + leapfrogSteps);
        this.leapfrogSteps = leapfrogSteps;
        this.epsilon = epsilon;
        this.scales = new double[dimension];
        Arrays.fill(scales, 1);
        q = new double[dimension];
        p = new double[dimension];
        g = new double[dimension];
    }

    @Override
    public double step(LogDensity density, ChainState s, SplittableRandom rng) {
        int d = q.length;
        System.arraycopy(s.q, 0, q, 0, d);
        System.arraycopy(s.gradient, 0, g, 0, d);
        double kinetic0 = 0;
        for (int i = 0; i < d; i++) {
            p[i] = Gaussian.next(rng) / scales[i];
            kinetic0 += 0.5 * p[i] * p[i] * scales[i] * scales[i];
        }
        double e = epsilon * (0.9 + 0.2 * rng.nextDouble());
        double lp = s.logDensity;
        for (int k = 0; k < leapfrogSteps; k++) {
            for (int i = 0; i < d; i++) p[i] += 0.5 * e * g[i];
            for (int i = 0; i < d; i++) q[i] += e * scales[i] * scales[i] * p[i];
            lp = density.logDensity(q, g);
            if (!Double.isFinite(lp)) break;
            for (int i = 0; i < d; i++) p[i] += 0.5 * e * g[i];
        }
        double kinetic1 = 0;
        for (int i = 0; i < d; i++) kinetic1 += 0.5 * p[i] * p[i] * scales[i] * scales[i];
        double energyError = (-lp + kinetic1) - (-s.logDensity + kinetic0);
        if (!Double.isFinite(energyError) || energyError > DIVERGENCE) {
            divergences++;
            return 0;
        }
        double accept = Math.min(1, Math.exp(-energyError));
        if (rng.nextDouble() < accept) {
            System.arraycopy(q, 0, s.q, 0, d);
            System.arraycopy(g, 0, s.gradient, 0, d);
            s.logDensity = lp;
        }
        return accept;
    }

    @Override public double stepSize() { return epsilon; }

    @Override public void setStepSize(double e) { epsilon = e; }

    @Override public void setScales(double[] s) { scales = s.clone(); }

    @Override public double targetAcceptance() { return 0.8; }

    @Override public int evaluationsPerStep() { return leapfrogSteps; }

    @Override public long divergences() { return divergences; }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "HMC, %d leapfrog steps of %.3g", leapfrogSteps, epsilon);
    }
}
