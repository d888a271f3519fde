package memcim.data.ecg;

/**
 * Turns a beat into the network's 32 features: a 700 ms window (250 ms before the R peak, 450 ms
 * after) at 360 Hz, its least-squares line removed (baseline wander), a Hann taper, then the magnitude
 * of DFT bins 1–32 (1.43–45.7 Hz; bin 0 is the removed baseline), compressed with log(1 + |X|).
 * 32 bins of a 252-point window are computed directly, which is cheaper than a padded FFT.
 */
public final class BeatFeatures {
    public static final int FEATURES = 32;
    public static final double SAMPLING_HZ = 360;
    public static final int BEFORE = 90;    // 250 ms
    public static final int AFTER = 162;    // 450 ms
    public static final int WINDOW = BEFORE + AFTER;   // 252 samples = 700 ms

    private static final double[][] COS = new double[FEATURES][WINDOW];
    private static final double[][] SIN = new double[FEATURES][WINDOW];
    private static final double[] HANN = new double[WINDOW];

    static {
        for (int n = 0; n < WINDOW; n++) HANN[n] = 0.5 - 0.5 * Math.cos(2 * Math.PI * n / (WINDOW - 1));
        for (int k = 0; k < FEATURES; k++) {
            for (int n = 0; n < WINDOW; n++) {
                double phase = 2 * Math.PI * (k + 1) * n / WINDOW;
                COS[k][n] = Math.cos(phase);
                SIN[k][n] = Math.sin(phase);
            }
        }
    }

    private BeatFeatures() {}

    /**
     * The window around sample {@code rPeak} of the record, resampled to 360 Hz if the record has another
     * rate; null when the window does not fit inside the record.
     */
    public static double[] window(EcgRecord record, int rPeak) {
        double[] x = record.millivolts();
        double ratio = record.samplingHz() / SAMPLING_HZ;
        double first = rPeak - BEFORE * ratio;
        double last = rPeak + (AFTER - 1) * ratio;
        if (first < 0 || Math.ceil(last) >= x.length) return null;
        double[] w = new double[WINDOW];
        for (int n = 0; n < WINDOW; n++) {
            double pos = rPeak + (n - BEFORE) * ratio;
            int i = (int) Math.floor(pos);
            double frac = pos - i;
            w[n] = frac == 0 ? x[i] : x[i] * (1 - frac) + x[i + 1] * frac;
        }
        return w;
    }

    /** The 32 log-magnitude features of one 252-sample window, written into {@code out[offset..]}. */
    public static void features(double[] window, double[] out, int offset) {
        features(window, out, offset, false);
    }

    /**
     * The features, optionally of the tapered window scaled to unit RMS first: the spectrum's shape without the
     * beat's amplitude, which differs from patient to patient (electrode placement, body) far more than between classes
     * of one patient; an automatic gain control in front of the DFT does the same.
     */
    public static void features(double[] window, double[] out, int offset, boolean unitRms) {
        double[] x = tapered(window);
        if (unitRms) {
            double ss = 0;
            for (double v : x) ss += v * v;
            double rms = Math.sqrt(ss / WINDOW);
            if (rms > 0) for (int n = 0; n < WINDOW; n++) x[n] /= rms;
        }
        for (int k = 0; k < FEATURES; k++) {
            double re = 0, im = 0;
            double[] c = COS[k], s = SIN[k];
            for (int n = 0; n < WINDOW; n++) {
                re += x[n] * c[n];
                im -= x[n] * s[n];
            }
            out[offset + k] = Math.log1p(Math.hypot(re, im));
        }
    }

    /** What the DFT sees: the window with its least-squares line removed (baseline wander), times the Hann taper. */
    public static double[] tapered(double[] window) {
        if (window.length != WINDOW) throw new IllegalArgumentException("window of " + window.length + " samples");
        double mean = 0, tMean = (WINDOW - 1) / 2.0, cov = 0, var = 0;
        for (int n = 0; n < WINDOW; n++) mean += window[n];
        mean /= WINDOW;
        for (int n = 0; n < WINDOW; n++) {
            cov += (n - tMean) * (window[n] - mean);
            var += (n - tMean) * (n - tMean);
        }
        double slope = cov / var;
        double[] x = new double[WINDOW];
        for (int n = 0; n < WINDOW; n++) x[n] = (window[n] - mean - slope * (n - tMean)) * HANN[n];
        return x;
    }
}
