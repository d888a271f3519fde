package memcim.wpo;

import java.util.SplittableRandom;
import memcim.data.CodedSamples;
import memcim.networks.Evaluator;
import memcim.networks.NetworkShape;
import memcim.networks.WeightSamples;

/**
 * A network trained in software, whose weights the strategies programme: its shape, flat weights (layer after layer,
 * {@link NetworkShape}'s layout), the test samples and its software accuracy on them. Every layer is programmed in
 * units of its own largest |w| (the weights a converter sees lie in [−1, 1]), as in Mackin et al.
 */
public record TrainedNetwork(String name, String dataSource, NetworkShape shape, double[] weights, CodedSamples test,
                             double softwareAccuracy) {
    public static TrainedNetwork of(String name, String dataSource, NetworkShape shape, double[] weights, CodedSamples test) {
        double acc = Evaluator.evaluate(WeightSamples.single(shape, weights.clone()), test).accuracy();
        return new TrainedNetwork(name, dataSource, shape, weights.clone(), test, acc);
    }

    /** Layer l's weights, [inputs][outputs]. */
    public double[][] layer(int l) {
        int rows = shape.rows(l), cols = shape.cols(l), off = shape.offset(l);
        double[][] w = new double[rows][cols];
        for (int i = 0; i < rows; i++) System.arraycopy(weights, off + i * cols, w[i], 0, cols);
        return w;
    }

    /** Layer l's largest |w|: its unit when programmed. */
    public double maxAbs(int l) {
        double m = 0;
        for (int i = shape.offset(l); i < shape.offset(l + 1); i++) m = Math.max(m, Math.abs(weights[i]));
        return m;
    }

    /** Accuracy on the test samples of the network with these weights (same layout). */
    public double accuracy(double[] w) {
        return Evaluator.evaluate(WeightSamples.single(shape, w), test).accuracy();
    }

    /**
     * {@code n} target weights for the cost, [n / 32][32], drawn uniformly (seeded) from all layers' weights in units of
     * their layer's largest |w|: the network's own weight distribution. Each layer's largest weight is among them, so
     * the largest |target| is 1 as on the arrays.
     */
    public double[][] sampledTargets(int n, long seed) {
        int cols = 32, rows = Math.max(1, n / cols);
        double[][] t = new double[rows][cols];
        SplittableRandom r = new SplittableRandom(seed);
        double[] scale = new double[shape.layers()];
        for (int l = 0; l < scale.length; l++) scale[l] = maxAbs(l);
        int k = 0;
        for (int l = 0; l < shape.layers() && k < rows * cols; l++, k++) t[k / cols][k % cols] = largest(l) / scale[l];
        for (; k < rows * cols; k++) {
            int i = r.nextInt(weights.length);
            t[k / cols][k % cols] = weights[i] / scale[layerOf(i)];
        }
        return t;
    }

    private double largest(int l) {
        double best = 0;
        for (int i = shape.offset(l); i < shape.offset(l + 1); i++) if (Math.abs(weights[i]) > Math.abs(best)) best = weights[i];
        return best;
    }

    private int layerOf(int index) {
        int l = 0;
        while (index >= shape.offset(l + 1)) l++;
        return l;
    }
}
