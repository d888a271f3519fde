package memcim.device;

import java.util.random.RandomGenerator;

/**
 * Drift-diffusion kinetics of a dynamic memristor, after Shi et al. (Nat Commun 2025): dw/dt = α/w − β·V(t), a
 * diffusion-like relaxation that pushes the state up, fastest when it is small, against a voltage-driven drift.
 * The authors' discrete model w_k = w_{k−1} + α/w_{k−1} − β·x_{k−1} is this ODE stepped once per input pulse.
 * The state is held at {@code minState} or above (α/w diverges at 0) and reads as G = siemensPerState·w.
 *
 * @param initialState      w₀ of a fresh device (the authors use 1)
 * @param minState          smallest state, > 0
 * @param alphaPerSecond    α, per second
 * @param betaPerVoltSecond β, per volt-second
 * @param siemensPerState   conductance of state 1
 * @param alphaDeviceSigma  σ of α from device to device, per second
 * @param betaDeviceSigma   σ of β from device to device, per volt-second
 */
public record DiffusionDriftDynamics(double initialState, double minState, double alphaPerSecond, double betaPerVoltSecond,
                                     double siemensPerState, double alphaDeviceSigma, double betaDeviceSigma)
        implements StateDynamics {
    @Override
    public double rate(double state, double volts) {
        return alphaPerSecond / state - betaPerVoltSecond * volts;
    }

    @Override
    public double bounded(double state) {
        return Math.max(minState, state);
    }

    @Override
    public double conductanceSiemens(double state) {
        return siemensPerState * state;
    }

    @Override
    public StateDynamics drawDevice(RandomGenerator rng) {
        // α is a relaxation rate: a draw below 0 would be a device that un-diffuses, so it is held at 0
        double alpha = Math.max(0, alphaPerSecond + alphaDeviceSigma * rng.nextGaussian());
        double beta = betaPerVoltSecond + betaDeviceSigma * rng.nextGaussian();
        return new DiffusionDriftDynamics(initialState, minState, alpha, beta, siemensPerState, 0, 0);
    }

    @Override
    public void check(String where) {
        Checks.positive(where + ".minState", minState);
        Checks.finite(where + ".initialState", initialState);
        if (!(initialState >= minState)) Checks.fail(where + ".initialState", ">= minState (" + Checks.fmt(minState) + ")", Checks.fmt(initialState));
        Checks.nonNegative(where + ".alphaPerSecond", alphaPerSecond);
        Checks.finite(where + ".betaPerVoltSecond", betaPerVoltSecond);
        Checks.positive(where + ".siemensPerState", siemensPerState);
        Checks.within(where + ".siemensPerState", siemensPerState, CardValidator.MIN_SIEMENS, CardValidator.MAX_SIEMENS, "siemens");
        Checks.nonNegative(where + ".alphaDeviceSigma", alphaDeviceSigma);
        Checks.nonNegative(where + ".betaDeviceSigma", betaDeviceSigma);
    }
}
