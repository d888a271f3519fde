package memcim.cli;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import memcim.core.InputException;

/** Checks of output targets, made before any work so that a bad target costs nothing and leaves nothing. */
final class CliOutputs {
    private CliOutputs() {}

    /** {@code file} can be written (replaced atomically): a new or regular file in an existing, writable folder. */
    static void requireWritableFile(Path file, String option) {
        Path abs = file.toAbsolutePath();
        if (Files.isDirectory(abs)) throw new InputException(option, "a file to write", file + " (a directory)");
        if (Files.exists(abs, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(abs, LinkOption.NOFOLLOW_LINKS)) {
            throw new InputException(option, "a regular file to write", file + " (a special file or link)");
        }
        Path parent = abs.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new InputException(option, "a file in an existing folder", file + " (no folder " + parent + ")");
        }
        if (!Files.isWritable(parent)) throw new InputException(option, "a file in a writable folder", file + " (" + parent + " is read-only)");
    }
}
