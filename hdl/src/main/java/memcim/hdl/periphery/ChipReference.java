package memcim.hdl.periphery;

/**
 * Software reference of {@link ChipDigital}: the same loops (samples, layers, neurons, bit phases, G⁺/G⁻
 * conversions) and the same integer arithmetic, built from the modules' reference functions. The
 * co-simulation checks the simulated chip against it; tests check the hardware against it.
 */
public final class ChipReference {
    private ChipReference() {}

    public static InferenceResult infer(PeripheryConfig c, int[] features, ArrayReadout readout) {
        long[] sums = new long[c.classes()];
        long hsum = 0;
        for (int s = 0; s < c.samples(); s++) {
            int[] hidden = new int[c.hidden()];
            for (int j = 0; j < c.hidden(); j++) {
                hidden[j] = ClippedRelu.reference(neuron(c, s, 0, j, features, readout), c.reluShift(), c.bits());
            }
            long[] logits = new long[c.classes()];
            for (int j = 0; j < c.classes(); j++) logits[j] = neuron(c, s, 1, j, hidden, readout);
            SoftmaxEntropy.Result r = SoftmaxEntropy.reference(logits, c.expShift(), c.stepMilli());
            for (int k = 0; k < c.classes(); k++) sums[k] += r.p()[k];
            hsum += r.h();
        }
        UncertaintyUnit.Result u = UncertaintyUnit.reference(sums, hsum, c.samples());
        return new InferenceResult(u.prediction(), u.up(), u.ua(), u.ue(), 0);
    }

    /** The shift-add sum of one neuron: Σ_phase (code(G⁺) − code(G⁻))·2^phase. */
    public static long neuron(PeripheryConfig c, int sample, int layer, int j, int[] x, ArrayReadout readout) {
        long[] partial = new long[c.bits()];
        for (int p = 0; p < c.bits(); p++) {
            long wl = BitSerialSequencer.wordLines(x, p);
            int pos = SarAdcLogic.convert(c.adcBits(), code -> readout.comparator(sample, layer, 2 * j, wl, code));
            int neg = SarAdcLogic.convert(c.adcBits(), code -> readout.comparator(sample, layer, 2 * j + 1, wl, code));
            partial[p] = DiffPair.reference(pos, neg);
        }
        return ShiftAdd.reference(partial);
    }
}
