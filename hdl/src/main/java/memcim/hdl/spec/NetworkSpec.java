package memcim.hdl.spec;

/**
 * The network the chip computes: inputs → hidden → outputs, the activations' bits (inputs and hidden codes are both
 * applied bit-serially, one phase per bit: the datapath has one width for both) and the number M of sampled
 * networks read in turn. The limits are the digital periphery's (hdl controller, sequencers, softmax, uncertainty).
 */
public record NetworkSpec(int inputs, int hidden, int outputs, int activationBits, int samples) {
    void validate(Check c) {
        c.limit("network.hidden", hidden, 2, 16, "hdl inference controller: 4-bit neuron count");
        c.limit("network.inputs", inputs, hidden, 64, "hdl chip: at least network.hidden, 64 word lines at most");
        c.limit("network.outputs", outputs, 2, 15, "hdl softmax and controller");
        c.limit("network.activationBits", activationBits, 1, 3, "hdl bit-serial sequencers: 2-bit phase counter");
        c.limit("network.samples", samples, 1, 255, "hdl controller and uncertainty unit: 8-bit sample counter");
    }

    public NetworkSpec withSamples(int m) {
        return new NetworkSpec(inputs, hidden, outputs, activationBits, m);
    }
}
