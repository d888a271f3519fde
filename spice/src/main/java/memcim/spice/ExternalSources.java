package memcim.spice;

/**
 * Values of the deck's EXTERNAL sources ({@code Vname n+ n- external}), asked by ngspice at every
 * evaluation, with the source name in lower case and the simulation time in seconds. Called on the
 * simulating thread; must be fast and must not call back into the engine.
 */
@FunctionalInterface
public interface ExternalSources {
    /** Volts of EXTERNAL voltage source {@code sourceName} (lower case, e.g. "vin") at time {@code t}. */
    double voltage(String sourceName, double timeSeconds);

    /** Amperes of EXTERNAL current source {@code sourceName} at time {@code t}; 0 unless overridden. */
    default double current(String sourceName, double timeSeconds) { return 0.0; }
}
