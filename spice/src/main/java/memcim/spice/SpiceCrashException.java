package memcim.spice;

/**
 * ngspice crashed (a segfault or abort inside libngspice) in an isolated worker: the deck is at
 * fault or ngspice is, never this JVM, which carries on; the pool starts a new worker for the next job.
 */
public class SpiceCrashException extends SpiceWorkerException {
    private final String signal;
    private final String details;

    public SpiceCrashException(String message, String signal, String details) {
        super(message);
        this.signal = signal;
        this.details = details;
    }

    /** "SIGSEGV", "SIGABRT", ... */
    public String signal() { return signal; }

    /** The worker's exit code and the crash report's problematic frame, for those who debug ngspice. */
    public String details() { return details; }
}
