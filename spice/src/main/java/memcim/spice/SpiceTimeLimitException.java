package memcim.spice;

import java.time.Duration;

/** A job ran past its time limit: its worker process was killed (ngspice cannot be interrupted in place). */
public class SpiceTimeLimitException extends SpiceWorkerException {
    private final Duration limit;

    public SpiceTimeLimitException(String message, Duration limit) {
        super(message);
        this.limit = limit;
    }

    /** The limit the job ran past. */
    public Duration limit() { return limit; }
}
