package memcim.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A temporary folder for a tool's work files (yosys netlists, decks), removed when the work ends or the JVM exits first. */
public final class ScratchFolder {
    /** The work done in the folder; it may throw what it likes, the folder goes either way. */
    @FunctionalInterface
    public interface Work<T> {
        T in(Path folder) throws Exception;
    }

    private ScratchFolder() {}

    public static <T> T use(String prefix, Work<T> work) {
        Path dir;
        try {
            dir = Temporaries.register(Files.createTempDirectory(prefix));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder for " + prefix, e);
        }
        try {
            return work.in(dir);
        } catch (RuntimeException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            Temporaries.deleteTree(dir);
            Temporaries.release(dir);
        }
    }
}
