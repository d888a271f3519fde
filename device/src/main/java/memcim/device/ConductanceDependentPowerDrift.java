package memcim.device;

import java.util.random.RandomGenerator;

/**
 * Power-law drift G(t) = G(t₀)·(t/t₀)^−ν whose exponent statistics depend on the programmed conductance, as
 * measured on PCM (Nandakumar et al., ICECS 2019; aihwkit's {@code PCMLikeNoiseModel}): with x = G_target/G_max,
 * ν = |N(μ(x), σ(x))|, μ and σ each {@link ClippedLogLinear} in ln x. Low conductances drift faster and more
 * variably. x is held above 1e-7 so that an empty cell has finite statistics (the clip bounds them anyway).
 *
 * @param gMaxSiemens full-scale conductance G_max the statistics are relative to
 * @param nuMean      mean of ν as a function of x
 * @param nuSigma     standard deviation of ν as a function of x
 */
public record ConductanceDependentPowerDrift(double gMaxSiemens, ClippedLogLinear nuMean, ClippedLogLinear nuSigma)
        implements DriftModel {
    private static final double MIN_RELATIVE_CONDUCTANCE = 1e-7;

    @Override
    public double drawCoefficient(double targetSiemens, RandomGenerator rng) {
        double x = Math.max(MIN_RELATIVE_CONDUCTANCE, Math.abs(targetSiemens) / gMaxSiemens);
        // folded: a negative exponent would make a PCM cell's conductance grow, which it does not
        return Math.abs(nuMean.at(x) + nuSigma.at(x) * rng.nextGaussian());
    }

    @Override
    public double at(double g0Siemens, double coefficient, double seconds, double t0Seconds) {
        return Math.max(0, g0Siemens * Math.pow(seconds / t0Seconds, -coefficient));
    }

    @Override
    public void check(String where) {
        Checks.positive(where + ".gMaxSiemens", gMaxSiemens);
        Checks.within(where + ".gMaxSiemens", gMaxSiemens, CardValidator.MIN_SIEMENS, CardValidator.MAX_SIEMENS, "siemens");
        nuMean.check(where + ".nuMean");
        nuSigma.check(where + ".nuSigma");
        if (!(nuSigma.min() >= 0)) Checks.fail(where + ".nuSigma.min", ">= 0 (a spread)", Checks.fmt(nuSigma.min()));
        if (!(Math.abs(nuMean.max()) < 1)) Checks.fail(where + ".nuMean.max", "|max| < 1 (an exponent)", Checks.fmt(nuMean.max()));
    }
}
