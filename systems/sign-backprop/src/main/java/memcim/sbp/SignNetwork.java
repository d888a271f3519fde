package memcim.sbp;

import java.util.SplittableRandom;
import memcim.device.NonlinearBoundedPulses;
import memcim.device.array.TiledCrossbar;

/**
 * The on-chip two-layer network trained by sign backpropagation ({@link SignRule}): binary inputs and hidden bits,
 * ternary errors, pulses as updates, one sample at a time as the chip would. Not thread-safe: each training owns one.
 */
public final class SignNetwork {
    private final PulsedLayer hiddenLayer;
    private final PulsedLayer outputLayer;
    private final SignRule rule;
    private final int wireRefresh;
    private final double[] a1;
    private final double[] a2;
    private final double[] e1;
    private final byte[] h;
    private final byte[] d1;
    private final byte[] d2;
    private long updates;
    private final byte[] hMask, xMask;
    private double updateProbability = 1;
    private SplittableRandom gate;

    /** What the network is built of: the device, the wires, faults and the rule. */
    public record Hardware(NonlinearBoundedPulses law, TiledCrossbar wires, double stuckFraction, long endurance, int wireRefresh) {}

    public SignNetwork(int inputs, int hidden, int classes, Hardware hw, SignRule rule, SplittableRandom rng) {
        this.rule = rule;
        this.wireRefresh = hw.wireRefresh();
        hiddenLayer = new PulsedLayer(inputs, hidden, hw.law(), hw.wires(), hw.stuckFraction(), hw.endurance(), rng.split());
        outputLayer = new PulsedLayer(hidden, classes, hw.law(), hw.wires(), hw.stuckFraction(), hw.endurance(), rng.split());
        a1 = new double[hidden];
        a2 = new double[classes];
        e1 = new double[hidden];
        h = new byte[hidden];
        d1 = new byte[hidden];
        d2 = new byte[classes];
        hMask = new byte[hidden];
        xMask = new byte[inputs];
    }

    /** The predicted class of the binary input at {@code codes[offset..]}: the largest output current. */
    public int predict(byte[] codes, int offset) {
        forward(codes, offset);
        return argmax();
    }

    private int argmax() {
        int best = 0;
        for (int k = 1; k < a2.length; k++) if (a2[k] > a2[best]) best = k;
        return best;
    }

    private void forward(byte[] codes, int offset) {
        hiddenLayer.forward(codes, offset, a1);
        for (int j = 0; j < h.length; j++) h[j] = (byte) (a1[j] > 0 ? 1 : 0);
        outputLayer.forward(h, 0, a2);
    }

    /** One sample's forward read, ternary errors, backward read and pulses; returns the class the forward read predicted. */
    public int train(byte[] codes, int offset, int label) {
        forward(codes, offset);
        int predicted = argmax();
        boolean any = false;
        for (int k = 0; k < a2.length; k++) {
            d2[k] = rule.outputError(a2[k], k == label);
            any |= d2[k] != 0;
        }
        if (!any) return predicted;
        outputLayer.backward(d2, e1);
        for (int j = 0; j < d1.length; j++) d1[j] = rule.hiddenError(e1[j], a1[j]);
        if (updateProbability < 1) {
            // each driven line takes part with probability p: one generator bit per word line, in line order
            for (int j = 0; j < hMask.length; j++) hMask[j] = (byte) (h[j] != 0 && gate.nextDouble() < updateProbability ? 1 : 0);
            for (int i = 0; i < xMask.length; i++) xMask[i] = (byte) (codes[offset + i] != 0 && gate.nextDouble() < updateProbability ? 1 : 0);
            outputLayer.update(hMask, 0, d2, rule.pulses());
            hiddenLayer.update(xMask, 0, d1, rule.pulses());
        } else {
            outputLayer.update(h, 0, d2, rule.pulses());
            hiddenLayer.update(codes, offset, d1, rule.pulses());
        }
        if (++updates % wireRefresh == 0) {
            hiddenLayer.refreshWires();
            outputLayer.refreshWires();
        }
        return predicted;
    }

    /**
     * From now on each driven line (input or hidden bit) of an update takes part with this probability, drawn from
     * {@code gate}: the learning-rate schedule, a random mask on the word-line drivers.
     */
    public void updateProbability(double p, SplittableRandom gate) {
        this.updateProbability = p;
        this.gate = gate;
    }

    /** Mean hidden bits at 1 per sample of {@code set}: how many output-array word lines a forward read drives. */
    public double meanHiddenActive(memcim.data.CodedSamples set) {
        long on = 0;
        for (int s = 0; s < set.size(); s++) {
            forward(set.codes(), s * set.width());
            for (byte b : h) on += b;
        }
        return (double) on / set.size();
    }

    public long sets() { return hiddenLayer.sets() + outputLayer.sets(); }

    public long resets() { return hiddenLayer.resets() + outputLayer.resets(); }

    /** Samples that pulsed (the others met the margin and left the array alone). */
    public long updates() { return updates; }

    public int mostPulsedCell() { return Math.max(hiddenLayer.mostPulsedCell(), outputLayer.mostPulsedCell()); }

    /** Every cell's conductance, hidden layer then output layer (G⁺ cells, then G⁻). */
    public double[] conductances() {
        double[] a = hiddenLayer.conductances(), b = outputLayer.conductances();
        double[] out = new double[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    PulsedLayer hiddenLayer() { return hiddenLayer; }

    PulsedLayer outputLayer() { return outputLayer; }
}
