package memcim.cosim.config;

/** The Bayesian MLP inputs → hidden → outputs, its bit widths and the number M of sampled networks on chip. */
public record NetworkShape(int inputs, int hidden, int outputs, int inputBits, int hiddenBits, int samples) {
    void validate(Check c) {
        c.range("network.inputs", inputs, 1, 4096);
        c.range("network.hidden", hidden, 1, 4096);
        c.range("network.outputs", outputs, 2, 4096);
        c.range("network.inputBits", inputBits, 1, 8);
        c.range("network.hiddenBits", hiddenBits, 1, 8);
        c.range("network.samples", samples, 1, 1000);
    }

    public NetworkShape withSamples(int m) {
        return new NetworkShape(inputs, hidden, outputs, inputBits, hiddenBits, m);
    }
}
