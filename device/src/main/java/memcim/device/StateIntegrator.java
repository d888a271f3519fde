package memcim.device;

import memcim.core.InputException;

/**
 * Classical fourth-order Runge–Kutta for a {@link StateDynamics} under {@link VoltageSteps}: each voltage step is
 * cut into equal sub-steps no longer than {@code maxStepSeconds} and the voltage is constant within it, so the
 * method keeps its order across the waveform's jumps. The state is bounded after every sub-step.
 */
public final class StateIntegrator {
    private final double maxStepSeconds;

    public StateIntegrator(double maxStepSeconds) {
        if (!(maxStepSeconds > 0) || Double.isInfinite(maxStepSeconds)) {
            throw new InputException("maxStepSeconds", "a finite step > 0 s", String.valueOf(maxStepSeconds));
        }
        this.maxStepSeconds = maxStepSeconds;
    }

    /** The state at the end of each voltage step, starting from {@code state0}: element k after step k. */
    public double[] trajectory(StateDynamics device, double state0, VoltageSteps waveform) {
        double[] volts = waveform.volts(), seconds = waveform.seconds();
        double[] out = new double[volts.length];
        double w = device.bounded(state0);
        for (int k = 0; k < volts.length; k++) {
            w = hold(device, w, volts[k], seconds[k]);
            out[k] = w;
        }
        return out;
    }

    /** The state after {@code seconds} at a constant {@code volts}. */
    public double hold(StateDynamics device, double state, double volts, double seconds) {
        int n = (int) Math.ceil(seconds / maxStepSeconds);
        double h = seconds / n, w = state;
        for (int i = 0; i < n; i++) {
            double k1 = device.rate(w, volts);
            double k2 = device.rate(device.bounded(w + 0.5 * h * k1), volts);
            double k3 = device.rate(device.bounded(w + 0.5 * h * k2), volts);
            double k4 = device.rate(device.bounded(w + h * k3), volts);
            w = device.bounded(w + h / 6 * (k1 + 2 * k2 + 2 * k3 + k4));
        }
        return w;
    }
}
