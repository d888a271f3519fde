package memcim.device;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.io.Serializable;
import java.util.random.RandomGenerator;

/**
 * Read noise at a time since programming (card section {@code "readNoise"}): one read of a cell returns its
 * drifted conductance plus a fresh zero-mean Gaussian of standard deviation {@link #sigmaSiemens}, held at 0 or
 * above. Unlike the drift coefficient, nothing of it is kept between reads.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "law")
@JsonSubTypes({
        @JsonSubTypes.Type(value = WhiteReadNoise.class, name = "white"),
        @JsonSubTypes.Type(value = OneOverFReadNoise.class, name = "one-over-f")})
public sealed interface ReadNoiseModel extends Serializable permits WhiteReadNoise, OneOverFReadNoise {
    /**
     * Standard deviation of one read.
     *
     * @param siemensAtTime      the cell's drifted conductance at the time of the read
     * @param programmedSiemens  its conductance at the card's measurement time (some laws scale with it)
     * @param seconds            time of the read since programming
     */
    double sigmaSiemens(double siemensAtTime, double programmedSiemens, double seconds);

    /** One read: the drifted conductance plus one Gaussian draw of {@link #sigmaSiemens}, never below 0. */
    default double read(double siemensAtTime, double programmedSiemens, double seconds, RandomGenerator rng) {
        return Math.max(0, siemensAtTime + sigmaSiemens(siemensAtTime, programmedSiemens, seconds) * rng.nextGaussian());
    }

    /** Throws an {@link memcim.core.InputException} naming {@code where.field} when a parameter is out of range. */
    void check(String where);

    /** The name a card selects this law by. */
    default String law() {
        return Laws.nameOf(ReadNoiseModel.class, getClass());
    }
}
