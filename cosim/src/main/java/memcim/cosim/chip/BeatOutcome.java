package memcim.cosim.chip;

import memcim.hdl.periphery.InferenceResult;

/** The chip's answer for one beat, with the beat's true label (≥ EcgClass.TRAINED: an unseen class). */
public record BeatOutcome(int beat, int label, InferenceResult result) {}
