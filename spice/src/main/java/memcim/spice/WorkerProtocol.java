package memcim.spice;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import memcim.core.Json;

/**
 * The line protocol between {@link SpiceWorkerPool} and {@link SpiceWorkerMain}: one JSON object per
 * line. Replies carry a prefix because native code in the child (ngspice, the JVM's crash report) may
 * also write to standard output; lines without it are kept for crash reports, never parsed.
 */
final class WorkerProtocol {
    static final String PREFIX = "@@memcim-spice ";
    static final String READY = PREFIX + "ready";

    /** Exactly one of {@code job} and {@code batch} is non-null. */
    record Request(long id, SpiceJob job, BatchJob batch) {

        String title() {
            return job != null ? "job '" + job.title() + "'" : batch.source();
        }
    }

    /** Exactly one of {@code result}, {@code batch} and {@code error} is non-null. */
    record Response(long id, SpiceResult result, BatchResult batch, Failure error) {}

    /** A typed exception carried across the process boundary. */
    record Failure(String kind, String message, int line, String card, List<String> ngspiceMessages) {

        static Failure of(Throwable t) {
            String kind = t instanceof SpiceParseException ? "parse"
                    : t instanceof SpiceExitException ? "exit"
                    : t instanceof SpiceConvergenceException ? "convergence"
                    : t instanceof SpiceRunException ? "run"
                    : t instanceof SpiceLibraryException ? "library"
                    : t instanceof SpiceException ? "spice" : "internal";
            List<String> messages = t instanceof SpiceException s ? s.ngspiceMessages() : List.of();
            int line = t instanceof SpiceParseException p ? p.line() : 0;
            String card = t instanceof SpiceParseException p ? p.card() : "";
            String message = t instanceof SpiceException ? t.getMessage() : t.toString();
            return new Failure(kind, message, line, card, messages);
        }

        /** The same exception type as in the worker, so callers catch what they would in-process. */
        SpiceException toException() {
            String m = message + " [in worker process]";
            return switch (kind) {
                case "parse" -> new SpiceParseException(m, line, card, ngspiceMessages);
                case "exit" -> new SpiceExitException(m, 0, ngspiceMessages);
                case "convergence" -> new SpiceConvergenceException(m, ngspiceMessages);
                case "run" -> new SpiceRunException(m, ngspiceMessages);
                case "library" -> new SpiceLibraryException(m);
                default -> new SpiceException(m, ngspiceMessages);
            };
        }
    }

    private WorkerProtocol() {}

    static String encode(Object message) {
        try {
            return PREFIX + Json.mapper().writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode " + message.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    /** The message of a protocol line, or null if the line is not one (other output of the process). */
    static <T> T decode(String line, Class<T> type) {
        if (line == null || !line.startsWith(PREFIX) || line.equals(READY) || line.startsWith(READY + " ")) return null;
        try {
            return Json.mapper().readValue(line.substring(PREFIX.length()), type);
        } catch (JsonProcessingException e) {
            throw new SpiceWorkerException("unreadable reply from worker: " + e.getOriginalMessage());
        }
    }
}
