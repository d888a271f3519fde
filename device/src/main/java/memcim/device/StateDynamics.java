package memcim.device;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.io.Serializable;
import java.util.random.RandomGenerator;

/**
 * A dynamic device's internal state w under an applied voltage (card section {@code "dynamics"}): the ODE
 * dw/dt = {@link #rate}(w, V), integrated by {@link StateIntegrator}, and the conductance the state reads as.
 * Parameters may spread from device to device ({@link #drawDevice}, once per device).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "law")
@JsonSubTypes({
        @JsonSubTypes.Type(value = NoStateDynamics.class, name = "none"),
        @JsonSubTypes.Type(value = DiffusionDriftDynamics.class, name = "diffusion-drift")})
public sealed interface StateDynamics extends Serializable permits NoStateDynamics, DiffusionDriftDynamics {
    /** The state of a fresh device, before any voltage. */
    double initialState();

    /** dw/dt at state w under {@code volts}, per second. */
    double rate(double state, double volts);

    /** The state held within the law's physical range (applied after every integration step). */
    double bounded(double state);

    /** The conductance a device in this state reads as. */
    double conductanceSiemens(double state);

    /** One device: the card's parameters with this device's draw of their spread (without further spread). */
    StateDynamics drawDevice(RandomGenerator rng);

    /** Throws an {@link memcim.core.InputException} naming {@code where.field} when a parameter is out of range. */
    void check(String where);

    /** The name a card selects this law by. */
    default String law() {
        return Laws.nameOf(StateDynamics.class, getClass());
    }
}
