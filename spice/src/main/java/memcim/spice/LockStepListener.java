package memcim.spice;

/**
 * Called by {@link NgSpice#runLockStep} when the transient reaches one of the requested instants,
 * on the simulating thread, while ngspice is paused between two time steps. It may read the latest
 * values ({@link NgSpice#latestValue}) and change what the {@link ExternalSources} return from now on;
 * that is how a digital model exchanges values with the analog circuit.
 */
@FunctionalInterface
public interface LockStepListener {
    void atInstant(double timeSeconds, NgSpice ng);
}
