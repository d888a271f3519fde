package memcim.transfer.mcmc;

import static org.junit.jupiter.api.Assertions.*;

import java.util.SplittableRandom;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Both kernels on a posterior known in closed form: Bayesian linear regression y = Xβ + ε with ε ~ N(0, σ²) and
 * the prior β ~ N(0, τ²I) has the Gaussian posterior N(μ, Σ), Σ = (XᵀX/σ² + I/τ²)⁻¹, μ = Σ·Xᵀy/σ² (Bishop 2006,
 * eq. 3.53-3.54). The design's columns are correlated so that the posterior is not axis-aligned.
 */
class BayesianLinearRegressionTest {
    static final double SIGMA = 0.5, TAU = 2;
    static final int N = 40, D = 3;
    static final double[][] X = new double[N][D];
    static final double[] Y = new double[N];

    static {
        SplittableRandom rng = new SplittableRandom(11);
        double[] beta = {1.0, -0.5, 0.25};
        for (int i = 0; i < N; i++) {
            double a = Gaussian.next(rng);
            X[i][0] = 1;
            X[i][1] = a;
            X[i][2] = 0.8 * a + 0.6 * Gaussian.next(rng);
            Y[i] = SIGMA * Gaussian.next(rng);
            for (int k = 0; k < D; k++) Y[i] += X[i][k] * beta[k];
        }
    }

    static final LogDensity POSTERIOR = new LogDensity() {
        @Override public int dimension() { return D; }

        @Override
        public double logDensity(double[] b, double[] g) {
            double lp = 0;
            if (g != null) for (int k = 0; k < D; k++) g[k] = -b[k] / (TAU * TAU);
            for (int k = 0; k < D; k++) lp -= 0.5 * b[k] * b[k] / (TAU * TAU);
            for (int i = 0; i < N; i++) {
                double r = Y[i];
                for (int k = 0; k < D; k++) r -= X[i][k] * b[k];
                lp -= 0.5 * r * r / (SIGMA * SIGMA);
                if (g != null) for (int k = 0; k < D; k++) g[k] += X[i][k] * r / (SIGMA * SIGMA);
            }
            return lp;
        }
    };

    /** Σ and μ by a 3×3 inverse through cofactors. */
    static double[][] covariance() {
        double[][] a = new double[D][D];
        for (int r = 0; r < D; r++) {
            for (int c = 0; c < D; c++) {
                for (int i = 0; i < N; i++) a[r][c] += X[i][r] * X[i][c] / (SIGMA * SIGMA);
                if (r == c) a[r][c] += 1 / (TAU * TAU);
            }
        }
        double det = a[0][0] * (a[1][1] * a[2][2] - a[1][2] * a[2][1]) - a[0][1] * (a[1][0] * a[2][2] - a[1][2] * a[2][0])
                + a[0][2] * (a[1][0] * a[2][1] - a[1][1] * a[2][0]);
        double[][] inv = new double[D][D];
        for (int r = 0; r < D; r++) {
            for (int c = 0; c < D; c++) {
                int r1 = (c + 1) % 3, r2 = (c + 2) % 3, c1 = (r + 1) % 3, c2 = (r + 2) % 3;
                inv[r][c] = (a[r1][c1] * a[r2][c2] - a[r1][c2] * a[r2][c1]) / det;
            }
        }
        return inv;
    }

    static double[] mean(double[][] cov) {
        double[] xty = new double[D];
        for (int i = 0; i < N; i++) for (int k = 0; k < D; k++) xty[k] += X[i][k] * Y[i] / (SIGMA * SIGMA);
        double[] mu = new double[D];
        for (int r = 0; r < D; r++) for (int c = 0; c < D; c++) mu[r] += cov[r][c] * xty[c];
        return mu;
    }

    static double[][] starts(int chains) {
        SplittableRandom rng = new SplittableRandom(5);
        double[][] s = new double[chains][D];
        for (double[] row : s) for (int k = 0; k < D; k++) row[k] = 2 * Gaussian.next(rng);
        return s;
    }

    /** Within five Monte-Carlo standard errors, sd/√ESS, of each mean and each covariance. */
    static void assertMatchesClosedForm(McmcRun run) {
        double[][] cov = covariance();
        double[] mu = mean(cov);
        double[][] pooled = run.pooled();
        int s = pooled.length;
        double[] m = new double[D];
        for (double[] d : pooled) for (int k = 0; k < D; k++) m[k] += d[k] / s;
        for (int k = 0; k < D; k++) {
            double sd = Math.sqrt(cov[k][k]);
            double ess = Diagnostics.effectiveSampleSize(run.coordinate(k));
            assertEquals(mu[k], m[k], 5 * sd / Math.sqrt(ess), "posterior mean of beta" + k);
            assertTrue(Diagnostics.splitRhat(run.coordinate(k)) < 1.01, "R-hat of beta" + k);
        }
        // a covariance is the mean of the products (x_r − m_r)(x_c − m_c): its error is that mean's, with the
        // products' own ESS (HMC's draws can be anticorrelated in x yet positively in x², so the ESS differ)
        for (int r = 0; r < D; r++) {
            for (int c = 0; c < D; c++) {
                double[][] products = new double[run.chains()][run.drawsPerChain()];
                double v = 0;
                for (int ch = 0; ch < run.chains(); ch++) {
                    for (int t = 0; t < run.drawsPerChain(); t++) {
                        double[] d = run.draws()[ch][t];
                        products[ch][t] = (d[r] - m[r]) * (d[c] - m[c]);
                        v += products[ch][t];
                    }
                }
                v /= s - 1;
                double sd = 0;
                for (double[] row : products) for (double p : row) sd += (p - v) * (p - v);
                sd = Math.sqrt(sd / (s - 1));
                double ess = Diagnostics.effectiveSampleSize(products);
                assertEquals(cov[r][c], v, 5 * sd / Math.sqrt(ess), "posterior covariance " + r + "," + c);
            }
        }
    }

    @Test
    void hamiltonianMonteCarloSamplesTheClosedFormPosterior() {
        IntFunction<Kernel> hmc = d -> new HamiltonianMonteCarlo(d, 10, 0.1);
        McmcRun run = Mcmc.run(POSTERIOR, hmc, starts(4), new McmcSettings(4, 500, 2000, 1, 3), null);
        assertMatchesClosedForm(run);
        assertTrue(run.meanAcceptance() > 0.6 && run.meanAcceptance() < 0.97, "acceptance " + run.meanAcceptance());
        assertEquals(0, run.totalDivergences());
        for (int k = 0; k < D; k++) assertTrue(Diagnostics.effectiveSampleSize(run.coordinate(k)) > 2000, "ESS of beta" + k);
    }

    @Test
    void randomWalkMetropolisSamplesTheClosedFormPosteriorToo() {
        IntFunction<Kernel> rwm = d -> new RandomWalkMetropolis(d, 0.1);
        McmcRun run = Mcmc.run(POSTERIOR, rwm, starts(4), new McmcSettings(4, 2000, 10000, 1, 3), null);
        assertMatchesClosedForm(run);
        assertTrue(run.meanAcceptance() > 0.15 && run.meanAcceptance() < 0.45, "acceptance " + run.meanAcceptance());
    }

    @Test
    void theSameSeedGivesTheSameDrawsAndAnotherSeedOthers() {
        IntFunction<Kernel> hmc = d -> new HamiltonianMonteCarlo(d, 5, 0.1);
        McmcRun a = Mcmc.run(POSTERIOR, hmc, starts(3), new McmcSettings(3, 100, 50, 1, 8), null);
        McmcRun b = Mcmc.run(POSTERIOR, hmc, starts(3), new McmcSettings(3, 100, 50, 1, 8), null);
        McmcRun c = Mcmc.run(POSTERIOR, hmc, starts(3), new McmcSettings(3, 100, 50, 1, 9), null);
        assertArrayEquals(a.pooled(), b.pooled());
        assertFalse(java.util.Arrays.deepEquals(a.pooled(), c.pooled()));
    }

    @Test
    void hmcGivesMoreEffectiveSamplesPerDrawThanTheRandomWalk() {
        McmcRun hmc = Mcmc.run(POSTERIOR, d -> new HamiltonianMonteCarlo(d, 10, 0.1), starts(4),
                new McmcSettings(4, 500, 1000, 1, 4), null);
        McmcRun rwm = Mcmc.run(POSTERIOR, d -> new RandomWalkMetropolis(d, 0.1), starts(4),
                new McmcSettings(4, 500, 1000, 1, 4), null);
        for (int k = 0; k < D; k++) {
            double eh = Diagnostics.effectiveSampleSize(hmc.coordinate(k));
            double er = Diagnostics.effectiveSampleSize(rwm.coordinate(k));
            assertTrue(eh > 3 * er, "beta" + k + ": HMC ESS " + eh + " vs random walk " + er);
        }
    }
}
