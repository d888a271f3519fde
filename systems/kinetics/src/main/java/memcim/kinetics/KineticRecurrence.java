package memcim.kinetics;

import memcim.core.InputException;

/**
 * The authors' discrete model of the dynamic memristor (Shi et al. 2025, code gllspeed/DDK): w₀ = {@code initialState},
 * w_k = w_{k−1} + α/w_{k−1} − β·x_{k−1} for k = 1 … n − 1, an input sequence x₀ … x_{n−1} giving the trajectory
 * w₀ … w_{n−1} (the last input drives no state: the authors' features are the n states). Each step is one Euler
 * step of dw/dt = α/w − β·V(t) per input pulse ({@link PulseTrain} converts the per-second rates). The state is held at
 * {@code minState} or above, as the device stage holds it; where it is held, the step passes no gradient.
 *
 * <p>{@link #backward} is reverse-mode differentiation through the recurrence: dw_k/dw_{k−1} = 1 − α/w_{k−1}²,
 * dw_k/dα = 1/w_{k−1}, dw_k/dβ = −x_{k−1} (per sub-step with {@link #withSubsteps}).
 */
public record KineticRecurrence(double initialState, double minState, int substeps) {
    public KineticRecurrence {
        if (!(minState > 0) || !(initialState >= minState) || Double.isInfinite(initialState))
            throw new InputException("kinetic recurrence", "0 < minState <= initialState", minState + ", " + initialState);
        if (substeps < 1 || substeps > 1000) throw new InputException("kinetic recurrence substeps", "1 to 1000", String.valueOf(substeps));
    }

    public KineticRecurrence(double initialState, double minState) {
        this(initialState, minState, 1);
    }

    /** The authors' w₀ = 1, held at 0.01 and above (α/w diverges at 0), one Euler step per pulse. */
    public static KineticRecurrence authors() {
        return new KineticRecurrence(1, 0.01, 1);
    }

    /**
     * The same law with each pulse cut into {@code substeps} Euler steps of α/S, β/S: as S grows it approaches the
     * device's continuous dynamics (what ngspice integrates), where one step per pulse overshoots when α/w or β·x
     * is not small against w (and below the bound, α/w then throws the state far up).
     */
    public KineticRecurrence withSubsteps(int s) {
        return new KineticRecurrence(initialState, minState, s);
    }

    /** The trajectory of {@code x} (one state per input) into {@code w}, from {@code offset} of both. */
    public void forward(double alpha, double beta, double[] x, int offset, int n, double[] w) {
        double s = initialState, a = alpha / substeps, b = beta / substeps;
        w[offset] = s;
        for (int k = 1; k < n; k++) {
            double drive = b * x[offset + k - 1];
            for (int j = 0; j < substeps; j++) s = Math.max(minState, s + a / s - drive);
            w[offset + k] = s;
        }
    }

    public double[] trajectory(double alpha, double beta, double[] x) {
        double[] w = new double[x.length];
        forward(alpha, beta, x, 0, x.length, w);
        return w;
    }

    /**
     * Adds dL/dα and dL/dβ of one trajectory to {@code grad[0]} and {@code grad[1]}, given dL/dw_k in {@code dw} (read
     * from {@code offset}, overwritten: it becomes the total derivative) and the trajectory {@code w} {@link #forward}
     * gave for these α, β and x.
     */
    public void backward(double alpha, double beta, double[] x, double[] w, double[] dw, int offset, int n, double[] grad) {
        double a = alpha / substeps, b = beta / substeps;
        double[] sub = new double[substeps + 1];
        for (int k = n - 1; k >= 1; k--) {
            double xk = x[offset + k - 1], drive = b * xk;
            sub[0] = w[offset + k - 1];
            for (int j = 0; j < substeps; j++) sub[j + 1] = Math.max(minState, sub[j] + a / sub[j] - drive);
            double g = dw[offset + k];
            for (int j = substeps - 1; j >= 0; j--) {
                double prev = sub[j];
                if (prev + a / prev - drive < minState) {   // held at the bound: no gradient through this sub-step
                    g = 0;
                    break;
                }
                grad[0] += g / prev / substeps;
                grad[1] -= g * xk / substeps;
                g *= 1 - a / (prev * prev);
            }
            dw[offset + k - 1] += g;
        }
    }
}
