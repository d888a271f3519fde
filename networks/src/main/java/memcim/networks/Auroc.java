package memcim.networks;

import java.util.Arrays;

/**
 * Area under the ROC curve of a score separating positives from negatives: the Mann–Whitney
 * probability that a random positive scores above a random negative, ties counting one half. A score
 * that is constant (the conventional network's epistemic uncertainty) gives exactly 0.5.
 */
public final class Auroc {
    private Auroc() {}

    public static double of(double[] positives, double[] negatives) {
        if (positives.length == 0 || negatives.length == 0) return Double.NaN;
        int n = positives.length + negatives.length;
        double[] all = new double[n];
        boolean[] pos = new boolean[n];
        Integer[] order = new Integer[n];
        for (int i = 0; i < positives.length; i++) { all[i] = positives[i]; pos[i] = true; }
        for (int i = 0; i < negatives.length; i++) all[positives.length + i] = negatives[i];
        for (int i = 0; i < n; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> Double.compare(all[a], all[b]));
        double rankSumPositives = 0;
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && all[order[j + 1]] == all[order[i]]) j++;
            double averageRank = (i + j) / 2.0 + 1;   // ranks are 1-based
            for (int k = i; k <= j; k++) if (pos[order[k]]) rankSumPositives += averageRank;
            i = j + 1;
        }
        double np = positives.length, nn = negatives.length;
        return (rankSumPositives - np * (np + 1) / 2) / (np * nn);
    }
}
