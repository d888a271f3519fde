package memcim.bnn.flow;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** One progress line per stage of a long flow on standard error, and the wall time of each for the report. */
public final class Stages {
    private final PrintStream err;
    private final int total;
    private final Map<String, Double> seconds = new LinkedHashMap<>();
    private int index;
    private String current;
    private long started;

    public Stages(PrintStream err, int total) {
        this.err = err;
        this.total = total;
    }

    public void begin(String name) {
        current = name;
        started = System.nanoTime();
        err.printf(Locale.ROOT, "[%d/%d] %s ...%n", ++index, total, name);
        err.flush();
    }

    public void end(String summary) {
        double s = (System.nanoTime() - started) / 1e9;
        seconds.put(current, s);
        err.printf(Locale.ROOT, "[%d/%d] %s: %s (%.1f s)%n", index, total, current, summary, s);
        err.flush();
    }

    public Map<String, Double> seconds() { return seconds; }
}
