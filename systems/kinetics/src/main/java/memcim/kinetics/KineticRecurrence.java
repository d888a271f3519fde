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
 * dw_k/dα = 1/w_{k−1}, dw_k/dβ = −x_{k−1}.
 */
public record KineticRecurrence(double initialState, double minState) {
    public KineticRecurrence {
        if (!(minState > 0) || !(initialState >= minState) || Double.isInfinite(initialState))
            throw new InputException("kinetic recurrence", "0 < minState <= initialState", minState + ", " + initialState);
    }

    /** The authors' w₀ = 1, held at 0.01 and above (α/w diverges at 0). */
    public static KineticRecurrence authors() {
        return new KineticRecurrence(1, 0.01);
    }

    /** The trajectory of {@code x} (one state per input) into {@code w}, from {@code offset} of both. */
    public void forward(double alpha, double beta, double[] x, int offset, int n, double[] w) {
        double s = initialState;
        w[offset] = s;
        for (int k = 1; k < n; k++) {
            s = Math.max(minState, s + alpha / s - beta * x[offset + k - 1]);
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
        for (int k = n - 1; k >= 1; k--) {
            double prev = w[offset + k - 1];
            double unclamped = prev + alpha / prev - beta * x[offset + k - 1];
            if (unclamped < minState) continue;   // held at the bound: no gradient through this step
            double g = dw[offset + k];
            grad[0] += g / prev;
            grad[1] -= g * x[offset + k - 1];
            dw[offset + k - 1] += g * (1 - alpha / (prev * prev));
        }
    }
}
