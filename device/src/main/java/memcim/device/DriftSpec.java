package memcim.device;

import java.io.Serializable;

/**
 * Conductance drift after the card's measurement time t₀ ({@code measurementSeconds}). Per programmed cell an
 * exponent ν is drawn from N({@code nuMean}, {@code nuSigma}); then
 * <ul>
 *   <li>{@code law = "power"}: G(t) = G(t₀)·(t/t₀)^−ν (phase-change memory: amorphous relaxation);</li>
 *   <li>{@code law = "decade"}: G(t) = G(t₀)·(1 − ν·log₁₀(t/t₀)), ν = relative change per decade of time
 *       (filamentary relaxation; ν may be negative for individual cells, spreading the distribution);</li>
 *   <li>{@code law = "none"}: G(t) = G(t₀).</li>
 * </ul>
 */
public record DriftSpec(String law, double nuMean, double nuSigma) implements Serializable {
    public static final String POWER = "power";
    public static final String DECADE = "decade";
    public static final String NONE = "none";
}
