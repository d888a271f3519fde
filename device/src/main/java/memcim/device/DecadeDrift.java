package memcim.device;

/**
 * Filamentary relaxation: G(t) = G(t₀)·(1 − ν·log₁₀(t/t₀)), ν the relative change per decade of time, drawn per
 * cell from N(nuMean, nuSigma) (ν may be negative for individual cells, which spreads the distribution).
 */
public record DecadeDrift(double nuMean, double nuSigma) implements GaussianExponentDrift {
    @Override
    public double at(double g0Siemens, double coefficient, double seconds, double t0Seconds) {
        return Math.max(0, g0Siemens * (1 - coefficient * Math.log10(seconds / t0Seconds)));
    }
}
