package memcim.spice;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The lines ngspice prints through its output callback, kept per operation: the engine calls
 * {@link #begin()} before each load, command or run and inspects {@link #since()} afterwards, so an
 * error is always reported with the lines of the operation that caused it. Lines arrive from the
 * simulating thread (the caller's in foreground runs, ngspice's own in background runs), hence the lock.
 */
final class OutputLog {
    /** One line, already split into its stream ("stdout"/"stderr") and text. */
    record Line(boolean stderr, String text) {
        @Override
        public String toString() { return (stderr ? "stderr " : "stdout ") + text; }
    }

    private static final int MAX_LINES = 20_000;
    private final List<Line> lines = new ArrayList<>();
    private volatile Consumer<String> echo;
    private volatile Consumer<Line> tap;

    private volatile boolean muted;

    void echoTo(Consumer<String> sink) { this.echo = sink; }

    /** Every line from now on, muted or not, to {@code sink} (a batch run keeps all of them); null stops it. */
    void tapTo(Consumer<Line> sink) { this.tap = sink; }

    /** Housekeeping commands (remcirc until none is left, ...) are not echoed: their chatter is ours. */
    void mute(boolean on) { this.muted = on; }

    /** Called from ngspice's SendChar: "stdout text" or "stderr text" (a few lines come unprefixed). */
    void accept(String raw) {
        if (raw == null) return;
        Line line;
        if (raw.startsWith("stderr ")) line = new Line(true, raw.substring(7));
        else if (raw.startsWith("stdout ")) line = new Line(false, raw.substring(7));
        else line = new Line(false, raw);
        synchronized (lines) {
            // A runaway deck (a print in a long loop) must not fill the heap: keep the first lines.
            if (lines.size() < MAX_LINES) lines.add(line);
        }
        Consumer<Line> t = tap;
        if (t != null && !muted) t.accept(line);
        Consumer<String> sink = echo;
        if (sink != null && !muted) sink.accept(line.toString());
    }

    void begin() {
        synchronized (lines) { lines.clear(); }
    }

    List<Line> since() {
        synchronized (lines) { return List.copyOf(lines); }
    }
}
