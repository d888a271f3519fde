package memcim.transfer.plan;

import memcim.networks.NetworkShape;

/**
 * Puts every chain's draws in the hidden-unit order of chain 0. A network's posterior is symmetric under permuting
 * the units of a hidden layer (with their incoming columns and outgoing rows), so independent chains settle in
 * equivalent modes with their units in different orders. Predictions do not see the order, but the per-weight
 * marginals do: pooled unaligned, weight q would be a mixture of different units' weights, and drawing each weight's
 * value independently (what a single-SET transfer does) would assemble networks from mismatched units. For each
 * hidden layer in turn, each chain's units are matched to chain 0's by the assignment minimising the squared distance
 * of their mean incoming and outgoing weights (Hungarian method), and its draws are permuted accordingly.
 */
public final class ChainAlignment {
    private ChainAlignment() {}

    /**
     * @param draws {@code [chain][draw][weight]}, not changed
     * @return the draws with every chain's hidden units in chain 0's order, same shape
     */
    public static double[][][] align(NetworkShape shape, double[][][] draws) {
        double[][][] out = new double[draws.length][][];
        for (int c = 0; c < draws.length; c++) {
            out[c] = new double[draws[c].length][];
            for (int s = 0; s < draws[c].length; s++) out[c][s] = draws[c][s].clone();
        }
        for (int l = 0; l + 1 < shape.layers(); l++) {
            double[] reference = mean(out[0]);
            for (int c = 1; c < out.length; c++) {
                int[] p = Assignment.minimise(unitCosts(shape, l, reference, mean(out[c])));
                for (double[] w : out[c]) permuteUnits(shape, l, p, w);
            }
        }
        return out;
    }

    /** cost[i][j]: squared distance between unit i of the reference and unit j of the chain (in and out weights). */
    static double[][] unitCosts(NetworkShape shape, int layer, double[] reference, double[] chain) {
        int units = shape.cols(layer);
        double[][] cost = new double[units][units];
        for (int i = 0; i < units; i++) {
            for (int j = 0; j < units; j++) {
                double d = 0;
                for (int in = 0; in < shape.rows(layer); in++) {
                    double e = reference[incoming(shape, layer, in, i)] - chain[incoming(shape, layer, in, j)];
                    d += e * e;
                }
                for (int out = 0; out < shape.cols(layer + 1); out++) {
                    double e = reference[outgoing(shape, layer, i, out)] - chain[outgoing(shape, layer, j, out)];
                    d += e * e;
                }
                cost[i][j] = d;
            }
        }
        return cost;
    }

    /** Unit i of the result is unit p[i] of {@code w} (in place). */
    static void permuteUnits(NetworkShape shape, int layer, int[] p, double[] w) {
        double[] before = w.clone();
        int units = shape.cols(layer);
        for (int i = 0; i < units; i++) {
            for (int in = 0; in < shape.rows(layer); in++) w[incoming(shape, layer, in, i)] = before[incoming(shape, layer, in, p[i])];
            for (int out = 0; out < shape.cols(layer + 1); out++) w[outgoing(shape, layer, i, out)] = before[outgoing(shape, layer, p[i], out)];
        }
    }

    private static int incoming(NetworkShape shape, int layer, int input, int unit) {
        return shape.offset(layer) + input * shape.cols(layer) + unit;
    }

    private static int outgoing(NetworkShape shape, int layer, int unit, int output) {
        return shape.offset(layer + 1) + unit * shape.cols(layer + 1) + output;
    }

    private static double[] mean(double[][] draws) {
        double[] m = new double[draws[0].length];
        for (double[] d : draws) for (int k = 0; k < m.length; k++) m[k] += d[k] / draws.length;
        return m;
    }
}
