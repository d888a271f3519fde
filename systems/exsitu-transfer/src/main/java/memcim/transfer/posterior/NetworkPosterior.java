package memcim.transfer.posterior;

import memcim.data.CodedSamples;
import memcim.networks.Forward;
import memcim.networks.NetworkShape;
import memcim.transfer.mcmc.LogDensity;

/**
 * The posterior of a crossbar network's weights given labelled samples, up to its evidence: the log likelihood
 * Σ_n log softmax(f(x_n; w))_{y_n} plus a Gaussian prior N(0, σp²) on every weight. Forward passes use the
 * unrounded clipped ReLU, so the density is differentiable for Hamiltonian Monte Carlo; the chip then reads the
 * same weights with rounded hidden codes.
 */
public final class NetworkPosterior implements LogDensity {
    private final NetworkShape shape;
    private final CodedSamples data;
    private final double priorSigma;
    private final Forward forward;

    public NetworkPosterior(NetworkShape shape, CodedSamples data, double priorSigma) {
        if (data.width() != shape.inputs()) {
            throw new IllegalArgumentException(data.width() + " inputs per sample for a network of " + shape.inputs());
        }
        this.shape = shape;
        this.data = data;
        this.priorSigma = priorSigma;
        this.forward = new Forward(shape, false);
    }

    public NetworkShape shape() { return shape; }

    public double priorSigma() { return priorSigma; }

    @Override
    public int dimension() { return shape.weights(); }

    @Override
    public double logDensity(double[] w, double[] gradient) {
        double precision = 1 / (priorSigma * priorSigma);
        double lp = 0;
        if (gradient != null) java.util.Arrays.fill(gradient, 0);
        byte[] codes = data.codes();
        int[] labels = data.labels();
        for (int n = 0; n < data.size(); n++) {
            forward.run(w, codes, n);
            // backward adds scale · ∇(−log p), so scale −1 accumulates ∇ log p
            if (gradient != null) lp -= forward.backward(w, codes, n, labels[n], gradient, -1);
            else lp += Math.log(Math.max(forward.probs[labels[n]], 1e-300));
        }
        for (int i = 0; i < w.length; i++) {
            lp -= 0.5 * precision * w[i] * w[i];
            if (gradient != null) gradient[i] -= precision * w[i];
        }
        return lp;
    }

    @Override
    public LogDensity forChain() { return new NetworkPosterior(shape, data, priorSigma); }
}
