package memcim.spice;

import com.sun.jna.Pointer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * ngspice loaded in-process (libngspice through JNA): load a deck from Java strings, run it, read
 * vectors, change sources with {@code alter} and re-run without re-parsing, drive EXTERNAL sources
 * from Java and stop the transient at given instants to exchange values with a digital model.
 *
 * <pre>{@code
 * NgSpice ng = NgSpice.shared();
 * ng.loadCircuit("""
 *     rc driven from Java
 *     Vin in 0 external
 *     R1 in out 1k
 *     C1 out 0 1n
 *     .tran 10n 10u
 *     .end
 *     """);
 * double[] level = {0.0};                              // what the "digital model" drives
 * ng.setExternalSources((name, t) -> level[0]);
 * ng.runLockStep(new double[] {1e-6, 2e-6, 3e-6}, (t, engine) -> {
 *     double vout = engine.latestValue("v(out)");      // sample the analog side at the clock edge
 *     level[0] = vout < 0.5 ? 1.0 : 0.0;               // decide the next input
 * });
 * double[] out = ng.realVector("v(out)");
 * }</pre>
 *
 * <p>ngspice is one global state per loaded library, so there is one engine per JVM
 * ({@link #shared()}); every method is synchronized. For parallel or crash-prone work use
 * {@link SpiceWorkerPool}, which runs the same engine in child JVMs.
 *
 * <p>What this class guards against: ngspice's 1-byte {@code bool} (mapped as byte), callbacks
 * collected by the GC (kept in {@link NativeSession}), a comma decimal locale (C numeric locale
 * forced before init), signal handlers ngspice resets (restored), cards that crash ngspice 39
 * ({@link DeckChecker}), and ngspice's exit routine: {@code quit} or a fatal error calls
 * ControlledExit, after which ngspice 39 cannot be re-initialised in place; the engine then loads a
 * fresh private copy of the library before the next call, so the JVM and the engine carry on.
 */
public final class NgSpice {
    private static NgSpice shared;

    private final Path libraryFile;
    private final OutputLog log = new OutputLog();
    private final Events events = new Events();
    private NativeSession session;
    private SpiceVersion version;
    private int sessions;
    private List<String> lastWarnings = List.of();

    // Written by callbacks on the simulating thread; volatile where another thread reads them.
    private volatile ExternalSources externalSources;
    private volatile boolean exitRequested;
    private volatile int exitStatus;
    private volatile boolean exitOnQuit;
    private final Object backgroundMonitor = new Object();
    private volatile boolean backgroundActive;
    private int backgroundStarts; // guarded by backgroundMonitor
    private volatile LockStepClock clock;
    private volatile Throwable callbackFailure;
    private volatile Consumer<String> statusListener;
    private final LatestValues latest = new LatestValues();
    private volatile EventListener eventListener;
    private final Map<Integer, String> eventNodeNames = new java.util.concurrent.ConcurrentHashMap<>();

    private NgSpice(Path libraryFile) {
        this.libraryFile = libraryFile;
    }

    /** The in-process engine; loads and initialises the library on first use. */
    public static synchronized NgSpice shared() {
        if (shared == null) {
            NgSpice ng = new NgSpice(LibraryLocator.locate());
            ng.ensureSession();
            shared = ng;
        }
        return shared;
    }

    // ----------------------------------------------------------------- library and capabilities

    /** ngspice's version, from its banner. */
    public synchronized SpiceVersion version() {
        ensureSession();
        return version;
    }

    /**
     * The library file in use. A fresh instance (after a quit, a fatal error or
     * {@link #restartEngine()}) maps a private copy of it, deleted as soon as it is mapped.
     */
    public synchronized Path libraryFile() {
        ensureSession();
        return libraryFile;
    }

    /** Every optional entry point the binding looks for (newer than ngspice 39, or XSPICE-only). */
    public static final List<String> OPTIONAL_ENTRY_POINTS = NativeSession.OPTIONAL_ENTRY_POINTS;

    /** Which optional entry points (newer than ngspice 39, or XSPICE-only) this library exports. */
    public synchronized List<String> optionalEntryPoints() {
        ensureSession();
        return session.optionalEntryPoints();
    }

    /** How many times ngspice was initialised in this JVM (more than 1 after an exit/reinit). */
    public synchronized int initialisations() { return sessions; }

    /** Echo every ngspice output line ("stdout ..."/"stderr ...") to {@code sink}; null stops it. */
    public void echoOutput(Consumer<String> sink) { log.echoTo(sink); }

    /** Receive ngspice's status strings (e.g. "tran 40.2%"); null stops it. */
    public void onStatus(Consumer<String> listener) { this.statusListener = listener; }

    // ----------------------------------------------------------------- circuits

    /**
     * Removes all circuits and plots, then loads {@code deckText} (title line first, {@code .end}
     * appended if missing). A deck with {@code .control} commands runs them now.
     *
     * @throws SpiceParseException naming the deck line ngspice (or the card check) rejected
     */
    public synchronized void loadCircuit(String deckText) {
        loadCircuit(deckText, "deck");
    }

    /** As {@link #loadCircuit(String)}, naming the deck {@code source} (a file name) in errors. */
    public synchronized void loadCircuit(String deckText, String source) {
        removeCircuits();
        addCircuit(deckText, source);
    }

    /**
     * Loads another circuit next to the loaded ones (ngspice switches between them with
     * {@code setcirc}); {@link #loadCircuit} is the usual call.
     */
    public synchronized void addCircuit(String deckText, String source) {
        DeckChecker.Checked checked = DeckChecker.check(deckText, source);
        loadCheckedLines(checked.lines(), checked.warnings(), source);
    }

    /**
     * Loads a deck exactly as given, bypassing the card check: only for showing what the check
     * protects against, in a worker process ({@link SpiceJob#withoutDeckChecks()}).
     */
    synchronized void addCircuitUnchecked(String deckText, String source) {
        List<String> lines = new ArrayList<>(deckText.lines().toList());
        if (lines.stream().noneMatch(l -> l.strip().equalsIgnoreCase(".end"))) lines.add(".end"); // ngSpice_Circ needs it
        loadCheckedLines(lines, List.of(), source);
    }

    private void loadCheckedLines(List<String> lines, List<String> checkWarnings, String source) {
        ensureSession();
        requireNoBackgroundRun("loading " + source);
        List<OutputLog.Line> out = call(() -> session.lib.ngSpice_Circ(lines.toArray(String[]::new)), "load " + source);
        List<String> warnings = new ArrayList<>(checkWarnings);
        warnings.addAll(NgSpiceErrors.warnings(out));
        lastWarnings = List.copyOf(warnings);
        SpiceParseException failure = NgSpiceErrors.parseFailure(out, lines, source);
        if (failure != null) {
            removeCircuits(); // a half-parsed circuit must not be run by the next call
            throw failure;
        }
    }

    /** Destroys all plots and removes every loaded circuit, so the next load starts clean. */
    public synchronized void removeCircuits() {
        ensureSession();
        requireNoBackgroundRun("removing circuits");
        log.mute(true);
        try {
            quietly("destroy all");
            for (int i = 0; i < 10_000; i++) { // one remcirc per circuit; ngspice says when none is left
                List<OutputLog.Line> out = call(() -> session.lib.ngSpice_Command("remcirc"), "remcirc");
                if (!NgSpiceErrors.stderr(out).isEmpty()) break;
            }
        } finally {
            log.mute(false);
        }
    }

    // ----------------------------------------------------------------- commands and runs

    /** Runs the analyses the deck declares, in the foreground. */
    public synchronized void run() {
        runCommand("run");
    }

    /**
     * Any ngspice command, executed now ({@code op}, {@code tran 1n 1u}, {@code set ...}, ...).
     * {@code quit} resets the engine (ngspice is reinitialised before the next call).
     *
     * @throws SpiceRunException with ngspice's message if the command printed an error
     */
    public synchronized void command(String command) {
        String c = command.strip();
        if (c.contains("\n") || c.contains("\r")) {
            throw new SpiceException("one ngspice command per call, found a line break in '" + command + "'");
        }
        String verb = c.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
        if (verb.equals("quit") || verb.equals("exit")) {
            try {
                runCommand(c);
            } catch (SpiceExitException expected) {
                // The user asked ngspice to exit: the engine has been reset, nothing failed.
            }
            return;
        }
        runCommand(c);
    }

    /** Output lines (without the stdout/stderr prefix) printed by one command, e.g. {@code print}, {@code show}. */
    public synchronized List<String> commandOutput(String command) {
        List<OutputLog.Line> out = runCommand(command.strip());
        List<String> text = new ArrayList<>();
        for (OutputLog.Line l : out) text.add(l.text());
        return text;
    }

    private List<OutputLog.Line> runCommand(String command) {
        ensureSession();
        if (!command.startsWith("bg_")) requireNoBackgroundRun("'" + command + "'");
        callbackFailure = null;
        List<OutputLog.Line> out = call(() -> session.lib.ngSpice_Command(command), command);
        Throwable failed = callbackFailure;
        if (failed != null) {
            callbackFailure = null;
            throw new SpiceRunException(command + ": a Java callback failed: " + failed, NgSpiceErrors.stderr(out), failed);
        }
        SpiceRunException failure = NgSpiceErrors.runFailure(command, out);
        lastWarnings = NgSpiceErrors.warnings(out);
        if (failure != null) throw failure;
        return out;
    }

    /** {@code alter device param = value}: changes an instance without re-parsing; run again to see it. */
    public synchronized void alter(String device, String parameter, double value) {
        command("alter " + SpiceNames.require("device", device) + " " + SpiceNames.require("parameter", parameter)
                + " = " + SpiceNames.number(value));
    }

    /**
     * Alters the same parameter of many devices in one ngspice command line ({@code alter a dc = 1 ;
     * alter b dc = 2 ; ...}): one call into ngspice instead of one per device.
     */
    public synchronized void alterAll(String parameter, Map<String, Double> valueByDevice) {
        if (valueByDevice.isEmpty()) return;
        SpiceNames.require("parameter", parameter);
        StringBuilder line = new StringBuilder();
        valueByDevice.forEach((device, value) -> {
            if (line.length() > 0) line.append(" ; ");
            line.append("alter ").append(SpiceNames.require("device", device)).append(' ').append(parameter)
                    .append(" = ").append(SpiceNames.number(value));
        });
        command(line.toString());
    }

    /** {@code altermod model param = value}: changes a model's parameter without re-parsing. */
    public synchronized void alterModel(String model, String parameter, double value) {
        command("altermod " + SpiceNames.require("model", model) + " " + SpiceNames.require("parameter", parameter)
                + " = " + SpiceNames.number(value));
    }

    /** Warning lines ngspice printed during the last load or run, plus the card check's rewrites. */
    public synchronized List<String> lastWarnings() { return lastWarnings; }

    /**
     * Runs a whole {@link SpiceJob} (load, commands, vectors) here; {@link SpiceWorkerPool#submit}
     * runs the same job in a worker process.
     */
    public synchronized SpiceResult runJob(SpiceJob job) {
        if (!job.checkDeck()) {
            throw new SpiceException("a job without deck checks may crash ngspice: run it in a SpiceWorkerPool, not in-process");
        }
        return JobRunner.run(this, job);
    }

    /**
     * Runs a deck as {@code ngspice -b} does: its {@code .control} block, {@code quit} ending the deck
     * (not the engine), the deck's analyses where batch mode runs them, every plot returned with its
     * scale. In this process: a deck that crashes ngspice takes the JVM with it; for decks from
     * elsewhere use {@link SpiceWorkerPool#submitBatch}.
     */
    public synchronized BatchResult runBatch(BatchJob job) {
        if (!job.checkDeck()) {
            throw new SpiceException("a job without deck checks may crash ngspice: run it in a SpiceWorkerPool, not in-process");
        }
        return BatchRunner.run(this, job);
    }

    /**
     * Abandons this ngspice instance: the next call starts a fresh one (a private copy of the library,
     * see {@link NativeSession}), with none of the global state earlier decks left behind, as a new
     * {@code ngspice -b} process would. Worker processes do this between batch decks.
     */
    public synchronized void restartEngine() {
        requireNoBackgroundRun("restarting the engine");
        session = null;
    }

    /** Every output line from now on to {@code sink}, housekeeping excluded; null stops it. */
    void tapOutput(Consumer<OutputLog.Line> sink) { log.tapTo(sink); }

    /**
     * Loads deck lines for a batch run: removes what was loaded, then hands the lines to ngspice, which
     * runs their control block now. Only errors that stop {@code ngspice -b} fail the load.
     *
     * @throws SpiceExitException when the control block quit (or ngspice hit a fatal error)
     */
    synchronized void loadForBatch(List<String> lines, String source) {
        removeCircuits();
        ensureSession();
        List<OutputLog.Line> out = call(() -> session.lib.ngSpice_Circ(lines.toArray(String[]::new)), "load " + source);
        lastWarnings = NgSpiceErrors.warningsAndNotes(out);
        SpiceParseException failure = NgSpiceErrors.batchParseFailure(out, lines, source);
        if (failure != null) {
            removeCircuits();
            throw failure;
        }
    }

    /** A command of a batch run: output returned, only what stops {@code ngspice -b} thrown. */
    synchronized List<OutputLog.Line> batchCommand(String command) {
        ensureSession();
        List<OutputLog.Line> out = call(() -> session.lib.ngSpice_Command(command), command);
        return checkedBatchOutput(command, out);
    }

    /** As {@link #batchCommand}, for memcim's own housekeeping: not echoed, not in the batch output. */
    synchronized List<OutputLog.Line> batchHousekeeping(String command) {
        ensureSession();
        log.mute(true);
        List<OutputLog.Line> out;
        try {
            out = call(() -> session.lib.ngSpice_Command(command), command);
        } finally {
            log.mute(false);
        }
        return checkedBatchOutput(command, out);
    }

    /** True while an engine is loaded (false after a deck's quit, until the next call starts one). */
    synchronized boolean hasLiveSession() { return session != null && !exitRequested; }

    private List<OutputLog.Line> checkedBatchOutput(String command, List<OutputLog.Line> out) {
        lastWarnings = NgSpiceErrors.warningsAndNotes(out);
        SpiceRunException failure = NgSpiceErrors.batchRunFailure(command, out);
        if (failure != null) throw failure;
        return out;
    }

    // ----------------------------------------------------------------- background runs

    /** Starts the deck's analyses on ngspice's own thread ({@code bg_run}) and returns at once. */
    public synchronized void runInBackground() {
        startBackground("bg_run");
    }

    /**
     * Issues {@code bg_run}/{@code bg_resume} and returns once ngspice's thread has started (its
     * first callback): before that, {@code ngSpice_running()} still says no, and a load or command
     * slipping into that window would race the new thread.
     */
    private void startBackground(String command) {
        synchronized (backgroundMonitor) {
            backgroundStarts = 0;
            backgroundActive = true;
        }
        try {
            runCommand(command);
        } catch (RuntimeException e) {
            backgroundActive = false;
            throw e;
        }
        long deadline = System.nanoTime() + 10_000_000_000L;
        synchronized (backgroundMonitor) {
            while (backgroundStarts == 0 && System.nanoTime() < deadline) {
                try {
                    backgroundMonitor.wait(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** True while a background run is going. */
    public synchronized boolean isRunning() {
        ensureSession();
        return session.lib.ngSpice_running() != 0;
    }

    private boolean backgroundRunning() {
        return backgroundActive && session.lib.ngSpice_running() != 0;
    }

    /**
     * ngspice changes its circuits and vectors on its background thread: loading, removing, other
     * commands and (without ngSpice_LockRealloc) reading vectors meanwhile could crash it.
     */
    private void requireNoBackgroundRun(String what) {
        if (backgroundRunning()) {
            throw new SpiceRunException(what + " while a background run is going: haltBackground() or waitForBackground() first",
                    List.of());
        }
    }

    /** Stops a background run ({@code bg_halt}); {@link #resumeBackground()} continues it. */
    public synchronized void haltBackground() {
        runCommand("bg_halt");
        waitForBackgroundThread(Duration.ofSeconds(30));
    }

    /** Continues a halted background run ({@code bg_resume}). */
    public synchronized void resumeBackground() {
        startBackground("bg_resume");
    }

    /**
     * Waits until the background run ends. Not synchronized on the engine, so a lock-step listener
     * or another thread is not blocked meanwhile.
     *
     * @return true if it ended, false on timeout
     */
    public boolean waitForBackground(Duration timeout) {
        return waitForBackgroundThread(timeout);
    }

    private boolean waitForBackgroundThread(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (backgroundMonitor) {
            while (backgroundActive) {
                long left = deadline - System.nanoTime();
                if (left <= 0) return false;
                try {
                    backgroundMonitor.wait(Math.max(1, Math.min(50, left / 1_000_000)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
                NativeSession s = session;
                if (s != null && s.lib.ngSpice_running() == 0 && backgroundActive) {
                    // The end callback may not have arrived yet; ngspice already says it is done.
                    backgroundActive = false;
                }
            }
        }
        return true;
    }

    // ----------------------------------------------------------------- vectors and plots

    /** A real vector of the current plot, e.g. "time", "v(out)", "i(vcol3)", "out", "vcol3#branch". */
    public synchronized double[] realVector(String name) {
        return vector(name).realValues();
    }

    /** A complex vector as {@code [n][2]} re/im (a real vector gives zero imaginary parts). */
    public synchronized double[][] complexVector(String name) {
        return vector(name).complex();
    }

    /** A vector copied out of ngspice, real or complex; names may be "plot.vector". */
    public synchronized SpiceVector vector(String name) {
        ensureSession();
        SpiceNames.requireVectorName(name);
        SpiceVector[] result = new SpiceVector[1];
        // While a background run appends to the vectors, ngspice >= 42 can hold off reallocating them.
        boolean lock = session.has("ngSpice_LockRealloc") && session.has("ngSpice_UnlockRealloc") && backgroundRunning();
        if (!lock) requireNoBackgroundRun("reading vector " + name + " (ngspice < 42 has no ngSpice_LockRealloc)");
        call(() -> {
            if (lock) session.callOptionalInt("ngSpice_LockRealloc");
            try {
                Pointer info = session.lib.ngGet_Vec_Info(name);
                if (info != null) result[0] = NativeMemory.vector(info, name);
            } finally {
                if (lock) session.callOptionalInt("ngSpice_UnlockRealloc");
            }
            return 0;
        }, "vector " + name);
        if (result[0] == null) {
            throw new SpiceException("no vector '" + name + "' in plot " + currentPlot() + "; it has " + vectorNames());
        }
        return result[0];
    }

    /** The names of the vectors of the current plot. */
    public synchronized List<String> vectorNames() {
        return vectorNames(currentPlot());
    }

    /** The names of the vectors of plot {@code plot} (e.g. "tran1"). */
    public synchronized List<String> vectorNames(String plot) {
        ensureSession();
        return NativeMemory.strings(session.lib.ngSpice_AllVecs(plot));
    }

    /** The current plot's name, e.g. "op1", "tran2", "ac1". */
    public synchronized String currentPlot() {
        ensureSession();
        return session.lib.ngSpice_CurPlot();
    }

    /** All plots, newest first ("const" is always there). */
    public synchronized List<String> plots() {
        ensureSession();
        return NativeMemory.strings(session.lib.ngSpice_AllPlots());
    }

    /** XSPICE event (digital) nodes of the last run ({@code ngSpice_AllEvtNodes}); empty without XSPICE. */
    public synchronized List<String> eventNodes() {
        ensureSession();
        if (!session.has("ngSpice_AllEvtNodes")) return List.of();
        return NativeMemory.strings(session.callOptionalPointer("ngSpice_AllEvtNodes"));
    }

    /** The changes of XSPICE event node {@code name} over the last run ({@code ngGet_Evt_NodeInfo}). */
    public synchronized List<EventValue> eventNode(String name) {
        ensureSession();
        SpiceNames.require("event node", name);
        if (!session.has("ngGet_Evt_NodeInfo")) {
            throw new SpiceLibraryException("this ngspice has no XSPICE event nodes (no ngGet_Evt_NodeInfo)");
        }
        List<EventValue> values = new ArrayList<>();
        call(() -> {
            values.addAll(NativeMemory.eventValues(session.callOptionalPointer("ngGet_Evt_NodeInfo", name)));
            return 0;
        }, "event node " + name);
        if (values.isEmpty() && !eventNodes().contains(name)) {
            throw new SpiceException("no event node '" + name + "'; there are " + eventNodes());
        }
        return values;
    }

    /** Streams XSPICE event-node changes to {@code listener} during runs (null stops it). */
    public synchronized void onEventData(EventListener listener) {
        ensureSession();
        this.eventListener = listener;
        session.listenToEvents(listener != null);
    }

    /** The folder XSPICE code models read input files from ({@code ngCM_Input_Path}); null reads it. */
    public synchronized String codeModelInputPath(String folder) {
        ensureSession();
        if (!session.has("ngCM_Input_Path")) throw new SpiceLibraryException("this ngspice has no ngCM_Input_Path (no XSPICE)");
        return session.callOptionalString("ngCM_Input_Path", folder);
    }

    // ----------------------------------------------------------------- EXTERNAL sources and lock-step

    /** Supplies the values of the deck's EXTERNAL sources from now on (null: all 0). */
    public void setExternalSources(ExternalSources sources) { this.externalSources = sources; }

    /**
     * Runs the deck's transient in the foreground, stopping at each of {@code instantsSeconds}
     * (strictly increasing): ngspice's step is shortened so a time point lands exactly on the
     * instant, then {@code listener} is called there before the next step.
     *
     * @return how many instants were reached (those after the transient's end are not)
     */
    public synchronized int runLockStep(double[] instantsSeconds, LockStepListener listener) {
        return runLockStep("run", instantsSeconds, listener);
    }

    /**
     * As {@link #runLockStep(double[], LockStepListener)} with the transient given as a command,
     * e.g. {@code "tran 1n 20u"}, instead of the deck's own analysis.
     */
    public synchronized int runLockStep(String transientCommand, double[] instantsSeconds, LockStepListener listener) {
        LockStepClock c = new LockStepClock(instantsSeconds, listener, this);
        clock = c;
        latest.enable(true);
        try {
            command(transientCommand);
        } finally {
            clock = null;
            latest.enable(false);
        }
        if (!c.lateInstants().isEmpty()) {
            List<String> w = new ArrayList<>(lastWarnings);
            w.add("lock-step: ngspice stepped past " + c.lateInstants().size() + " instant(s) before stopping, first at "
                    + c.lateInstants().get(0) + " s");
            lastWarnings = List.copyOf(w);
        }
        return c.reached();
    }

    /**
     * The value of a vector at the most recent accepted time point of the running transient (during
     * a lock-step run, from ngspice's data callback): "v(out)", "out", "i(v1)", "v1#branch", "time".
     */
    public double latestValue(String name) {
        Double v = latest.get(name);
        if (v == null) {
            throw new SpiceException("no latest value of '" + name + "' (lock-step runs only); known: " + latest.names());
        }
        return v;
    }

    /** Sets a breakpoint: the running transient will land on {@code timeSeconds} ({@code ngSpice_SetBkpt}). */
    public synchronized void setBreakpoint(double timeSeconds) {
        ensureSession();
        session.lib.ngSpice_SetBkpt(timeSeconds);
    }

    // ----------------------------------------------------------------- session handling

    /** A native call with its output captured; an exit request during it resets the session. */
    private List<OutputLog.Line> call(NativeCall nativeCall, String what) {
        log.begin();
        nativeCall.invoke();
        List<OutputLog.Line> out = log.since();
        if (exitRequested) {
            exitRequested = false;
            // ngspice 39 cannot be used after its exit routine ran (even reading a vector crashes):
            // drop this instance and start a fresh one on the next call.
            session = null;
            throw new SpiceExitException("ngspice called its exit routine during '" + what + "' (status " + exitStatus
                    + (exitOnQuit ? ", quit" : ", fatal error") + "); the engine was reset, results of that deck are lost",
                    exitStatus, exitOnQuit, NgSpiceErrors.stderr(out));
        }
        return out;
    }

    @FunctionalInterface
    private interface NativeCall {
        int invoke();
    }

    private void ensureSession() {
        if (exitRequested) { // ngspice exited on its background thread since the last call
            exitRequested = false;
            session = null;
        }
        if (session != null) return;
        log.begin();
        session = NativeSession.open(libraryFile, sessions > 0, events);
        sessions++;
        StringBuilder banner = new StringBuilder();
        for (OutputLog.Line l : log.since()) banner.append(l.text()).append('\n');
        SpiceVersion v = SpiceVersion.parse(banner.toString());
        version = v != null ? v : new SpiceVersion(0, 0, "unknown");
        // No "more" pager prompts: a prompt would wait for a keypress that never comes.
        quietly("set nomoremode");
        session.listenToEvents(eventListener != null);
    }

    private void quietly(String command) {
        call(() -> session.lib.ngSpice_Command(command), command);
    }

    /** Callbacks from ngspice, on whatever thread ngspice calls them from. */
    private final class Events implements NativeSession.Events {
        @Override
        public void output(String line) { log.accept(line); }

        @Override
        public void status(String status) {
            Consumer<String> l = statusListener;
            if (l != null) l.accept(status);
        }

        @Override
        public void exitRequested(int status, boolean immediate, boolean onQuit) {
            exitStatus = status;
            exitOnQuit = onQuit;
            exitRequested = true;
        }

        @Override
        public void data(Pointer vecValuesAll, int count) {
            latest.data(vecValuesAll);
            withClock(c -> {
                Double time = latest.get("time");
                if (time != null) c.pointAccepted(time);
            });
        }

        @Override
        public void initData(Pointer vecInfoAll) {
            latest.init(vecInfoAll);
        }

        @Override
        public void backgroundRunning(boolean running) {
            synchronized (backgroundMonitor) {
                if (running) backgroundStarts++;
                backgroundActive = running;
                backgroundMonitor.notifyAll();
            }
        }

        @Override
        public double externalVoltage(String source, double time) { return externalValue(true, source, time); }

        @Override
        public double externalCurrent(String source, double time) { return externalValue(false, source, time); }

        /** A Java failure must not unwind through ngspice's C frames: keep it, report it after the run. */
        private double externalValue(boolean voltage, String source, double time) {
            ExternalSources s = externalSources;
            if (s == null) return 0.0;
            try {
                return voltage ? s.voltage(source, time) : s.current(source, time);
            } catch (Throwable t) {
                if (callbackFailure == null) callbackFailure = t;
                return 0.0;
            }
        }

        @Override
        public void sync(double time, Pointer delta, int location) {
            withClock(c -> c.sync(time, delta, location));
        }

        @Override
        public void eventNodeDeclared(int index, String name) {
            eventNodeNames.put(index, name);
        }

        @Override
        public void eventData(int index, double time, String value) {
            EventListener l = eventListener;
            if (l == null) return;
            try {
                l.changed(eventNodeNames.getOrDefault(index, "#" + index), time, value);
            } catch (Throwable t) {
                if (callbackFailure == null) callbackFailure = t;
            }
        }

        private void withClock(Consumer<LockStepClock> action) {
            LockStepClock c = clock;
            if (c == null) return;
            try {
                action.accept(c);
            } catch (Throwable t) {
                if (callbackFailure == null) callbackFailure = t;
                clock = null; // stop calling a failing listener; the run's end reports the failure
            }
        }
    }
}
