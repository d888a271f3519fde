package memcim.device;

import java.util.random.RandomGenerator;

/**
 * Identical pulses move the conductance by a step that shrinks linearly towards the bound it approaches, and the
 * conductance is held within [minSiemens, maxSiemens]. With range R = max − min, a SET at G moves
 * ΔG = setStep·(1 + η_set·(max − G)/R)/(1 + η_set): setStep at the lower bound, setStep/(1 + η_set) at the upper
 * one; a RESET mirrors it, resetStep at the upper bound, resetStep/(1 + η_reset) at the lower one. η = 0 is a
 * linear (constant-step) device; a large η approaches the soft bounds of aihwkit's {@code SoftBoundsDevice}.
 * Because the step is linear in G, n SETs from G₀ follow G_n = A − (A − G₀)·(1 − s)ⁿ with asymptote
 * A = max + R/η_set and s = setStep·η_set/(R·(1 + η_set)), until G reaches max after finitely many pulses.
 *
 * <p>Spreads: each device draws its step scales once, 1 + deviceToDeviceSigma·n for SET and for RESET
 * (asymmetry between devices); each pulse multiplies its step by 1 + cycleToCycleSigma·n. Scales are held at 0
 * or above: a pulse never moves the conductance the wrong way.
 *
 * @param minSiemens         lower bound
 * @param maxSiemens         upper bound
 * @param setStepSiemens     ΔG of a SET at the lower bound
 * @param resetStepSiemens   |ΔG| of a RESET at the upper bound
 * @param setNonlinearity    η_set ≥ 0
 * @param resetNonlinearity  η_reset ≥ 0
 * @param cycleToCycleSigma  relative σ of each pulse's step
 * @param deviceToDeviceSigma relative σ of a device's step scales
 */
public record NonlinearBoundedPulses(double minSiemens, double maxSiemens, double setStepSiemens, double resetStepSiemens,
                                     double setNonlinearity, double resetNonlinearity, double cycleToCycleSigma,
                                     double deviceToDeviceSigma) implements PulseResponse {
    @Override
    public PulseDevice drawDevice(RandomGenerator rng) {
        double set = Math.max(0, 1 + deviceToDeviceSigma * rng.nextGaussian());
        double reset = Math.max(0, 1 + deviceToDeviceSigma * rng.nextGaussian());
        return new PulseDevice(set, reset);
    }

    @Override
    public double apply(double siemens, Pulse pulse, PulseDevice device, RandomGenerator rng) {
        double range = maxSiemens - minSiemens;
        double g = Math.min(maxSiemens, Math.max(minSiemens, siemens));
        // draw the cycle-to-cycle factor only when it has a spread, so a noiseless card consumes no random numbers
        double cycle = cycleToCycleSigma > 0 ? Math.max(0, 1 + cycleToCycleSigma * rng.nextGaussian()) : 1;
        if (pulse == Pulse.SET) {
            double step = setStepSiemens * (1 + setNonlinearity * (maxSiemens - g) / range) / (1 + setNonlinearity);
            return Math.min(maxSiemens, g + step * device.setScale() * cycle);
        }
        double step = resetStepSiemens * (1 + resetNonlinearity * (g - minSiemens) / range) / (1 + resetNonlinearity);
        return Math.max(minSiemens, g - step * device.resetScale() * cycle);
    }

    @Override
    public void check(String where) {
        Checks.nonNegative(where + ".minSiemens", minSiemens);
        Checks.within(where + ".maxSiemens", maxSiemens, CardValidator.MIN_SIEMENS, CardValidator.MAX_SIEMENS, "siemens");
        if (!(maxSiemens > minSiemens)) Checks.fail(where + ".maxSiemens", "> minSiemens (" + Checks.fmt(minSiemens) + ")", Checks.fmt(maxSiemens));
        double range = maxSiemens - minSiemens;
        for (String f : new String[] {"setStepSiemens", "resetStepSiemens"}) {
            double v = f.startsWith("set") ? setStepSiemens : resetStepSiemens;
            Checks.positive(where + "." + f, v);
            if (!(v <= range)) Checks.fail(where + "." + f, "<= maxSiemens - minSiemens (" + Checks.fmt(range) + ")", Checks.fmt(v));
        }
        Checks.nonNegative(where + ".setNonlinearity", setNonlinearity);
        Checks.nonNegative(where + ".resetNonlinearity", resetNonlinearity);
        Checks.fraction(where + ".cycleToCycleSigma", cycleToCycleSigma);
        Checks.fraction(where + ".deviceToDeviceSigma", deviceToDeviceSigma);
    }
}
