package memcim.spice;

import com.sun.jna.Callback;
import com.sun.jna.CallbackThreadInitializer;
import com.sun.jna.Function;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One loaded, initialised instance of libngspice with its callbacks. The callback objects are
 * fields of this object and the engine keeps the session for as long as the library is loaded: if
 * JNA's callback objects were garbage collected, ngspice would call freed trampolines.
 *
 * <p>ngspice 39 cannot be initialised twice: after {@code quit} (ControlledExit) a second
 * {@code ngSpice_Init} crashes inside ngspice, and {@code dlclose} does not unload it. A fresh
 * session therefore loads a private copy of the library file, which the dynamic linker treats as a
 * new library with fresh global state (the old instance is abandoned, never called again).
 */
final class NativeSession {
    /** Optional entry points (newer ngspice or XSPICE-only), looked up by name, never required. */
    static final List<String> OPTIONAL_ENTRY_POINTS = List.of(
            "ngSpice_Reset", "ngSpice_LockRealloc", "ngSpice_UnlockRealloc", "ngSpice_nospinit",
            "ngSpice_nospiceinit", "ngCM_Input_Path", "ngGet_Evt_NodeInfo", "ngSpice_AllEvtNodes",
            "ngSpice_Init_Evt", "ngSpice_SetBkpt");

    /** What ngspice's callbacks report to; implemented by the engine. */
    interface Events {
        void output(String line);
        void status(String status);
        void exitRequested(int status, boolean immediate, boolean onQuit);
        void data(Pointer vecValuesAll, int count);
        void initData(Pointer vecInfoAll);
        void backgroundRunning(boolean running);
        double externalVoltage(String source, double time);
        double externalCurrent(String source, double time);
        void sync(double time, Pointer delta, int location);
        void eventNodeDeclared(int index, String name);
        void eventData(int index, double time, String value);
    }

    final NgSpiceNative lib;
    final Path libraryFile;
    private final NativeLibrary handle;
    private final Map<String, Function> optional = new LinkedHashMap<>();
    // Strong references for the life of the library (see class comment).
    private final NgSpiceNative.SendChar sendChar;
    private final NgSpiceNative.SendStat sendStat;
    private final NgSpiceNative.ControlledExit controlledExit;
    private final NgSpiceNative.SendData sendData;
    private final NgSpiceNative.SendInitData sendInitData;
    private final NgSpiceNative.BGThreadRunning bgThreadRunning;
    private final NgSpiceNative.GetSourceData vsrc;
    private final NgSpiceNative.GetSourceData isrc;
    private final NgSpiceNative.GetSyncData syncData;
    private final NgSpiceNative.SendEvtData sendEvtData;
    private final NgSpiceNative.SendInitEvtData sendInitEvtData;
    private final IntByReference ident = new IntByReference(0);

    private NativeSession(Path libraryFile, Events events) {
        this.libraryFile = libraryFile;
        this.handle = NativeLibrary.getInstance(libraryFile.toString());
        // Decks are bytes: one char per byte both ways, so a deck in any encoding reaches ngspice unchanged.
        this.lib = Native.load(libraryFile.toString(), NgSpiceNative.class,
                Map.of(Library.OPTION_STRING_ENCODING, "ISO-8859-1"));
        for (String name : OPTIONAL_ENTRY_POINTS) {
            try {
                optional.put(name, handle.getFunction(name));
            } catch (UnsatisfiedLinkError absent) {
                // Older ngspice or no XSPICE: the feature is simply not offered.
            }
        }
        sendChar = (line, id, user) -> { events.output(DeckBytes.readable(line)); return 0; };
        sendStat = (status, id, user) -> { events.status(status); return 0; };
        controlledExit = (status, immediate, onQuit, id, user) -> {
            events.exitRequested(status, immediate != 0, onQuit != 0);
            return 0;
        };
        sendData = (values, count, id, user) -> { events.data(values, count); return 0; };
        sendInitData = (info, id, user) -> { events.initData(info); return 0; };
        // ngspice passes "true" when the background thread has *ended* (see sharedspice.c _thread_run).
        bgThreadRunning = (notRunning, id, user) -> { events.backgroundRunning(notRunning == 0); return 0; };
        vsrc = (value, time, name, id, user) -> { value.setDouble(0, events.externalVoltage(name, time)); return 0; };
        isrc = (value, time, name, id, user) -> { value.setDouble(0, events.externalCurrent(name, time)); return 0; };
        // Return 0 at location 1: "accept the step" (non-zero would make ngspice redo it).
        syncData = (time, delta, oldDelta, redo, id, location, user) -> { events.sync(time, delta, location); return 0; };
        sendEvtData = (index, step, real, value, binary, length, mode, id, user) -> {
            events.eventData(index, step, value);
            return 0;
        };
        sendInitEvtData = (index, max, name, type, id, user) -> { events.eventNodeDeclared(index, name); return 0; };
        // Background runs call back from ngspice's own thread. By default JNA attaches and detaches
        // that thread around every callback, which made a bg_run 15x slower than the same run in the
        // foreground; keep it attached (as a daemon, so it never holds the JVM open).
        CallbackThreadInitializer keepAttached = new CallbackThreadInitializer(true, false, "ngspice-background");
        for (Callback c : List.of(sendChar, sendStat, controlledExit, sendData, sendInitData, bgThreadRunning,
                vsrc, isrc, syncData, sendEvtData, sendInitEvtData)) {
            Native.setCallbackThreadInitializer(c, keepAttached);
        }
    }

    /** Set to false in worker processes: see {@link #dataCallbacksWanted()}. */
    static final String DATA_CALLBACKS_PROPERTY = "memcim.spice.cosimCallbacks";

    /**
     * ngspice's per-point data callback and its sync/EXTERNAL-source callbacks are needed only for
     * co-simulation (lock-step, latest values, EXTERNAL sources), which runs in-process. They change
     * what ngspice does: with the data callback, ngspice 39 segfaults on a plot without vectors
     * ({@code sh_ExecutePerLoop} reads {@code plot_cur->pl_dvecs->v_length}: an analysis of a circuit
     * with no nodes, a temperature sweep of a model with {@code temper} in an expression); with the
     * sync callback its transient takes other steps than {@code ngspice -b} (seen: 3e-9 of full scale
     * on a VBIC amplifier, 1 % on a lossy transmission line). Worker processes therefore start
     * ngspice without them, and compute what {@code ngspice -b} computes.
     */
    static boolean dataCallbacksWanted() {
        return !"false".equalsIgnoreCase(System.getProperty(DATA_CALLBACKS_PROPERTY, "true"));
    }

    /** Loads {@code libraryFile} (or a private copy of it when {@code fresh}) and initialises ngspice. */
    static NativeSession open(Path libraryFile, boolean fresh, Events events) {
        Path file = fresh ? privateCopy(libraryFile) : libraryFile;
        NativeSession session;
        try {
            session = new NativeSession(file, events);
        } catch (UnsatisfiedLinkError e) {
            throw new SpiceLibraryException("cannot load " + file + ": " + e.getMessage()
                    + ". Install ngspice with scripts/setup, or: sudo apt-get install libngspice0 ngspice", e);
        }
        session.initialise();
        if (fresh) deleteCopy(file); // the loaded mapping outlives the file: nothing is left in the temporary folder
        return session;
    }

    private static void deleteCopy(Path copy) {
        try {
            Files.deleteIfExists(copy);
            Files.deleteIfExists(copy.getParent());
        } catch (IOException ignored) {
            // deleteOnExit remains
        }
    }

    private void initialise() {
        // ngspice parses and prints numbers with the C library: a comma locale would corrupt both.
        NativeProcess.forceCNumericLocale();
        // ngSpice_Init resets some signal handlers (SIGILL to default here); the JVM needs its own.
        NativeProcess.SignalHandlers jvmHandlers = NativeProcess.SignalHandlers.save();
        try {
            boolean data = dataCallbacksWanted();
            int rc = lib.ngSpice_Init(sendChar, sendStat, controlledExit, data ? sendData : null, data ? sendInitData : null,
                    bgThreadRunning, null);
            if (rc != 0) throw new SpiceLibraryException("ngSpice_Init returned " + rc);
            // EXTERNAL sources need their callbacks (ngspice exits without them); only the step sync is optional.
            rc = lib.ngSpice_Init_Sync(vsrc, isrc, data ? syncData : null, ident, null);
            if (rc != 0) throw new SpiceLibraryException("ngSpice_Init_Sync returned " + rc);

        } finally {
            jvmHandlers.restore();
        }
    }

    private static Path privateCopy(Path libraryFile) {
        try {
            Path dir = Files.createTempDirectory("memcim-ngspice-");
            Path copy = dir.resolve(libraryFile.getFileName());
            Files.copy(libraryFile, copy, StandardCopyOption.REPLACE_EXISTING);
            copy.toFile().deleteOnExit();
            dir.toFile().deleteOnExit();
            return copy;
        } catch (IOException e) {
            throw new SpiceLibraryException("cannot copy " + libraryFile + " for a fresh ngspice instance: " + e.getMessage(), e);
        }
    }

    /**
     * Registers (or removes) the XSPICE event callbacks ({@code ngSpice_Init_Evt}, returns TRUE
     * unlike the other inits). Only while someone listens: with them registered, ngspice 39 outputs
     * the first point of every DC sweep twice (seen here: 72 points for a 71-point sweep).
     */
    void listenToEvents(boolean on) {
        if (!has("ngSpice_Init_Evt")) return;
        if (on) callOptionalInt("ngSpice_Init_Evt", sendEvtData, sendInitEvtData, null);
        else callOptionalInt("ngSpice_Init_Evt", null, null, null);
    }

    /** Names of the optional entry points this library exports. */
    List<String> optionalEntryPoints() { return List.copyOf(optional.keySet()); }

    boolean has(String entryPoint) { return optional.containsKey(entryPoint); }

    /** Calls an optional entry point returning int (e.g. {@code ngSpice_LockRealloc}); caller checks {@link #has}. */
    int callOptionalInt(String entryPoint, Object... args) {
        return optional.get(entryPoint).invokeInt(args);
    }

    /** Calls an optional entry point returning a pointer (e.g. {@code ngSpice_AllEvtNodes}). */
    Pointer callOptionalPointer(String entryPoint, Object... args) {
        return optional.get(entryPoint).invokePointer(args);
    }

    /** Calls an optional entry point returning {@code char*} (e.g. {@code ngCM_Input_Path}). */
    String callOptionalString(String entryPoint, Object... args) {
        return optional.get(entryPoint).invokeString(args, false);
    }
}
