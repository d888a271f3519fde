package memcim.cosim.energy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Energy delivered by a voltage source over a transient, from the simulator's time, voltage and branch-current
 * vectors. ngspice's branch current {@code i(vX)} flows into the source's + terminal, so a source that delivers
 * power has v·i &lt; 0: the delivered energy is −∫ v·i dt. The integral runs over the simulator's own
 * (non-uniform) time points, with the window ends interpolated linearly, which is exact for the piecewise-linear
 * waveforms ngspice reports.
 */
public final class SourceEnergy {
    private SourceEnergy() {}

    /** Energy delivered between {@code t0} and {@code t1} (joules). */
    public static double delivered(double[] time, double[] volts, double[] amps, double t0, double t1) {
        if (time.length != volts.length || time.length != amps.length) {
            throw new IllegalArgumentException("vectors differ in length: time " + time.length + ", v " + volts.length
                    + ", i " + amps.length);
        }
        double energy = 0;
        for (int k = 0; k + 1 < time.length; k++) {
            double a = Math.max(time[k], t0);
            double b = Math.min(time[k + 1], t1);
            if (b <= a) continue;
            double pa = power(time, volts, amps, k, a);
            double pm = power(time, volts, amps, k, 0.5 * (a + b));
            double pb = power(time, volts, amps, k, b);
            energy += (pa + 4 * pm + pb) * (b - a) / 6; // Simpson: exact for the product of two linear pieces
        }
        return energy;
    }

    /** Energy delivered over the whole transient. */
    public static double delivered(double[] time, double[] volts, double[] amps) {
        return delivered(time, volts, amps, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    }

    /** Energy per phase, in the phases' order. */
    public static Map<String, Double> perPhase(double[] time, double[] volts, double[] amps, List<Phase> phases) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (Phase p : phases) {
            out.merge(p.name(), delivered(time, volts, amps, p.startSeconds(), p.endSeconds()), Double::sum);
        }
        return out;
    }

    // delivered power −v·i at time t inside segment k, v and i interpolated separately (their product is quadratic)
    private static double power(double[] time, double[] v, double[] i, int k, double t) {
        double span = time[k + 1] - time[k];
        double f = span == 0 ? 0 : (t - time[k]) / span;
        double vt = v[k] + f * (v[k + 1] - v[k]);
        double it = i[k] + f * (i[k + 1] - i[k]);
        return -vt * it;
    }
}
