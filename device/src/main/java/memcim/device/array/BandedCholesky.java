package memcim.device.array;

/**
 * Cholesky factorisation A = L·Lᵀ of a symmetric positive-definite band matrix (half-bandwidth b), and solves
 * with it. Row k of L is stored contiguously (columns k−b..k), so both the factorisation's inner products and the
 * forward/backward sweeps run over contiguous memory. Cost n·b² / 2 to factor, 2·n·b per solve.
 */
final class BandedCholesky {
    private final int n;
    private final int b;
    private final int w;
    private final double[] l;

    /** Takes ownership of {@code lowerBand}: entry (k, m), k − b ≤ m ≤ k, at index k·(b+1) + (m − k + b). */
    BandedCholesky(int n, int halfBandwidth, double[] lowerBand) {
        this.n = n;
        this.b = halfBandwidth;
        this.w = halfBandwidth + 1;
        this.l = lowerBand;
        factor();
    }

    static int index(int halfBandwidth, int row, int col) {
        return row * (halfBandwidth + 1) + (col - row + halfBandwidth);
    }

    private void factor() {
        for (int k = 0; k < n; k++) {
            int baseK = k * w - k + b; // index of (k, m) = baseK + m
            int lo = Math.max(0, k - b);
            for (int j = lo; j <= k; j++) {
                int baseJ = j * w - j + b;
                int from = Math.max(lo, j - b);
                double s = l[baseK + j];
                for (int m = from; m < j; m++) s -= l[baseK + m] * l[baseJ + m];
                if (j < k) {
                    l[baseK + j] = s / l[baseJ + j];
                } else {
                    if (!(s > 0)) throw new IllegalStateException("matrix not positive definite at row " + k + " (pivot " + s + ")");
                    l[baseK + k] = Math.sqrt(s);
                }
            }
        }
    }

    /** Solves A·x = rhs in place (rhs becomes x). */
    void solveInPlace(double[] x) {
        for (int k = 0; k < n; k++) {
            int baseK = k * w - k + b;
            double s = x[k];
            for (int m = Math.max(0, k - b); m < k; m++) s -= l[baseK + m] * x[m];
            x[k] = s / l[baseK + k];
        }
        for (int k = n - 1; k >= 0; k--) {
            int baseK = k * w - k + b;
            double xk = x[k] / l[baseK + k];
            x[k] = xk;
            for (int m = Math.max(0, k - b); m < k; m++) x[m] -= l[baseK + m] * xk;
        }
    }
}
