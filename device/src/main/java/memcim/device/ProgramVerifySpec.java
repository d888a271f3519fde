package memcim.device;

import java.io.Serializable;

/**
 * Program-and-verify statistics of a card. Each try is a RESET followed by a SET at the chosen compliance
 * (a fresh draw from the SET distribution); the loop stops when the verify read falls in the window or after
 * {@code maxTries}. Between the verify read and the card's measurement time the conductance relaxes: a
 * Gaussian relative step of {@code relaxationSigmaRelative} (the reason program-and-verify cannot reach a
 * spread narrower than the relaxation, as measured on filamentary devices).
 *
 * @param maxTries                default number of tries when the caller does not choose one
 * @param relaxationSigmaRelative σ of (G(measurement) − G(verify)) / G(verify)
 */
public record ProgramVerifySpec(int maxTries, double relaxationSigmaRelative) implements Serializable {}
