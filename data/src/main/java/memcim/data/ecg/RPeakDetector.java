package memcim.data.ecg;

import java.util.ArrayList;
import java.util.List;

/**
 * A QRS detector in the manner of Pan and Tompkins (1985), simplified: band-pass by a difference of
 * moving averages (about 5–15 Hz), derivative, squaring, 150 ms moving-window integration; peaks of
 * the integrated energy at least 200 ms apart that reach 30 % of the typical QRS height around them.
 * The R peak is the largest deviation from the low-frequency baseline of the raw signal within
 * −150/+75 ms of the integrated peak (the integration window delays it). Used to align annotated
 * windows on the signal ({@code --detect}).
 */
public final class RPeakDetector {
    private RPeakDetector() {}

    /** Sample indices of the detected R peaks, ascending. */
    public static int[] detect(EcgRecord record) {
        double fs = record.samplingHz();
        double[] x = record.millivolts();
        int n = x.length;
        double[] low = movingAverage(x, Math.max(1, (int) Math.round(fs / 30)));    // removes > 15 Hz
        double[] base = movingAverage(x, Math.max(1, (int) Math.round(fs / 5)));    // the < 5 Hz part
        double[] energy = new double[n];
        for (int i = 1; i < n; i++) {
            double d = (low[i] - base[i]) - (low[i - 1] - base[i - 1]);
            energy[i] = d * d;
        }
        double[] integrated = movingAverage(energy, Math.max(1, (int) Math.round(0.15 * fs)));
        int refractory = (int) Math.round(0.2 * fs);
        int search = (int) Math.round(0.075 * fs);
        // candidate QRS: local maxima of the integrated energy, the larger one kept when two are within 200 ms
        List<Integer> candidates = new ArrayList<>();
        for (int i = 1; i + 1 < n; i++) {
            if (!(integrated[i] >= integrated[i - 1] && integrated[i] > integrated[i + 1])) continue;
            int last = candidates.isEmpty() ? -refractory : candidates.get(candidates.size() - 1);
            if (i - last < refractory) {
                if (integrated[i] > integrated[last]) candidates.set(candidates.size() - 1, i);
            } else {
                candidates.add(i);
            }
        }
        // adaptive threshold: a share of the typical QRS height around each candidate (upper quartile of the
        // candidates within ±4 s), so a run of large ectopic beats does not hide the normal ones after it
        int window = (int) Math.round(4 * fs);
        List<Integer> peaks = new ArrayList<>();
        int lo = 0, hi = 0;
        for (int c : candidates) {
            while (candidates.get(lo) < c - window) lo++;
            while (hi < candidates.size() && candidates.get(hi) <= c + window) hi++;
            double[] heights = new double[hi - lo];
            for (int k = lo; k < hi; k++) heights[k - lo] = integrated[candidates.get(k)];
            java.util.Arrays.sort(heights);
            double typical = heights[(int) Math.floor(0.75 * (heights.length - 1))];
            if (integrated[c] < 0.3 * typical) continue;
            int r = largestDeviation(x, base, Math.max(0, c - 2 * search), Math.min(n - 1, c + search));
            if (peaks.isEmpty() || r - peaks.get(peaks.size() - 1) >= refractory) peaks.add(r);
        }
        return peaks.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int largestDeviation(double[] x, double[] base, int from, int to) {
        int best = from;
        double bestDev = -1;
        for (int i = from; i <= to; i++) {
            double dev = Math.abs(x[i] - base[i]);
            if (dev > bestDev) { bestDev = dev; best = i; }
        }
        return best;
    }

    /** Centred moving average of width w (shorter at the edges). */
    static double[] movingAverage(double[] x, int w) {
        int n = x.length;
        double[] prefix = new double[n + 1];
        for (int i = 0; i < n; i++) prefix[i + 1] = prefix[i] + x[i];
        double[] out = new double[n];
        int half = w / 2;
        for (int i = 0; i < n; i++) {
            int a = Math.max(0, i - half), b = Math.min(n, i - half + w);
            out[i] = (prefix[b] - prefix[a]) / (b - a);
        }
        return out;
    }

    /** The detected peak nearest to {@code sample} within {@code tolerance} samples, or {@code sample} itself. */
    public static int nearest(int[] peaks, int sample, int tolerance) {
        int i = java.util.Arrays.binarySearch(peaks, sample);
        if (i >= 0) return sample;
        int ins = -i - 1;
        int best = sample, bestDist = tolerance + 1;
        for (int j = Math.max(0, ins - 1); j <= Math.min(peaks.length - 1, ins); j++) {
            int d = Math.abs(peaks[j] - sample);
            if (d < bestDist) { bestDist = d; best = peaks[j]; }
        }
        return best;
    }
}
