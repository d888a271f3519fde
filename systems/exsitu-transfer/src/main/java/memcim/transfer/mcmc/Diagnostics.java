package memcim.transfer.mcmc;

/**
 * Convergence and efficiency of a set of chains for one scalar, as Gelman et al. (BDA3, ch. 11) and Stan define
 * them: the split-R̂ (each chain cut in halves, so a chain that drifts shows as two that disagree) and the
 * effective sample size from the chains' combined autocorrelation, summed over Geyer's initial monotone sequence
 * of paired autocorrelations.
 */
public final class Diagnostics {
    private Diagnostics() {}

    /** Split-R̂ of {@code draws[chain][draw]} (at least 4 draws per chain); 1 when the chains agree. */
    public static double splitRhat(double[][] draws) {
        double[][] halves = split(draws);
        Variances v = Variances.of(halves);
        double w = v.within, b = v.between;
        if (w == 0) return b == 0 ? 1 : Double.POSITIVE_INFINITY;
        return Math.sqrt(v.plus / w);
    }

    /**
     * Effective sample size of {@code draws[chain][draw]}: m·n / τ, τ = −1 + 2·Σ P_k over Geyer's initial
     * positive, monotone sequence of P_k = ρ_{2k} + ρ_{2k+1}, with ρ_t the chains' combined autocorrelation
     * 1 − (W − mean of s_j²·ρ_{j,t}) / var⁺ (split chains, as Stan).
     */
    public static double effectiveSampleSize(double[][] draws) {
        double[][] chains = split(draws);
        int m = chains.length, n = chains[0].length;
        double[][] acov = new double[m][];
        for (int j = 0; j < m; j++) acov[j] = Autocovariance.of(chains[j], mean(chains[j]));
        Variances v = Variances.of(chains);
        double w = v.within, varPlus = v.plus;
        if (varPlus == 0) return m * n;
        double[] rho = new double[n];
        for (int t = 0; t < n; t++) {
            double meanAcov = 0;
            for (int j = 0; j < m; j++) meanAcov += acov[j][t];
            meanAcov /= m;
            rho[t] = 1 - (w - meanAcov) / varPlus;
        }
        rho[0] = 1;
        // Geyer: sum the pairs while positive, each pair no larger than the one before
        double sum = 0;
        double previous = Double.POSITIVE_INFINITY;
        int k = 0;
        for (; 2 * k + 1 < n; k++) {
            double pair = rho[2 * k] + rho[2 * k + 1];
            if (pair <= 0) break;
            pair = Math.min(pair, previous);
            sum += pair;
            previous = pair;
        }
        double tau = Math.max(-1 + 2 * sum, 1.0 / Math.log10(m * n));
        return m * n / tau;
    }

    /** W (mean within-chain variance), B (n × variance of the chain means) and var⁺ = (n−1)/n·W + B/n. */
    private record Variances(double within, double between, double plus) {
        static Variances of(double[][] chains) {
            int m = chains.length, n = chains[0].length;
            double[] means = new double[m];
            double w = 0, grand = 0;
            for (int j = 0; j < m; j++) {
                means[j] = mean(chains[j]);
                w += variance(chains[j], means[j]);
                grand += means[j];
            }
            w /= m;
            grand /= m;
            double b = 0;
            for (double mj : means) b += (mj - grand) * (mj - grand);
            b *= (double) n / (m - 1);
            return new Variances(w, b, (n - 1.0) / n * w + b / n);
        }
    }

    private static double[][] split(double[][] draws) {
        int n = draws[0].length / 2;
        if (n < 2) throw new IllegalArgumentException("at least 4 draws per chain, found " + draws[0].length);
        double[][] halves = new double[2 * draws.length][n];
        int offset = draws[0].length - 2 * n; // an odd draw out is dropped at the start
        for (int c = 0; c < draws.length; c++) {
            System.arraycopy(draws[c], offset, halves[2 * c], 0, n);
            System.arraycopy(draws[c], offset + n, halves[2 * c + 1], 0, n);
        }
        return halves;
    }

    static double mean(double[] x) {
        double s = 0;
        for (double v : x) s += v;
        return s / x.length;
    }

    static double variance(double[] x, double mean) {
        double s = 0;
        for (double v : x) s += (v - mean) * (v - mean);
        return s / (x.length - 1);
    }
}
