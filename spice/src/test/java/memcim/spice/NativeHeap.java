package memcim.spice;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Structure;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Memory figures for leak tests: the process's resident set and the bytes malloc has handed out. */
final class NativeHeap {
    /** glibc's {@code struct mallinfo2}: ten size_t fields. */
    @Structure.FieldOrder({"arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks", "fordblks", "keepcost"})
    public static class MallInfo2 extends Structure implements Structure.ByValue {
        public long arena, ordblks, smblks, hblks, hblkhd, usmblks, fsmblks, uordblks, fordblks, keepcost;
    }

    private interface LibC extends Library {
        MallInfo2 mallinfo2();
    }

    private static final LibC LIBC = Native.load("c", LibC.class);

    private NativeHeap() {}

    /** Bytes in use from malloc (small blocks plus mmapped ones): what ngspice allocates, unlike the Java heap. */
    static long mallocInUseBytes() {
        MallInfo2 m = LIBC.mallinfo2();
        return m.uordblks + m.hblkhd;
    }

    static long rssKiB() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
        throw new IllegalStateException("no VmRSS in /proc/self/status");
    }

    static List<Long> snapshot() throws Exception {
        return List.of(rssKiB(), mallocInUseBytes() / 1024);
    }
}
