package memcim.device;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.io.Serializable;
import java.util.random.RandomGenerator;

/**
 * Conductance drift after programming (card section {@code "drift"}). A cell's drift coefficient is drawn
 * <em>once, when the cell is programmed</em> ({@link #drawCoefficient}), possibly from statistics that depend on the
 * conductance it was programmed to; from then on its trajectory {@link #at} is deterministic, so reading a cell
 * twice at the same time sees the same drift. Times are seconds since programming; the reference t₀ is the card's
 * {@code measurementSeconds}, at which the programmed conductance G(t₀) was measured.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "law")
@JsonSubTypes({
        @JsonSubTypes.Type(value = NoDrift.class, name = "none"),
        @JsonSubTypes.Type(value = DecadeDrift.class, name = "decade"),
        @JsonSubTypes.Type(value = PowerDrift.class, name = "power"),
        @JsonSubTypes.Type(value = ConductanceDependentPowerDrift.class, name = "power-by-conductance")})
public sealed interface DriftModel extends Serializable
        permits NoDrift, GaussianExponentDrift, ConductanceDependentPowerDrift {
    /** The coefficient of one cell programmed to {@code targetSiemens}; drawn from {@code rng}, at programming. */
    double drawCoefficient(double targetSiemens, RandomGenerator rng);

    /**
     * The conductance {@code seconds} after programming of a cell that had {@code g0Siemens} at {@code t0Seconds} and
     * drift coefficient {@code coefficient}. Never below 0.
     */
    double at(double g0Siemens, double coefficient, double seconds, double t0Seconds);

    /** Throws an {@link memcim.core.InputException} naming {@code where.field} when a parameter is out of range. */
    void check(String where);

    /** The name a card selects this law by. */
    default String law() {
        return Laws.nameOf(DriftModel.class, getClass());
    }
}
