package memcim.networks;

/**
 * The published uncertainty decomposition over M network samples (natural logarithms, nats):
 * p̄ = (1/M) Σ_s p_s; predictive U_p = −Σ_c p̄_c log p̄_c; aleatoric U_a = −(1/M) Σ_s Σ_c p_sc log p_sc;
 * epistemic U_e = U_p − U_a, the mutual information between prediction and weights (≥ 0 by Jensen).
 */
public record Uncertainty(int prediction, double predictive, double aleatoric, double epistemic) {
    /** From the first {@code m} rows of {@code probs} (one row per sample); {@code mean} is scratch of the class count. */
    public static Uncertainty of(double[][] probs, int m, double[] mean) {
        int classes = mean.length;
        java.util.Arrays.fill(mean, 0);
        double aleatoric = 0;
        for (int s = 0; s < m; s++) {
            double[] p = probs[s];
            for (int c = 0; c < classes; c++) {
                mean[c] += p[c] / m;
                aleatoric -= p[c] > 0 ? p[c] * Math.log(p[c]) / m : 0;
            }
        }
        double predictive = 0;
        int best = 0;
        for (int c = 0; c < classes; c++) {
            if (mean[c] > 0) predictive -= mean[c] * Math.log(mean[c]);
            if (mean[c] > mean[best]) best = c;
        }
        // Jensen guarantees U_p ≥ U_a; rounding can leave −1e-17, which is zero
        double epistemic = Math.max(0, predictive - aleatoric);
        return new Uncertainty(best, predictive, aleatoric, epistemic);
    }
}
