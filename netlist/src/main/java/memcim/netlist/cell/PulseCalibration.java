package memcim.netlist.cell;

import memcim.core.InputException;
import memcim.device.NonlinearBoundedPulses;
import memcim.device.PulseConditions;
import memcim.netlist.Netlist;
import memcim.spice.NgSpice;

/**
 * A pulsed card's response measured on the 1T1R compact model in ngspice and fitted: identical SET pulses
 * ({@link PulseConditions}) from the low bound until the conductance passes the high one, then identical RESETs back
 * down, each pulse one transient of {@link CellPulseDeck} from the state the previous one left; the conductance after
 * every pulse and the energy the three line sources delivered. {@link #fit} gives the {@link NonlinearBoundedPulses}
 * law whose step is the least-squares line through the measured steps against conductance (the law's step is linear
 * in G), and how far its trajectories land from SPICE's.
 */
public final class PulseCalibration {
    private PulseCalibration() {}

    /**
     * @param setSiemens   conductance before the first SET ([0]) and after each
     * @param resetSiemens conductance before the first RESET ([0], where the SETs ended) and after each
     * @param setJoules    energy the sources delivered in each SET
     * @param resetJoules  energy in each RESET
     */
    public record Curve(double[] setSiemens, double[] resetSiemens, double[] setJoules, double[] resetJoules) {
        public int setPulses() { return setSiemens.length - 1; }
        public int resetPulses() { return resetSiemens.length - 1; }

        public double meanSetJoules() { return mean(setJoules); }
        public double meanResetJoules() { return mean(resetJoules); }
    }

    /**
     * @param law            the fitted law (bounds: the calibration window; spreads as given)
     * @param setModel       the law's SET trajectory from the same start, pulse for pulse
     * @param resetModel     its RESET trajectory
     * @param setRmsSiemens  RMS of model − SPICE over the SETs inside the window
     * @param resetRmsSiemens the same for the RESETs
     */
    public record Fit(NonlinearBoundedPulses law, double[] setModel, double[] resetModel, double setRmsSiemens, double resetRmsSiemens) {}

    /** SETs from {@code lowSiemens} past {@code highSiemens}, then RESETs back below {@code lowSiemens}, at most {@code maxPulses} each. */
    public static Curve measure(CompactModelParameters p, PulseConditions c, double lowSiemens, double highSiemens, int maxPulses) {
        if (!(lowSiemens > p.offSiemens() && highSiemens < p.onSiemens() && highSiemens > lowSiemens))
            throw new InputException("pulse calibration window", "off < low < high < on (" + p.offSiemens() + " .. " + p.onSiemens() + " S)",
                    lowSiemens + " .. " + highSiemens + " S");
        double[][] set = train(p, c, true, p.state(lowSiemens), highSiemens, maxPulses);
        double[][] reset = train(p, c, false, p.state(set[0][set[0].length - 1]), lowSiemens, maxPulses);
        return new Curve(set[0], reset[0], set[1], reset[1]);
    }

    private static double[][] train(CompactModelParameters p, PulseConditions c, boolean set, double state, double stopSiemens, int maxPulses) {
        double[] g = new double[maxPulses + 1], joules = new double[maxPulses];
        g[0] = p.conductanceSiemens(state);
        int n = 0;
        NgSpice ng = NgSpice.shared();
        while (n < maxPulses && (set ? g[n] < stopSiemens : g[n] > stopSiemens)) {
            Netlist deck = set ? CellPulseDeck.set(p, c.setGateVolts(), c.setBitLineVolts(), c.setSeconds(), state)
                    : CellPulseDeck.reset(p, c.resetSourceLineVolts(), c.resetGateVolts(), c.resetSeconds(), state);
            ng.loadCircuit(deck.render());
            ng.run();
            double[] s = ng.realVector(CellPulseDeck.STATE_VECTOR);
            joules[n] = delivered(ng);
            ng.removeCircuits();
            state = s[s.length - 1];
            g[++n] = p.conductanceSiemens(state);
        }
        return new double[][] {java.util.Arrays.copyOf(g, n + 1), java.util.Arrays.copyOf(joules, n)};
    }

    /** −∫ Σ V·I dt over the bit-, word- and source-line sources (ngspice's branch current flows into the + node). */
    private static double delivered(NgSpice ng) {
        double[] t = ng.realVector("time");
        double e = 0;
        for (String line : new String[] {"bl", "wl", "sl"}) {
            double[] v = ng.realVector(line), i = ng.realVector("v" + line + "#branch");
            for (int k = 1; k < t.length; k++) e -= (t[k] - t[k - 1]) / 2 * (v[k] * i[k] + v[k - 1] * i[k - 1]);
        }
        return e;
    }

    /**
     * The law through the curve's steps inside [low, high]: ΔG = a + b·G by least squares for SET and for RESET; the
     * SET step at the low bound and its shrink (η) towards the high one from that line, the same mirrored for RESET. A
     * line whose far end is at or below zero, or rises towards the bound, is held at η = 0 (constant step) or a
     * large η (100), and the fit's RMS says how good that is.
     */
    public static Fit fit(Curve curve, double low, double high, double cycleToCycleSigma, double deviceToDeviceSigma,
                          double boundSigma, PulseConditions conditions) {
        double[] set = line(curve.setSiemens(), low, high);
        double[] reset = line(curve.resetSiemens(), low, high);
        double setNear = set[0] + set[1] * low, setFar = set[0] + set[1] * high;
        double resetNear = -(reset[0] + reset[1] * high), resetFar = -(reset[0] + reset[1] * low);
        if (!(setNear > 0) || !(resetNear > 0))
            throw new InputException("pulse calibration", "SET and RESET steps that move the conductance inside the window",
                    "a SET step of " + setNear + " S at " + low + " S, a RESET step of " + resetNear + " S at " + high + " S");
        var law = new NonlinearBoundedPulses(low, high, Math.min(setNear, high - low), Math.min(resetNear, high - low), eta(setNear, setFar),
                eta(resetNear, resetFar), cycleToCycleSigma, deviceToDeviceSigma, boundSigma, conditions);
        var noiseless = law.withSpreads(0, 0, 0);
        double[] setModel = replay(noiseless, curve.setSiemens(), memcim.device.Pulse.SET);
        double[] resetModel = replay(noiseless, curve.resetSiemens(), memcim.device.Pulse.RESET);
        return new Fit(law, setModel, resetModel, rms(setModel, curve.setSiemens(), low, high), rms(resetModel, curve.resetSiemens(), low, high));
    }

    private static double eta(double near, double far) {
        if (far <= 0) return 100;
        return Math.min(100, Math.max(0, near / far - 1));
    }

    /** Least-squares [a, b] of ΔG_n = a + b·G_n over the steps that start and end inside [low, high]. */
    private static double[] line(double[] g, double low, double high) {
        double n = 0, sx = 0, sy = 0, sxx = 0, sxy = 0;
        for (int k = 0; k + 1 < g.length; k++) {
            if (g[k] < low || g[k] > high || g[k + 1] < low || g[k + 1] > high) continue;
            double x = g[k], y = g[k + 1] - g[k];
            n++;
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
        }
        if (n < 3) throw new InputException("pulse calibration", "at least 3 pulse steps inside the window", (int) n + " steps");
        double b = (n * sxy - sx * sy) / (n * sxx - sx * sx);
        return new double[] {(sy - b * sx) / n, b};
    }

    private static double[] replay(NonlinearBoundedPulses law, double[] measured, memcim.device.Pulse pulse) {
        double[] out = new double[measured.length];
        var unused = new java.util.SplittableRandom(0);
        out[0] = measured[0];
        for (int k = 1; k < out.length; k++) out[k] = law.apply(out[k - 1], pulse, memcim.device.PulseDevice.NOMINAL, unused);
        return out;
    }

    private static double rms(double[] model, double[] spice, double low, double high) {
        double s = 0;
        int n = 0;
        for (int k = 0; k < model.length; k++) {
            if (spice[k] < low || spice[k] > high) continue;
            s += (model[k] - spice[k]) * (model[k] - spice[k]);
            n++;
        }
        return n == 0 ? 0 : Math.sqrt(s / n);
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) s += x;
        return v.length == 0 ? 0 : s / v.length;
    }
}
