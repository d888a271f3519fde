package memcim.device;

import java.util.random.RandomGenerator;
import memcim.core.InputException;

/**
 * The card gives no pulse response (a device programmed by compliance or to a target, never pulsed step by step):
 * applying a pulse is an input error that says so, rather than a made-up step.
 */
public record NoPulseResponse() implements PulseResponse {
    @Override
    public PulseDevice drawDevice(RandomGenerator rng) {
        throw missing();
    }

    @Override
    public double apply(double siemens, Pulse pulse, PulseDevice device, RandomGenerator rng) {
        throw missing();
    }

    @Override
    public void check(String where) {
        // no parameters
    }

    private static InputException missing() {
        return new InputException("pulses.law", "a card with a pulse response to apply SET/RESET pulses", "\"none\"");
    }
}
