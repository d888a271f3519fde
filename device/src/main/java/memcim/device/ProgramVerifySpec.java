package memcim.device;

import java.io.Serializable;

/**
 * Program-and-verify statistics of a card. Each try is a RESET followed by a SET at the chosen compliance
 * (a fresh draw from the SET distribution); the loop stops when the verify read falls in the window or after
 * {@code maxTries}. Between the verify read and the card's measurement time the conductance relaxes: a
 * Gaussian step whose σ is {@code relaxationSigmaFraction} times the card's one-shot σ at that compliance (the
 * reason program-and-verify cannot reach an arbitrarily narrow spread, as measured on filamentary devices). The
 * fraction is at most 1: the one-shot spread, measured at the same time, already contains the relaxation.
 *
 * @param maxTries                default number of tries when the caller does not choose one
 * @param relaxationSigmaFraction σ of G(measurement) − G(verify), as a fraction of σ(Icc)
 */
public record ProgramVerifySpec(int maxTries, double relaxationSigmaFraction) implements Serializable {}
