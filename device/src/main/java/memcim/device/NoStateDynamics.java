package memcim.device;

import java.util.random.RandomGenerator;
import memcim.core.InputException;

/** The card gives no state dynamics (a non-volatile device read as programmed): using them is an input error that says so. */
public record NoStateDynamics() implements StateDynamics {
    @Override public double initialState() { throw missing(); }

    @Override public double rate(double state, double volts) { throw missing(); }

    @Override public double bounded(double state) { throw missing(); }

    @Override public double conductanceSiemens(double state) { throw missing(); }

    @Override public StateDynamics drawDevice(RandomGenerator rng) { throw missing(); }

    @Override
    public void check(String where) {
        // no parameters
    }

    private static InputException missing() {
        return new InputException("dynamics.law", "a card with state dynamics to integrate a device's state", "\"none\"");
    }
}
