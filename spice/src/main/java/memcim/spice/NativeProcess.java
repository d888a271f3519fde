package memcim.spice;

import com.sun.jna.Library;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.util.LinkedHashMap;
import java.util.Map;

/** The process-wide C state ngspice depends on or disturbs: the numeric locale and signal handlers. */
final class NativeProcess {
    private static final int LC_NUMERIC = 1; // glibc
    /** Signals the JVM handles itself: SIGILL, SIGBUS, SIGFPE, SIGSEGV, SIGPIPE, SIGXFSZ, SIGINT, SIGTERM. */
    private static final int[] JVM_SIGNALS = {4, 7, 8, 11, 13, 25, 2, 15};

    private interface LibC extends Library {
        String setlocale(int category, String locale);
        int sigaction(int signal, Pointer action, Pointer oldAction);
    }

    private static final LibC LIBC = Native.load("c", LibC.class);

    private NativeProcess() {}

    static void forceCNumericLocale() {
        LIBC.setlocale(LC_NUMERIC, "C");
    }

    /** A snapshot of the handlers of {@link #JVM_SIGNALS}, to put back after ngspice changed them. */
    static final class SignalHandlers {
        private final Map<Integer, Memory> saved = new LinkedHashMap<>();

        static SignalHandlers save() {
            SignalHandlers s = new SignalHandlers();
            for (int sig : JVM_SIGNALS) {
                Memory m = new Memory(256); // glibc's struct sigaction is 152 bytes on x86-64
                m.clear();
                if (LIBC.sigaction(sig, null, m) == 0) s.saved.put(sig, m);
            }
            return s;
        }

        void restore() {
            saved.forEach((sig, action) -> LIBC.sigaction(sig, action, null));
        }

        /** Handler addresses, for tests that check nothing was left changed. */
        Map<Integer, Long> handlerAddresses() {
            Map<Integer, Long> out = new LinkedHashMap<>();
            saved.forEach((sig, action) -> out.put(sig, action.getLong(0)));
            return out;
        }
    }
}
