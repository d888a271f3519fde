package memcim.hdl.periphery;

/**
 * The digital periphery's timing in clock cycles, published once. Each block states its own latency
 * ({@link SarAdcLogic#cycles}, {@link SoftmaxEntropy#cycles}, {@link UncertaintyUnit#cycles}) and the derived
 * figures below follow {@link InferenceController}'s state machine; co-simulation (lock-step transients, energy,
 * latency, report notes) reads them from here so that a change to a block's timing reaches all of them.
 *
 * @param adcCycles         SAR ADC from its start edge to done: N + 1
 * @param bitPhases         bit-serial input phases per neuron
 * @param softmaxCycles     softmax and entropy of one sample
 * @param uncertaintyCycles the final uncertainty unit
 * @param neuronsPerSample  output neurons of both layers (hidden + classes): the neurons read per sample
 * @param samples           weight samples M read in turn
 */
public record Timing(int adcCycles, int bitPhases, int softmaxCycles, int uncertaintyCycles, int neuronsPerSample,
                     int samples) {

    /** The word lines are driven during a conversion (read_en): the controller's start cycle, then the ADC's. */
    public int readCycles() { return 1 + adcCycles; }

    /** One bit phase: the G⁺ and the G⁻ conversion, then one accumulate cycle. */
    public int phaseCycles() { return 2 * readCycles() + 1; }

    /** One neuron: a start cycle, its bit phases, a commit cycle. */
    public int neuronCycles() { return 1 + bitPhases * phaseCycles() + 1; }

    /** One sample: every neuron of both layers, the softmax start cycle and the softmax. */
    public long sampleCycles() { return (long) neuronsPerSample * neuronCycles() + 1 + softmaxCycles; }

    /** Start to done: the init cycle, M samples, the uncertainty start cycle and unit, the done cycle. */
    public long inferenceCycles() { return 1 + samples * sampleCycles() + 1 + uncertaintyCycles + 1; }
}
