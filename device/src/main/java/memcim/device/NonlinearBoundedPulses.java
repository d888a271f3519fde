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
 * (asymmetry between devices), and, when boundSigma > 0, its own bounds min·(1 + boundSigma·n) and
 * max·(1 + boundSigma·n) (held apart by at least a tenth of the nominal range); each pulse multiplies its step by
 * 1 + cycleToCycleSigma·n. Scales are held at 0 or above: a pulse never moves the conductance the wrong way.
 *
 * @param minSiemens         lower bound
 * @param maxSiemens         upper bound
 * @param setStepSiemens     ΔG of a SET at the lower bound
 * @param resetStepSiemens   |ΔG| of a RESET at the upper bound
 * @param setNonlinearity    η_set ≥ 0
 * @param resetNonlinearity  η_reset ≥ 0
 * @param cycleToCycleSigma  relative σ of each pulse's step
 * @param deviceToDeviceSigma relative σ of a device's step scales
 * @param boundSigma         relative σ of a device's bounds
 * @param conditions         the pulses this response is for (what a SPICE calibration applies); null when not stated
 */
public record NonlinearBoundedPulses(double minSiemens, double maxSiemens, double setStepSiemens, double resetStepSiemens,
                                     double setNonlinearity, double resetNonlinearity, double cycleToCycleSigma,
                                     double deviceToDeviceSigma, double boundSigma, PulseConditions conditions) implements PulseResponse {

    /** A law without bound spread and without stated pulse conditions. */
    public NonlinearBoundedPulses(double minSiemens, double maxSiemens, double setStepSiemens, double resetStepSiemens,
                                  double setNonlinearity, double resetNonlinearity, double cycleToCycleSigma, double deviceToDeviceSigma) {
        this(minSiemens, maxSiemens, setStepSiemens, resetStepSiemens, setNonlinearity, resetNonlinearity, cycleToCycleSigma,
                deviceToDeviceSigma, 0, null);
    }

    /** The same law with other spreads (e.g. none, for an ideal-but-nonlinear device). */
    public NonlinearBoundedPulses withSpreads(double cycleToCycle, double deviceToDevice, double bounds) {
        return new NonlinearBoundedPulses(minSiemens, maxSiemens, setStepSiemens, resetStepSiemens, setNonlinearity, resetNonlinearity,
                cycleToCycle, deviceToDevice, bounds, conditions);
    }

    @Override
    public PulseDevice drawDevice(RandomGenerator rng) {
        double set = Math.max(0, 1 + deviceToDeviceSigma * rng.nextGaussian());
        double reset = Math.max(0, 1 + deviceToDeviceSigma * rng.nextGaussian());
        if (boundSigma == 0) return new PulseDevice(set, reset);
        // bound draws only when they spread, so a card without them draws the same devices as before
        double lo = minSiemens * Math.max(0, 1 + boundSigma * rng.nextGaussian());
        double hi = maxSiemens * Math.max(0, 1 + boundSigma * rng.nextGaussian());
        hi = Math.max(hi, lo + 0.1 * (maxSiemens - minSiemens));
        return new PulseDevice(set, reset, lo / minSiemens, hi / maxSiemens);
    }

    @Override
    public double apply(double siemens, Pulse pulse, PulseDevice device, RandomGenerator rng) {
        double lo = minSiemens * device.minScale(), hi = maxSiemens * device.maxScale();
        double range = hi - lo;
        double g = Math.min(hi, Math.max(lo, siemens));
        // draw the cycle-to-cycle factor only when it has a spread, so a noiseless card consumes no random numbers
        double cycle = cycleToCycleSigma > 0 ? Math.max(0, 1 + cycleToCycleSigma * rng.nextGaussian()) : 1;
        if (pulse == Pulse.SET) {
            double step = setStepSiemens * (1 + setNonlinearity * (hi - g) / range) / (1 + setNonlinearity);
            return Math.min(hi, g + step * device.setScale() * cycle);
        }
        double step = resetStepSiemens * (1 + resetNonlinearity * (g - lo) / range) / (1 + resetNonlinearity);
        return Math.max(lo, g - step * device.resetScale() * cycle);
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
        Checks.fraction(where + ".boundSigma", boundSigma);
        if (conditions != null) conditions.check(where + ".conditions");
    }
}
