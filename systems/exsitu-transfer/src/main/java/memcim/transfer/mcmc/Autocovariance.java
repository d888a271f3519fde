package memcim.transfer.mcmc;

/**
 * The autocovariance of one series at every lag, (1/n)·Σ (x_i − x̄)(x_{i+t} − x̄), through a radix-2 FFT of the
 * zero-padded series (O(n log n); the direct sum over all lags would cost n² per weight and chain).
 */
final class Autocovariance {
    private Autocovariance() {}

    static double[] of(double[] x, double mean) {
        int n = x.length;
        int size = Integer.highestOneBit(Math.max(1, 2 * n - 1));
        if (size < 2 * n) size <<= 1;
        double[] re = new double[size], im = new double[size];
        for (int i = 0; i < n; i++) re[i] = x[i] - mean;
        fft(re, im, false);
        for (int i = 0; i < size; i++) {
            re[i] = re[i] * re[i] + im[i] * im[i];
            im[i] = 0;
        }
        fft(re, im, true);
        double[] out = new double[n];
        for (int t = 0; t < n; t++) out[t] = re[t] / size / n;
        return out;
    }

    /** In-place iterative Cooley–Tukey; {@code inverse} without the 1/size factor. */
    static void fft(double[] re, double[] im, boolean inverse) {
        int n = re.length;
        for (int i = 1, j = 0; i < n; i++) {
            int bit = n >> 1;
            for (; (j & bit) != 0; bit >>= 1) j ^= bit;
            j ^= bit;
            if (i < j) {
                double t = re[i]; re[i] = re[j]; re[j] = t;
                t = im[i]; im[i] = im[j]; im[j] = t;
            }
        }
        for (int len = 2; len <= n; len <<= 1) {
            double angle = 2 * Math.PI / len * (inverse ? 1 : -1);
            double wr = Math.cos(angle), wi = Math.sin(angle);
            for (int i = 0; i < n; i += len) {
                double cr = 1, ci = 0;
                for (int k = 0; k < len / 2; k++) {
                    int a = i + k, b = a + len / 2;
                    double xr = re[b] * cr - im[b] * ci, xi = re[b] * ci + im[b] * cr;
                    re[b] = re[a] - xr;
                    im[b] = im[a] - xi;
                    re[a] += xr;
                    im[a] += xi;
                    double nr = cr * wr - ci * wi;
                    ci = cr * wi + ci * wr;
                    cr = nr;
                }
            }
        }
    }
}
