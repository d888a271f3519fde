package memcim.spice;

/** A worker process failed rather than the job: it died (e.g. a segfault in ngspice) or timed out. */
public class SpiceWorkerException extends SpiceException {
    public SpiceWorkerException(String message) { super(message); }
}
