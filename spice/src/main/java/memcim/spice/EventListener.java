package memcim.spice;

/**
 * Receives the changes of XSPICE event (digital) nodes as the simulation makes them
 * ({@code ngSpice_Init_Evt}'s callback), on the simulating thread. Must be fast and must not call
 * back into the engine.
 */
@FunctionalInterface
public interface EventListener {
    /** @param value one of {@code 0s 1s Us 0r 1r Ur 0z 1z Uz 0u 1u Uu} for digital nodes */
    void changed(String node, double timeSeconds, String value);
}
