package memcim.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The temporary files and folders of writes in progress, removed when the JVM shuts down before the write ends
 * (Ctrl-C, a kill, System.exit from another thread): an interrupted run leaves no hidden half-output behind.
 */
final class Temporaries {
    private static final Set<Path> open = ConcurrentHashMap.newKeySet();
    private static volatile boolean hooked;

    private Temporaries() {}

    static Path register(Path p) {
        if (!hooked) hook();
        open.add(p);
        return p;
    }

    static void release(Path p) {
        if (p != null) open.remove(p);
    }

    private static synchronized void hook() {
        if (hooked) return;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> open.forEach(Temporaries::deleteTree), "memcim-temporaries"));
        hooked = true;
    }

    /** Deletes a file or a folder with everything in it, as far as it can. */
    static void deleteTree(Path p) {
        if (!Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return;
        try (Stream<Path> s = Files.walk(p)) {
            for (Path x : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(x);
        } catch (IOException | UncheckedIOException ignored) {
            // best effort: what is left is hidden and named as memcim's
        }
    }
}
