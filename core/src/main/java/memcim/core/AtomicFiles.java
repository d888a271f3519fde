package memcim.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes files so that a reader never sees half of one: the content goes to a temporary file in the
 * same folder, which is then moved over the target. A failure leaves the old file (or none) behind, and
 * no folder that the write created. The target must be a regular file or a new path, checked when the write
 * starts and again just before the move, so that no pipe, device or folder is ever replaced; a symbolic link
 * to a regular file is written through (the file it points to is replaced). Every failure is an
 * {@link InputException} naming the path (a bad output target, exit 2).
 */
public final class AtomicFiles {
    private AtomicFiles() {}

    /** Something that writes a whole file at the path it is given. */
    @FunctionalInterface
    public interface Writer {
        void writeTo(Path temporary) throws IOException;
    }

    public static void write(Path target, String text) {
        write(target, text.getBytes(StandardCharsets.UTF_8));
    }

    public static void write(Path target, byte[] bytes) {
        write(target, tmp -> Files.write(tmp, bytes));
    }

    static FileAttribute<?>[] permissions(Path dir, String mode) {
        if (!dir.getFileSystem().supportedFileAttributeViews().contains("posix")) return new FileAttribute<?>[0];
        return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(mode))};
    }

    public static void write(Path target, Writer writer) {
        Path dest = destination(target);
        Path dir = dest.getParent();
        Path tmp = null;
        List<Path> created = List.of();
        boolean done = false;
        try {
            created = createFolders(dir);
            // createTempFile alone makes files 0600; outputs are meant to be shared like any other file
            tmp = Temporaries.register(Files.createTempFile(dir, temporaryPrefix(dest), ".tmp", permissions(dir, "rw-r--r--")));
            writer.writeTo(tmp);
            destination(target); // again: what is there now must still be a regular file or nothing
            try {
                Files.move(tmp, dest, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, dest, StandardCopyOption.REPLACE_EXISTING);
            }
            Temporaries.release(tmp);
            tmp = null;
            done = true;
        } catch (IOException e) {
            throw new InputException(target.toString(), "an output file that can be written", "the system error " + ErrorLine.quote(OutputTarget.reason(e)), e);
        } catch (UncheckedIOException e) {
            throw new InputException(target.toString(), "an output file that can be written", "the system error " + ErrorLine.quote(OutputTarget.reason(e.getCause())), e);
        } finally {
            if (tmp != null) Temporaries.deleteTree(tmp);
            Temporaries.release(tmp);
            if (!done) deleteEmptyFolders(created);
        }
    }

    /** Where {@code target} is written: itself, or the regular file a symbolic link points to; anything else is refused. */
    static Path destination(Path target) {
        Path abs = target.toAbsolutePath().normalize();
        OutputTarget.Kind k = OutputTarget.kind(abs);
        if (k.absent()) return abs;
        if (!k.regularFile()) {
            throw new InputException(target.toString(), "a regular file or a new path", k.describe());
        }
        if (!k.link()) return abs;
        try {
            return abs.toRealPath();
        } catch (IOException e) {
            throw new InputException(target.toString(), "a regular file or a new path", OutputTarget.reason(e), e);
        }
    }

    /** A hidden name for the temporary file beside {@code dest}, short enough for any name the file system takes. */
    static String temporaryPrefix(Path dest) {
        String name = dest.getFileName().toString();
        return "." + (name.length() > 40 ? name.substring(0, 40) : name) + ".";
    }

    /** Creates {@code dir} and the folders above it that are missing; returns those it created, deepest first. */
    static List<Path> createFolders(Path dir) throws IOException {
        List<Path> missing = new ArrayList<>();
        for (Path p = dir; p != null && !Files.exists(p); p = p.getParent()) missing.add(p);
        Files.createDirectories(dir);
        return missing;
    }

    /** Removes the folders a failed write created (deepest first), those that are still empty. */
    static void deleteEmptyFolders(List<Path> created) {
        for (Path p : created) {
            try { Files.deleteIfExists(p); } catch (IOException ignored) { /* not empty, or gone: leave it */ }
        }
    }
}
