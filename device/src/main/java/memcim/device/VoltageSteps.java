package memcim.device;

import java.util.Arrays;
import memcim.core.InputException;

/**
 * A piecewise-constant voltage waveform: {@code volts[k]} for {@code seconds[k]}, one after the other (a pulse train,
 * gaps being steps at 0 V). Integration takes each step whole, so the waveform's jumps never fall inside a step.
 */
public record VoltageSteps(double[] volts, double[] seconds) {
    public VoltageSteps {
        if (volts.length != seconds.length || volts.length == 0) {
            throw new InputException("voltage steps", "as many durations as voltages, at least one", volts.length + " voltages, "
                    + seconds.length + " durations");
        }
        volts = volts.clone();
        seconds = seconds.clone();
        for (int k = 0; k < volts.length; k++) {
            if (!Double.isFinite(volts[k])) throw new InputException("voltage steps volts[" + k + "]", "a finite voltage", String.valueOf(volts[k]));
            if (!(seconds[k] > 0) || Double.isInfinite(seconds[k])) {
                throw new InputException("voltage steps seconds[" + k + "]", "a finite duration > 0 s", String.valueOf(seconds[k]));
            }
        }
    }

    /** A pulse train: each input value times {@code voltsPerUnit} for {@code pulseSeconds}, then 0 V for {@code gapSeconds} (0: none). */
    public static VoltageSteps pulseTrain(double[] inputs, double voltsPerUnit, double pulseSeconds, double gapSeconds) {
        int per = gapSeconds > 0 ? 2 : 1;
        double[] v = new double[inputs.length * per], s = new double[inputs.length * per];
        for (int k = 0; k < inputs.length; k++) {
            v[per * k] = inputs[k] * voltsPerUnit;
            s[per * k] = pulseSeconds;
            if (per == 2) s[per * k + 1] = gapSeconds;
        }
        return new VoltageSteps(v, s);
    }

    public int size() { return volts.length; }

    @Override public double[] volts() { return volts.clone(); }

    @Override public double[] seconds() { return seconds.clone(); }

    @Override
    public boolean equals(Object o) {
        return o instanceof VoltageSteps w && Arrays.equals(volts, w.volts) && Arrays.equals(seconds, w.seconds);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(volts) + Arrays.hashCode(seconds);
    }
}
