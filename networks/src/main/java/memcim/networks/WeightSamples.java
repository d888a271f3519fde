package memcim.networks;

/** Networks given by their weights in network units: draws of a BNN, or the one conventional network. */
public record WeightSamples(NetworkShape shape, double[][] weights) implements SampledClassifier {
    public static WeightSamples single(NetworkShape shape, double[] weights) {
        return new WeightSamples(shape, new double[][] {weights});
    }

    @Override
    public int samples() { return weights.length; }

    @Override
    public Worker worker() {
        Forward f = new Forward(shape, true);
        return (sample, codes, row, out) -> {
            f.run(weights[sample], codes, row);
            System.arraycopy(f.probs, 0, out, 0, out.length);
        };
    }
}
