package memcim.device;

import java.util.random.RandomGenerator;

/**
 * A drift law whose per-cell coefficient ν is drawn from one N(nuMean, nuSigma) whatever the conductance: what the
 * decade and power laws share; they differ only in the trajectory {@link #at}.
 */
public sealed interface GaussianExponentDrift extends DriftModel permits DecadeDrift, PowerDrift {
    double nuMean();

    double nuSigma();

    @Override
    default double drawCoefficient(double targetSiemens, RandomGenerator rng) {
        return nuMean() + nuSigma() * rng.nextGaussian();
    }

    @Override
    default void check(String where) {
        Checks.driftExponent(where, nuMean(), nuSigma());
    }
}
