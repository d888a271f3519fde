package memcim.transfer.posterior;

import java.util.stream.IntStream;
import memcim.data.CodedSamples;
import memcim.networks.Forward;
import memcim.networks.NetworkShape;
import memcim.transfer.mcmc.Diagnostics;

/**
 * Split-R̂ and ESS of what the network predicts, point by point: the class probabilities of every draw at every
 * point of a grid, read as the chip reads them ({@link Forward} with {@code quantise = true}: rounded hidden codes).
 * These are invariant under the hidden units' permutations (and any other symmetry of the weights), so unlike the
 * weights themselves they mean the same in every chain: chains that sit in equivalent, relabelled modes agree on
 * them, and only a real failure to mix shows. Per point the largest R̂ and the smallest ESS over the classes.
 */
final class PredictiveConvergence {
    private static final int CHUNK = 32;

    /** Per grid point: the worst class's split-R̂ and ESS. */
    record Result(double[] rhat, double[] ess) {}

    private PredictiveConvergence() {}

    /** {@code draws[chain][draw][weight]}; results land in their point's slot, so they do not depend on the cores. */
    static Result of(NetworkShape shape, double[][][] draws, CodedSamples grid) {
        int n = grid.size(), chains = draws.length, perChain = draws[0].length, classes = shape.outputs();
        double[] rhat = new double[n], ess = new double[n];
        byte[] codes = grid.codes();
        IntStream.range(0, (n + CHUNK - 1) / CHUNK).parallel().forEach(chunk -> {
            Forward f = new Forward(shape, true);
            double[][][] p = new double[classes][chains][perChain];
            for (int i = chunk * CHUNK; i < Math.min(n, (chunk + 1) * CHUNK); i++) {
                for (int c = 0; c < chains; c++) {
                    for (int d = 0; d < perChain; d++) {
                        f.run(draws[c][d], codes, i);
                        for (int k = 0; k < classes; k++) p[k][c][d] = f.probs[k];
                    }
                }
                double r = 1, e = Double.POSITIVE_INFINITY;
                for (int k = 0; k < classes; k++) {
                    r = Math.max(r, Diagnostics.splitRhat(p[k]));
                    e = Math.min(e, Diagnostics.effectiveSampleSize(p[k]));
                }
                rhat[i] = r;
                ess[i] = e;
            }
        });
        return new Result(rhat, ess);
    }
}
