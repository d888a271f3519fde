package memcim.transfer.plan;

import java.util.ArrayList;
import java.util.List;
import memcim.device.FeasiblePoint;
import memcim.transfer.mixture.GaussianMixture;

/**
 * Whether the device gave each mixture component the spread software asked for: per weight q and component k, the
 * software σ, the σ the chosen pair point promises (the card's cycle-to-cycle spread at those compliances), and the
 * σ actually obtained — the spread of the weights read back from the rows that programmed that component.
 *
 * @param rows      rows that drew the component
 * @param obtained  σ of their read-back weights (NaN below {@link #MIN_ROWS} rows)
 */
public record SigmaMatch(int weight, int component, double pi, double mean, double software, double promised,
                         double obtainedMean, double obtained, int rows) {
    public static final int MIN_ROWS = 5;

    /** @param read {@code [row][weight]} the weights read back from the programmed array */
    public static List<SigmaMatch> of(SingleSetTransfer t, double[][] read) {
        List<SigmaMatch> out = new ArrayList<>();
        for (int q = 0; q < t.weights(); q++) {
            GaussianMixture g = t.mixtures().weight(q);
            for (int k = 0; k < g.components(); k++) {
                FeasiblePoint p = t.mapping().point(g.means()[k], g.sigmas()[k]);
                double sum = 0, sq = 0;
                int n = 0;
                for (int r = 0; r < t.rows(); r++) {
                    if (t.components()[r][q] != k) continue;
                    sum += read[r][q];
                    sq += read[r][q] * read[r][q];
                    n++;
                }
                double mean = n == 0 ? Double.NaN : sum / n;
                double sd = n < MIN_ROWS ? Double.NaN : Math.sqrt(Math.max(0, (sq - n * mean * mean) / (n - 1)));
                out.add(new SigmaMatch(q, k, g.weights()[k], g.means()[k], g.sigmas()[k], t.mapping().realisedSigma(p), mean, sd, n));
            }
        }
        return out;
    }
}
