package memcim.device;

import java.util.random.RandomGenerator;

/** No drift: G(t) = G(t₀). Draws nothing (programming consumes no random numbers for it). */
public record NoDrift() implements DriftModel {
    @Override
    public double drawCoefficient(double targetSiemens, RandomGenerator rng) {
        return 0;
    }

    @Override
    public double at(double g0Siemens, double coefficient, double seconds, double t0Seconds) {
        return g0Siemens;
    }

    @Override
    public void check(String where) {
        // no parameters
    }
}
