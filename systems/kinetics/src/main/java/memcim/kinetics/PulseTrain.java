package memcim.kinetics;

import memcim.core.InputException;
import memcim.device.DiffusionDriftDynamics;

/**
 * How an input sequence drives the device: input x_k ∈ [0, 1] is a pulse of {@code amplitudeVolts}·x_k lasting
 * {@code widthSeconds}, one every {@code periodSeconds}. The discrete model's per-step α and β are the ODE's rates
 * over one step: the relaxation α/w acts for the whole period, the drift −β·V only during the pulse, so
 * α_step = α·period and β_step = β·amplitude·width (per unit input).
 */
public record PulseTrain(double amplitudeVolts, double widthSeconds, double periodSeconds) {
    public PulseTrain {
        if (!(amplitudeVolts > 0) || Double.isInfinite(amplitudeVolts))
            throw new InputException("pulse amplitude", "a finite voltage > 0", String.valueOf(amplitudeVolts));
        if (!(widthSeconds > 0) || !(periodSeconds >= widthSeconds) || Double.isInfinite(periodSeconds))
            throw new InputException("pulse width and period", "0 < width <= period", widthSeconds + ", " + periodSeconds);
    }

    /** The ddk-dynamic card's pulses: 1 V, 1 µs, back to back. */
    public static PulseTrain card() {
        return new PulseTrain(1, 1e-6, 1e-6);
    }

    /** α per step of a device whose relaxation rate is {@code alphaPerSecond}. */
    public double alphaPerStep(double alphaPerSecond) { return alphaPerSecond * periodSeconds; }

    /** β per step and unit input of a device whose drift rate is {@code betaPerVoltSecond}. */
    public double betaPerStep(double betaPerVoltSecond) { return betaPerVoltSecond * amplitudeVolts * widthSeconds; }

    /** The rates per second behind per-step α, β: the inverse of the two above. */
    public DiffusionDriftDynamics device(DiffusionDriftDynamics like, double alphaStep, double betaStep) {
        return new DiffusionDriftDynamics(like.initialState(), like.minState(), alphaStep / periodSeconds,
                betaStep / (amplitudeVolts * widthSeconds), like.siemensPerState(), 0, 0);
    }
}
