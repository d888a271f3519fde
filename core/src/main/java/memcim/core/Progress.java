package memcim.core;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A progress line for long work, on standard error so that standard output stays machine-readable
 * ({@code --json}). On a terminal it redraws one line; otherwise (CI logs) it prints at most about
 * every 10 % so logs stay short.
 */
public final class Progress implements AutoCloseable {
    private final String label;
    private final long total;
    private final PrintStream out;
    private final boolean terminal;
    /**
     * Timed from the first step (from construction for a one-step bar), so that a bar made ahead of its stage does not
     * count the wait for the stages before it in its elapsed time and its estimate.
     */
    private long startNanos = System.nanoTime();
    private long done;
    private int lastDecile = -1;
    private long lastDrawNanos;
    private String status = "";

    public Progress(String label, long total) {
        this(label, total, System.err, System.console() != null);
    }

    public Progress(String label, long total, PrintStream out, boolean terminal) {
        this.label = label;
        this.total = Math.max(1, total);
        this.out = out;
        this.terminal = terminal;
    }

    public synchronized void step() { advance(1); }

    /** Advances by {@code n} and shows {@code status} after the counts (an optimiser's best cost so far). */
    public synchronized void advance(long n, String status) {
        this.status = status == null || status.isEmpty() ? "" : ", " + status;
        advance(n);
    }

    public synchronized void advance(long n) {
        long now = System.nanoTime();
        if (done == 0 && total > 1) startNanos = now;
        done = Math.min(total, done + n);
        int decile = (int) (10 * done / total);
        if (terminal) {
            if (now - lastDrawNanos > 100_000_000L || done == total) {
                lastDrawNanos = now;
                out.print("\r" + line(now));
                out.flush();
            }
        } else if (decile != lastDecile) {
            lastDecile = decile;
            out.println(line(now));
        }
    }

    private String line(long now) {
        int width = 30;
        int filled = (int) (width * done / total);
        double seconds = (now - startNanos) / 1e9;
        double eta = done == 0 ? 0 : seconds * (total - done) / done;
        return String.format(Locale.ROOT, "%s [%s%s] %d/%d %.1fs elapsed, %.1fs left%s",
                label, "#".repeat(filled), ".".repeat(width - filled), done, total, seconds, eta, status);
    }

    @Override
    public synchronized void close() {
        if (terminal) out.println();
    }
}
