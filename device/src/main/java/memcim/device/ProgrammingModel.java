package memcim.device;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.io.Serializable;

/**
 * Programming to a target conductance: the spread σ(G) of what a cell holds right after it was programmed to G
 * (card section {@code "programming"}). Programming by compliance current is the card's measured
 * {@link ComplianceCurve}; a law may build on it ({@code one-set}) or stand alone ({@code polynomial}).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "law")
@JsonSubTypes({
        @JsonSubTypes.Type(value = OneSetProgramming.class, name = "one-set"),
        @JsonSubTypes.Type(value = PolynomialProgramming.class, name = "polynomial")})
public sealed interface ProgrammingModel extends Serializable permits OneSetProgramming, PolynomialProgramming {
    /**
     * Standard deviation of the conductance of a cell programmed to {@code targetSiemens}.
     *
     * @param sets the card's measured SET statistics, for laws that reach a target through them
     */
    double errorSigmaSiemens(double targetSiemens, ComplianceCurve sets);

    /** Throws an {@link memcim.core.InputException} naming {@code where.field} when a parameter is out of range. */
    void check(String where);

    /** The name a card selects this law by. */
    default String law() {
        return Laws.nameOf(ProgrammingModel.class, getClass());
    }
}
