package memcim.device;

import java.io.Serializable;

/**
 * Read noise: one read of a cell of conductance G returns G·(1 + relativeSigma·n₁) + absoluteSigmaSiemens·n₂,
 * n₁, n₂ independent standard normal draws (white Gaussian; no 1/f component is modelled).
 */
public record ReadNoiseSpec(double relativeSigma, double absoluteSigmaSiemens) implements Serializable {}
