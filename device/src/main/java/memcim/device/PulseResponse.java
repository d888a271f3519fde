package memcim.device;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.io.Serializable;
import java.util.random.RandomGenerator;

/**
 * How the conductance of a pulsed device moves with each identical SET or RESET pulse (card section
 * {@code "pulses"}): a step size, its shrinking towards the bound being approached, up/down asymmetry, and spreads
 * from device to device ({@link #drawDevice}, once per device) and from pulse to pulse ({@link #apply}).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "law")
@JsonSubTypes({
        @JsonSubTypes.Type(value = NoPulseResponse.class, name = "none"),
        @JsonSubTypes.Type(value = NonlinearBoundedPulses.class, name = "nonlinear-bounded")})
public sealed interface PulseResponse extends Serializable permits NoPulseResponse, NonlinearBoundedPulses {
    /** One device's draw of the device-to-device spread. */
    PulseDevice drawDevice(RandomGenerator rng);

    /** The conductance after one pulse applied to a device at {@code siemens}; cycle-to-cycle noise from {@code rng}. */
    double apply(double siemens, Pulse pulse, PulseDevice device, RandomGenerator rng);

    /** Throws an {@link memcim.core.InputException} naming {@code where.field} when a parameter is out of range. */
    void check(String where);

    /** The name a card selects this law by. */
    default String law() {
        return Laws.nameOf(PulseResponse.class, getClass());
    }
}
