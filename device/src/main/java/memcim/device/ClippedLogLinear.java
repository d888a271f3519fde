package memcim.device;

import java.io.Serializable;

/**
 * A statistic that varies linearly with the logarithm of a relative conductance x = G/G_max and is held within
 * bounds: f(x) = min(max(slope·ln x + intercept, min), max). The published PCM drift statistics have this form
 * (Nandakumar et al., ICECS 2019): the drift exponent's mean and spread both grow as the conductance falls.
 */
public record ClippedLogLinear(double slope, double intercept, double min, double max) implements Serializable {
    public double at(double relativeConductance) {
        return Math.min(max, Math.max(min, slope * Math.log(relativeConductance) + intercept));
    }

    void check(String where) {
        Checks.finite(where + ".slope", slope);
        Checks.finite(where + ".intercept", intercept);
        Checks.finite(where + ".min", min);
        Checks.finite(where + ".max", max);
        if (!(max >= min)) Checks.fail(where + ".max", ">= min (" + Checks.fmt(min) + ")", Checks.fmt(max));
    }
}
