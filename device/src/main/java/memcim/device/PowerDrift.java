package memcim.device;

/**
 * Amorphous relaxation: G(t) = G(t₀)·(t/t₀)^−ν, the exponent ν drawn per cell from N(nuMean, nuSigma) whatever the
 * conductance (see {@link ConductanceDependentPowerDrift} for statistics that depend on it).
 */
public record PowerDrift(double nuMean, double nuSigma) implements GaussianExponentDrift {
    @Override
    public double at(double g0Siemens, double coefficient, double seconds, double t0Seconds) {
        return Math.max(0, g0Siemens * Math.pow(seconds / t0Seconds, -coefficient));
    }
}
