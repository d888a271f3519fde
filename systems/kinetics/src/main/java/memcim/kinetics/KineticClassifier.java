package memcim.kinetics;

import java.util.Arrays;
import java.util.SplittableRandom;
import memcim.core.InputException;

/**
 * The kinetic network of Shi et al. (2025) on sequences: each input is {@code rows} sequences of {@code steps} values
 * in [0, 1] (an image's rows), each fed as a pulse train to one dynamic memristor whose trajectory w₀ … w_{steps−1}
 * ({@link KineticRecurrence}, one α and one β for the layer) is the feature map; the concatenated trajectories feed a
 * dense head, features → hidden (with batch normalisation, ReLU) → classes, as the authors' MNIST code
 * ({@code hidden} 72); {@code hidden} 0 is the smaller head, features → classes.
 *
 * <p>All parameters are one flat vector ({@link #parameters()}), α and β first, so one optimiser steps them all;
 * {@link #batch} returns the mean cross-entropy of a mini-batch and its gradient by backpropagation through the
 * head and the recurrence. Batch normalisation uses the batch's statistics in training and running ones (momentum
 * 0.1, as PyTorch) for prediction.
 */
public final class KineticClassifier implements Classifier {
    public static final double BN_EPSILON = 1e-5, BN_MOMENTUM = 0.1;

    private final int rows, steps, features, hidden, classes;
    private final KineticRecurrence recurrence;   // null: the raw-pixel baseline, the inputs are the features
    private final double[] p;
    private final int w1, b1, gamma, shift, w2, b2;
    private final double[] runningMean, runningVar;

    /** α and β drawn U(0.001, 1) as the authors' code draws them; the head He-initialised. */
    public KineticClassifier(int rows, int steps, int hidden, int classes, KineticRecurrence recurrence, SplittableRandom rng) {
        if (rows < 1 || steps < 2 || hidden < 0 || classes < 2 || steps * rows > 100_000)
            throw new InputException("kinetic network shape", "rows >= 1, steps >= 2, hidden >= 0, classes >= 2",
                    rows + ", " + steps + ", " + hidden + ", " + classes);
        this.rows = rows;
        this.steps = steps;
        this.features = rows * steps;
        this.hidden = hidden;
        this.classes = classes;
        this.recurrence = recurrence;
        int first = hidden > 0 ? hidden : classes;
        w1 = 2;
        b1 = w1 + features * first;
        gamma = b1 + first;
        shift = gamma + (hidden > 0 ? hidden : 0);
        w2 = shift + (hidden > 0 ? hidden : 0);
        b2 = w2 + (hidden > 0 ? hidden * classes : 0);
        p = new double[b2 + (hidden > 0 ? classes : 0)];
        p[0] = 0.001 + 0.999 * rng.nextDouble();
        p[1] = 0.001 + 0.999 * rng.nextDouble();
        double s1 = Math.sqrt(2.0 / features);
        for (int i = w1; i < b1; i++) p[i] = s1 * rng.nextGaussian();
        if (hidden > 0) {
            Arrays.fill(p, gamma, shift, 1);
            double s2 = Math.sqrt(2.0 / hidden);
            for (int i = w2; i < b2; i++) p[i] = s2 * rng.nextGaussian();
        }
        runningMean = new double[Math.max(hidden, 0)];
        runningVar = new double[Math.max(hidden, 0)];
        Arrays.fill(runningVar, 1);
    }

    /**
     * The baseline on raw inputs: the same head reading the rows × steps values themselves, no device (α and β stay
     * in the vector, unused, so one training loop serves both; they are not counted as parameters).
     */
    public static KineticClassifier rawPixels(int rows, int steps, int hidden, int classes, SplittableRandom rng) {
        return new KineticClassifier(rows, steps, hidden, classes, null, rng);
    }

    /** A weight matrix of the head inside {@link #parameters()}: [rows][cols] from {@code offset}. */
    public record WeightBlock(int offset, int rows, int cols) {}

    /** The head's weight matrices (biases and normalisation excluded): what a crossbar holds. */
    public java.util.List<WeightBlock> weightBlocks() {
        int first = hidden > 0 ? hidden : classes;
        return hidden > 0 ? java.util.List.of(new WeightBlock(w1, features, first), new WeightBlock(w2, hidden, classes))
                : java.util.List.of(new WeightBlock(w1, features, first));
    }

    /** A copy with these parameters (same layout) and the same running statistics: the head as programmed. */
    public KineticClassifier withParameters(double[] params) {
        KineticClassifier c = new KineticClassifier(this, params);
        return c;
    }

    private KineticClassifier(KineticClassifier like, double[] params) {
        this.rows = like.rows;
        this.steps = like.steps;
        this.features = like.features;
        this.hidden = like.hidden;
        this.classes = like.classes;
        this.recurrence = like.recurrence;
        this.w1 = like.w1;
        this.b1 = like.b1;
        this.gamma = like.gamma;
        this.shift = like.shift;
        this.w2 = like.w2;
        this.b2 = like.b2;
        if (params.length != like.p.length) throw new IllegalArgumentException(like.p.length + " parameters expected, got " + params.length);
        this.p = params.clone();
        this.runningMean = like.runningMean.clone();
        this.runningVar = like.runningVar.clone();
    }

    /** Whether the features are the memristor's trajectories (else the raw inputs). */
    public boolean kinetic() { return recurrence != null; }

    /** α, β, then the head: stepped in place by the caller's optimiser. */
    @Override
    public double[] parameters() { return p; }

    public double alpha() { return p[0]; }

    public double beta() { return p[1]; }

    public int features() { return features; }

    public int rows() { return rows; }

    public int steps() { return steps; }

    public int hidden() { return hidden; }

    /** Learnable parameters: α, β (kinetic only) and the head's weights, biases and normalisation scales and shifts. */
    @Override
    public int parameterCount() { return kinetic() ? p.length : p.length - 2; }

    /** Multiply-accumulates of one inference: the recurrence's (one division and one multiply per step) and the head's. */
    @Override
    public long macsPerInference() {
        long head = (long) features * (hidden > 0 ? hidden : classes) + (hidden > 0 ? (long) hidden * classes + hidden : 0);
        return kinetic() ? (long) rows * (steps - 1) * 2 + head : head;
    }

    /** The feature map of one input (rows × steps values) with the layer's α, β on ideal devices. */
    public double[] featureMap(double[] input) {
        return featureMap(input, null);
    }

    /** The feature map on these devices (row r's device off by δα_r, δβ_r; null: ideal). */
    public double[] featureMap(double[] input, Devices d) {
        if (!kinetic()) return input.clone();
        double[] f = new double[features];
        for (int r = 0; r < rows; r++) recurrence.forward(alphaOf(r, d), betaOf(r, d), input, r * steps, steps, f);
        return f;
    }

    private double alphaOf(int row, Devices d) {
        return d == null ? p[0] : Math.max(0, p[0] + d.dAlpha()[row]);
    }

    private double betaOf(int row, Devices d) {
        return d == null ? p[1] : p[1] + d.dBeta()[row];
    }

    /** One memristor per row, each with its own offsets of α and β from the layer's (device-to-device spread). */
    public record Devices(double[] dAlpha, double[] dBeta) {
        /** Offsets drawn N(0, σ²) for {@code rows} devices. */
        public static Devices draw(int rows, double sigmaAlpha, double sigmaBeta, SplittableRandom rng) {
            double[] a = new double[rows], b = new double[rows];
            for (int r = 0; r < rows; r++) {
                a[r] = sigmaAlpha * rng.nextGaussian();
                b[r] = sigmaBeta * rng.nextGaussian();
            }
            return new Devices(a, b);
        }
    }

    /**
     * Mean cross-entropy of a training mini-batch (normalised by its own statistics), its gradient into {@code grad}
     * (overwritten, the layout of {@link #parameters()}); updates the running statistics.
     */
    @Override
    public double batch(double[][] inputs, int[] labels, double[] grad) {
        return pass(inputs, labels, grad, true, null);
    }

    /** {@link #batch} on these devices (hardware-aware training: fresh offsets per mini-batch). */
    public double batch(double[][] inputs, int[] labels, double[] grad, Devices devices) {
        return pass(inputs, labels, grad, true, devices);
    }

    /** The same mini-batch loss without a gradient and without touching the running statistics (for checks). */
    public double trainingLoss(double[][] inputs, int[] labels, Devices devices) {
        return pass(inputs, labels, null, false, devices);
    }

    @Override
    public double trainingLoss(double[][] inputs, int[] labels) {
        return trainingLoss(inputs, labels, null);
    }

    private double pass(double[][] inputs, int[] labels, double[] grad, boolean updateRunning, Devices devices) {
        int n = inputs.length, first = hidden > 0 ? hidden : classes;
        double[][] f = new double[n][], z = new double[n][first], h = hidden > 0 ? new double[n][hidden] : null;
        double[][] xhat = hidden > 0 ? new double[n][hidden] : null, logits = new double[n][classes];
        for (int i = 0; i < n; i++) {
            f[i] = featureMap(inputs[i], devices);
            linear(f[i], w1, b1, features, first, z[i]);
        }
        double[] mean = new double[Math.max(hidden, 0)], var = new double[Math.max(hidden, 0)];
        if (hidden > 0) {
            for (int j = 0; j < hidden; j++) {
                double m = 0, v = 0;
                for (int i = 0; i < n; i++) m += z[i][j];
                m /= n;
                for (int i = 0; i < n; i++) v += (z[i][j] - m) * (z[i][j] - m);
                v /= n;
                if (updateRunning) {
                    runningMean[j] = (1 - BN_MOMENTUM) * runningMean[j] + BN_MOMENTUM * m;
                    runningVar[j] = (1 - BN_MOMENTUM) * runningVar[j] + BN_MOMENTUM * v * n / Math.max(1, n - 1);
                }
                mean[j] = m;
                var[j] = v;
                double inv = 1 / Math.sqrt(v + BN_EPSILON);
                for (int i = 0; i < n; i++) {
                    xhat[i][j] = (z[i][j] - m) * inv;
                    h[i][j] = Math.max(0, p[gamma + j] * xhat[i][j] + p[shift + j]);
                }
            }
            for (int i = 0; i < n; i++) linear(h[i], w2, b2, hidden, classes, logits[i]);
        } else {
            logits = z;
        }
        double loss = 0;
        double[][] dLogits = new double[n][classes];
        for (int i = 0; i < n; i++) {
            double[] q = softmax(logits[i]);
            loss -= Math.log(Math.max(q[labels[i]], 1e-300)) / n;
            for (int k = 0; k < classes; k++) dLogits[i][k] = (q[k] - (k == labels[i] ? 1 : 0)) / n;
        }
        if (grad == null) return loss;
        Arrays.fill(grad, 0);
        double[][] dz;
        if (hidden > 0) {
            double[][] dh = new double[n][hidden];
            for (int i = 0; i < n; i++) linearBackward(h[i], dLogits[i], w2, b2, hidden, classes, dh[i], grad);
            dz = new double[n][hidden];
            for (int j = 0; j < hidden; j++) {
                double inv = 1 / Math.sqrt(var[j] + BN_EPSILON), sumDx = 0, sumDxX = 0;
                double[] dx = new double[n];
                for (int i = 0; i < n; i++) {
                    double pre = p[gamma + j] * xhat[i][j] + p[shift + j];
                    double dy = pre > 0 ? dh[i][j] : 0;
                    grad[gamma + j] += dy * xhat[i][j];
                    grad[shift + j] += dy;
                    dx[i] = dy * p[gamma + j];
                    sumDx += dx[i];
                    sumDxX += dx[i] * xhat[i][j];
                }
                for (int i = 0; i < n; i++) dz[i][j] = inv / n * (n * dx[i] - sumDx - xhat[i][j] * sumDxX);
            }
        } else {
            dz = dLogits;
        }
        double[] df = new double[features], ab = new double[2];
        for (int i = 0; i < n; i++) {
            Arrays.fill(df, 0);
            linearBackward(f[i], dz[i], w1, b1, features, first, df, grad);
            for (int r = 0; kinetic() && r < rows; r++) {
                double a = alphaOf(r, devices);
                double[] one = new double[2];
                recurrence.backward(a, betaOf(r, devices), inputs[i], f[i], df, r * steps, steps, one);
                if (devices == null || p[0] + devices.dAlpha()[r] > 0) ab[0] += one[0];   // a device held at α = 0 passes none
                ab[1] += one[1];
            }
        }
        grad[0] = ab[0];
        grad[1] = ab[1];
        return loss;
    }

    /** The class of each input (running statistics in the normalisation). */
    public int[] predict(double[][] inputs) {
        return predict(inputs, null);
    }

    public int[] predict(double[][] inputs, Devices devices) {
        int[] out = new int[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            double[] logits = logits(inputs[i], devices);
            int best = 0;
            for (int k = 1; k < classes; k++) if (logits[k] > logits[best]) best = k;
            out[i] = best;
        }
        return out;
    }

    /** One input's logits in prediction mode. */
    @Override
    public double[] logits(double[] input) {
        return logits(input, null);
    }

    /** One input's logits in prediction mode on these devices. */
    public double[] logits(double[] input, Devices devices) {
        double[] f = featureMap(input, devices);
        int first = hidden > 0 ? hidden : classes;
        double[] z = new double[first];
        linear(f, w1, b1, features, first, z);
        if (hidden == 0) return z;
        double[] h = new double[hidden];
        for (int j = 0; j < hidden; j++) {
            double x = (z[j] - runningMean[j]) / Math.sqrt(runningVar[j] + BN_EPSILON);
            h[j] = Math.max(0, p[gamma + j] * x + p[shift + j]);
        }
        double[] out = new double[classes];
        linear(h, w2, b2, hidden, classes, out);
        return out;
    }

    private void linear(double[] in, int w, int b, int nIn, int nOut, double[] out) {
        Dense.forward(p, in, w, b, nIn, nOut, out);
    }

    private void linearBackward(double[] in, double[] dOut, int w, int b, int nIn, int nOut, double[] dIn, double[] grad) {
        Dense.backward(p, in, dOut, w, b, nIn, nOut, dIn, grad);
    }

    private static double[] softmax(double[] z) {
        double[] q = new double[z.length];
        memcim.networks.Forward.softmax(z, q);
        return q;
    }
}
