package memcim.kinetics;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The CNN baseline, LeNet-5-like for 28 × 28 inputs: conv 5 × 5 (6 channels, padding 2) → ReLU → max-pool 2 → conv 5 × 5
 * (16 channels) → ReLU → max-pool 2 → 400 → 120 → ReLU → 84 → ReLU → 10, trained by the same loop as the kinetic
 * network. Its parameters and multiply-accumulates are counted, not assumed.
 */
public final class LeNet5 implements Classifier {
    static final int SIDE = 28, K = 5, C1 = 6, C2 = 16, S1 = 28, P1 = 14, S2 = 10, P2 = 5, F0 = C2 * P2 * P2, F1 = 120, F2 = 84, OUT = 10;
    private final double[] p;
    private final int w1, b1, w2, b2, w3, b3, w4, b4, w5, b5;

    public LeNet5(SplittableRandom rng) {
        w1 = 0;
        b1 = w1 + C1 * K * K;
        w2 = b1 + C1;
        b2 = w2 + C2 * C1 * K * K;
        w3 = b2 + C2;
        b3 = w3 + F0 * F1;
        w4 = b3 + F1;
        b4 = w4 + F1 * F2;
        w5 = b4 + F2;
        b5 = w5 + F2 * OUT;
        p = new double[b5 + OUT];
        he(rng, w1, b1, K * K);
        he(rng, w2, b2, C1 * K * K);
        he(rng, w3, b3, F0);
        he(rng, w4, b4, F1);
        he(rng, w5, b5, F2);
    }

    private void he(SplittableRandom rng, int from, int to, int fanIn) {
        double s = Math.sqrt(2.0 / fanIn);
        for (int i = from; i < to; i++) p[i] = s * rng.nextGaussian();
    }

    @Override public double[] parameters() { return p; }

    @Override public int parameterCount() { return p.length; }

    @Override
    public long macsPerInference() {
        return (long) S1 * S1 * C1 * K * K + (long) S2 * S2 * C2 * C1 * K * K + (long) F0 * F1 + (long) F1 * F2 + (long) F2 * OUT;
    }

    /** Activations of one forward pass, kept for the backward one. */
    private final class Pass {
        final double[] x, c1 = new double[C1 * S1 * S1], p1 = new double[C1 * P1 * P1], c2 = new double[C2 * S2 * S2],
                p2 = new double[F0], h1 = new double[F1], h2 = new double[F2], out = new double[OUT];
        final int[] a1 = new int[C1 * P1 * P1], a2 = new int[F0];

        Pass(double[] x) {
            this.x = x;
            for (int c = 0; c < C1; c++)
                for (int i = 0; i < S1; i++)
                    for (int j = 0; j < S1; j++) {
                        double s = p[b1 + c];
                        for (int u = 0; u < K; u++) {
                            int ii = i + u - 2;
                            if (ii < 0 || ii >= SIDE) continue;
                            for (int v = 0; v < K; v++) {
                                int jj = j + v - 2;
                                if (jj >= 0 && jj < SIDE) s += p[w1 + (c * K + u) * K + v] * x[ii * SIDE + jj];
                            }
                        }
                        c1[(c * S1 + i) * S1 + j] = Math.max(0, s);
                    }
            pool(c1, C1, S1, p1, a1);
            for (int c = 0; c < C2; c++)
                for (int i = 0; i < S2; i++)
                    for (int j = 0; j < S2; j++) {
                        double s = p[b2 + c];
                        for (int d = 0; d < C1; d++)
                            for (int u = 0; u < K; u++)
                                for (int v = 0; v < K; v++)
                                    s += p[w2 + ((c * C1 + d) * K + u) * K + v] * p1[(d * P1 + i + u) * P1 + j + v];
                        c2[(c * S2 + i) * S2 + j] = Math.max(0, s);
                    }
            pool(c2, C2, S2, p2, a2);
            dense(p2, w3, b3, F0, F1, h1, true);
            dense(h1, w4, b4, F1, F2, h2, true);
            dense(h2, w5, b5, F2, OUT, out, false);
        }
    }

    private static void pool(double[] in, int channels, int side, double[] out, int[] argmax) {
        int half = side / 2;
        for (int c = 0; c < channels; c++)
            for (int i = 0; i < half; i++)
                for (int j = 0; j < half; j++) {
                    int best = (c * side + 2 * i) * side + 2 * j;
                    for (int u = 0; u < 2; u++)
                        for (int v = 0; v < 2; v++) {
                            int k = (c * side + 2 * i + u) * side + 2 * j + v;
                            if (in[k] > in[best]) best = k;
                        }
                    out[(c * half + i) * half + j] = in[best];
                    argmax[(c * half + i) * half + j] = best;
                }
    }

    private void dense(double[] in, int w, int b, int nIn, int nOut, double[] out, boolean relu) {
        Dense.forward(p, in, w, b, nIn, nOut, out);
        if (relu) for (int j = 0; j < nOut; j++) out[j] = Math.max(0, out[j]);
    }

    private void denseBack(double[] in, double[] dOut, int w, int b, int nIn, int nOut, double[] dIn, double[] g) {
        Dense.backward(p, in, dOut, w, b, nIn, nOut, dIn, g);   // dIn arrays come zeroed
    }

    @Override
    public double[] logits(double[] input) {
        return new Pass(input).out.clone();
    }

    /**
     * Samples are split into {@value #CHUNKS} fixed chunks whose gradients are computed in parallel and summed in chunk
     * order: the same bits whatever the number of cores.
     */
    static final int CHUNKS = 4;

    @Override
    public double batch(double[][] inputs, int[] labels, double[] grad) {
        int n = inputs.length;
        double[][] g = new double[CHUNKS][];
        double[] losses = new double[CHUNKS];
        java.util.stream.IntStream.range(0, CHUNKS).parallel().forEach(c -> {
            g[c] = new double[p.length];
            losses[c] = chunk(inputs, labels, c * n / CHUNKS, (c + 1) * n / CHUNKS, n, g[c]);
        });
        Arrays.fill(grad, 0);
        double loss = 0;
        for (int c = 0; c < CHUNKS; c++) {
            loss += losses[c];
            for (int i = 0; i < grad.length; i++) grad[i] += g[c][i];
        }
        return loss;
    }

    private double chunk(double[][] inputs, int[] labels, int from, int to, int n, double[] grad) {
        double loss = 0;
        for (int s = from; s < to; s++) {
            Pass f = new Pass(inputs[s]);
            double[] q = softmax(f.out), d5 = new double[OUT];
            loss -= Math.log(Math.max(q[labels[s]], 1e-300)) / n;
            for (int k = 0; k < OUT; k++) d5[k] = (q[k] - (k == labels[s] ? 1 : 0)) / n;
            double[] d4 = new double[F2], d3 = new double[F1], dp2 = new double[F0];
            denseBack(f.h2, d5, w5, b5, F2, OUT, d4, grad);
            for (int j = 0; j < F2; j++) if (f.h2[j] <= 0) d4[j] = 0;
            denseBack(f.h1, d4, w4, b4, F1, F2, d3, grad);
            for (int j = 0; j < F1; j++) if (f.h1[j] <= 0) d3[j] = 0;
            denseBack(f.p2, d3, w3, b3, F0, F1, dp2, grad);
            double[] dc2 = new double[C2 * S2 * S2];
            for (int k = 0; k < F0; k++) dc2[f.a2[k]] += dp2[k];
            double[] dp1 = new double[C1 * P1 * P1];
            for (int c = 0; c < C2; c++)
                for (int i = 0; i < S2; i++)
                    for (int j = 0; j < S2; j++) {
                        int at = (c * S2 + i) * S2 + j;
                        if (f.c2[at] <= 0) continue;
                        double g = dc2[at];
                        grad[b2 + c] += g;
                        for (int d = 0; d < C1; d++)
                            for (int u = 0; u < K; u++)
                                for (int v = 0; v < K; v++) {
                                    int wi = w2 + ((c * C1 + d) * K + u) * K + v, pi = (d * P1 + i + u) * P1 + j + v;
                                    grad[wi] += g * f.p1[pi];
                                    dp1[pi] += g * p[wi];
                                }
                    }
            double[] dc1 = new double[C1 * S1 * S1];
            for (int k = 0; k < dp1.length; k++) dc1[f.a1[k]] += dp1[k];
            for (int c = 0; c < C1; c++)
                for (int i = 0; i < S1; i++)
                    for (int j = 0; j < S1; j++) {
                        int at = (c * S1 + i) * S1 + j;
                        if (f.c1[at] <= 0) continue;
                        double g = dc1[at];
                        grad[b1 + c] += g;
                        for (int u = 0; u < K; u++) {
                            int ii = i + u - 2;
                            if (ii < 0 || ii >= SIDE) continue;
                            for (int v = 0; v < K; v++) {
                                int jj = j + v - 2;
                                if (jj >= 0 && jj < SIDE) grad[w1 + (c * K + u) * K + v] += g * f.x[ii * SIDE + jj];
                            }
                        }
                    }
        }
        return loss;
    }

    @Override
    public double trainingLoss(double[][] inputs, int[] labels) {
        double loss = 0;
        for (int s = 0; s < inputs.length; s++) {
            double[] q = softmax(new Pass(inputs[s]).out);
            loss -= Math.log(Math.max(q[labels[s]], 1e-300)) / inputs.length;
        }
        return loss;
    }

    private static double[] softmax(double[] z) {
        double[] q = new double[z.length];
        memcim.networks.Forward.softmax(z, q);
        return q;
    }
}
