package memcim.sbp;

import java.util.SplittableRandom;
import memcim.device.NonlinearBoundedPulses;
import memcim.device.Pulse;
import memcim.device.PulseDevice;
import memcim.device.array.TiledCrossbar;

/**
 * One layer of the on-chip network: a 1T1R array of {@code rows} word lines (the inputs, the last one a bias line that
 * is always driven) and 2·{@code cols} bit lines, a differential pair G⁺, G⁻ per weight in adjacent columns. The weight
 * the periphery sees is w = (G⁺·r⁺ − G⁻·r⁻)/(max − min), in units of the device window, where r is each cell's share of
 * its current that reaches the sense amplifier through the wires ({@link TiledCrossbar}, the fast array model; 1 on
 * ideal wires), refreshed every so many updates because IR drop changes slowly as the conductances move.
 *
 * <p>Reads. Forward: the word lines of the 1-bits at V_read, the column pairs' current difference per neuron, Σᵢ xᵢ·wᵢⱼ.
 * Backward: the same array transposed, bit lines driven at ±V_read by the ternary errors δⱼ, the word-line currents
 * Σⱼ δⱼ·wᵢⱼ; by reciprocity of the linear resistive network the transfer from bit line j to word line i equals the
 * forward one, so the same r serve both.
 *
 * <p>Updates. Where an input bit xᵢ = 1 meets δⱼ ≠ 0, each cell of the pair gets {@code pulses} identical pulses:
 * δ = −1 (raise the weight) SETs G⁺ and RESETs G⁻, δ = +1 the reverse; nothing elsewhere. A stuck cell never moves; a
 * cell past its endurance (pulses it has taken) stops where it is. Cycle-to-cycle noise comes from one generator per
 * column, so the result does not depend on the order columns are updated in.
 */
final class PulsedLayer {
    final int rows;
    final int cols;
    private final NonlinearBoundedPulses law;
    private final TiledCrossbar wires;
    private final double range;
    private final double[] gp;
    private final double[] gm;
    private final double[] rp;
    private final double[] rm;
    final double[] w;
    private final PulseDevice[] dp;
    private final PulseDevice[] dm;
    private final boolean[] stuckP;
    private final boolean[] stuckM;
    private final int[] pulsedP;
    private final int[] pulsedM;
    private final long endurance;
    private final SplittableRandom[] columnNoise;
    private long sets;
    private long resets;

    /**
     * @param law        the pulse response (its spreads included)
     * @param wires      the tiles the layer sits on; null for ideal wires
     * @param stuckFraction fraction of cells stuck (half at the lower bound, half at the upper), drawn at fabrication
     * @param endurance  pulses a cell takes before it stops moving; Long.MAX_VALUE for none
     * @param rng        fabrication draws (devices, stuck cells, the initial conductances) and the columns' noise streams
     */
    PulsedLayer(int inputs, int cols, NonlinearBoundedPulses law, TiledCrossbar wires, double stuckFraction, long endurance,
                SplittableRandom rng) {
        this.rows = inputs + 1;
        this.cols = cols;
        this.law = law;
        this.wires = wires;
        this.range = law.maxSiemens() - law.minSiemens();
        this.endurance = endurance;
        int n = rows * cols;
        gp = new double[n];
        gm = new double[n];
        rp = new double[n];
        rm = new double[n];
        w = new double[n];
        dp = new PulseDevice[n];
        dm = new PulseDevice[n];
        stuckP = new boolean[n];
        stuckM = new boolean[n];
        pulsedP = new int[n];
        pulsedM = new int[n];
        java.util.Arrays.fill(rp, 1);
        java.util.Arrays.fill(rm, 1);
        for (int k = 0; k < n; k++) {
            dp[k] = law.drawDevice(rng);
            dm[k] = law.drawDevice(rng);
            gp[k] = initial(dp[k], rng);
            gm[k] = initial(dm[k], rng);
            if (stuckFraction > 0) {
                if (rng.nextDouble() < stuckFraction) { stuckP[k] = true; gp[k] = rng.nextBoolean() ? low(dp[k]) : high(dp[k]); }
                if (rng.nextDouble() < stuckFraction) { stuckM[k] = true; gm[k] = rng.nextBoolean() ? low(dm[k]) : high(dm[k]); }
            }
        }
        columnNoise = new SplittableRandom[cols];
        for (int j = 0; j < cols; j++) columnNoise[j] = rng.split();
        refreshWires();
    }

    /** Every cell starts programmed in the middle fifth of its own window: small random weights. */
    private double initial(PulseDevice d, SplittableRandom rng) {
        double lo = low(d), hi = high(d);
        return lo + (hi - lo) * (0.4 + 0.2 * rng.nextDouble());
    }

    private double low(PulseDevice d) { return law.minSiemens() * d.minScale(); }

    private double high(PulseDevice d) { return law.maxSiemens() * d.maxScale(); }

    /** Recomputes every cell's share of its current through the wires (the fast array model), then the weights. */
    void refreshWires() {
        if (wires != null) {
            double[][] g = new double[rows][2 * cols];
            for (int i = 0; i < rows; i++)
                for (int j = 0; j < cols; j++) {
                    g[i][2 * j] = gp[i * cols + j];
                    g[i][2 * j + 1] = gm[i * cols + j];
                }
            double[][] eff = wires.effective(g);
            for (int i = 0; i < rows; i++)
                for (int j = 0; j < cols; j++) {
                    int k = i * cols + j;
                    rp[k] = eff[i][2 * j] / g[i][2 * j];
                    rm[k] = eff[i][2 * j + 1] / g[i][2 * j + 1];
                }
        }
        for (int k = 0; k < w.length; k++) weight(k);
    }

    private void weight(int k) {
        w[k] = (gp[k] * rp[k] - gm[k] * rm[k]) / range;
    }

    /** out[j] = Σᵢ xᵢ·wᵢⱼ over the driven word lines, the bias line included. */
    void forward(byte[] x, int offset, double[] out) {
        java.util.Arrays.fill(out, 0);
        for (int i = 0; i < rows; i++) {
            if (i < rows - 1 && x[offset + i] == 0) continue;
            int o = i * cols;
            for (int j = 0; j < cols; j++) out[j] += w[o + j];
        }
    }

    /** out[i] = Σⱼ δⱼ·wᵢⱼ for the input word lines (not the bias line). */
    void backward(byte[] delta, double[] out) {
        for (int i = 0; i < rows - 1; i++) {
            int o = i * cols;
            double s = 0;
            for (int j = 0; j < cols; j++) if (delta[j] != 0) s += delta[j] * w[o + j];
            out[i] = s;
        }
    }

    /** The pulses of one update: input bits x (the bias line always on) against the ternary errors. */
    void update(byte[] x, int offset, byte[] delta, int pulses) {
        for (int j = 0; j < cols; j++) {
            if (delta[j] == 0) continue;
            SplittableRandom noise = columnNoise[j];
            boolean raise = delta[j] < 0;
            for (int i = 0; i < rows; i++) {
                if (i < rows - 1 && x[offset + i] == 0) continue;
                int k = i * cols + j;
                for (int p = 0; p < pulses; p++) {
                    pulse(k, true, raise ? Pulse.SET : Pulse.RESET, noise);
                    pulse(k, false, raise ? Pulse.RESET : Pulse.SET, noise);
                }
                weight(k);
            }
        }
    }

    private void pulse(int k, boolean plus, Pulse pulse, SplittableRandom noise) {
        boolean[] stuck = plus ? stuckP : stuckM;
        int[] count = plus ? pulsedP : pulsedM;
        if (stuck[k] || count[k] >= endurance) return;
        double[] g = plus ? gp : gm;
        g[k] = law.apply(g[k], pulse, plus ? dp[k] : dm[k], noise);
        count[k]++;
        if (pulse == Pulse.SET) sets++; else resets++;
    }

    /** Reprograms every pair (row-major, bias row last), e.g. to a state worked out by hand. */
    void program(double[] gPlus, double[] gMinus) {
        System.arraycopy(gPlus, 0, gp, 0, gp.length);
        System.arraycopy(gMinus, 0, gm, 0, gm.length);
        refreshWires();
    }

    long sets() { return sets; }

    long resets() { return resets; }

    /** Conductances of the G⁺ cells and then the G⁻ cells, siemens. */
    double[] conductances() {
        double[] out = new double[2 * gp.length];
        System.arraycopy(gp, 0, out, 0, gp.length);
        System.arraycopy(gm, 0, out, gp.length, gm.length);
        return out;
    }

    /** The largest number of pulses any cell has taken. */
    int mostPulsedCell() {
        int m = 0;
        for (int k = 0; k < gp.length; k++) m = Math.max(m, Math.max(pulsedP[k], pulsedM[k]));
        return m;
    }
}
