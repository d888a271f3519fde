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
        try (Pending p = prepare(target, writer)) {
            p.commit();
        }
    }

    /**
     * Writes the content now and moves it into place only on {@link Pending#commit}, so that a file can land together
     * with something else (a folder written with {@link AtomicFolder}): closing an uncommitted one removes it.
     */
    public static Pending prepare(Path target, Writer writer) {
        Path dest = destination(target);
        Path dir = dest.getParent();
        Pending p = new Pending(target, dest);
        try {
            p.created = createFolders(dir);
            // createTempFile alone makes files 0600; outputs are meant to be shared like any other file
            p.tmp = Temporaries.register(Files.createTempFile(dir, temporaryPrefix(dest), ".tmp", permissions(dir, "rw-r--r--")));
            writer.writeTo(p.tmp);
            return p;
        } catch (IOException e) {
            p.close();
            throw failed(target, e, e);
        } catch (UncheckedIOException e) {
            p.close();
            throw failed(target, e.getCause(), e);
        } catch (RuntimeException | Error e) {
            p.close();
            throw e;
        }
    }

    private static InputException failed(Path target, IOException e, Throwable cause) {
        return new InputException(target.toString(), "an output file that can be written",
                "the system error " + ErrorLine.quote(OutputTarget.reason(e)), cause);
    }

    /**
     * A file written to its temporary name, not yet moved into place. {@link #commit} moves it in (keeping a hard
     * link to the file it replaced), {@link #undo} puts back what was there before, {@link #close} removes
     * whatever is left over: the temporary file if not committed, the kept old file if committed.
     */
    public static final class Pending implements AutoCloseable {
        private final Path target, dest;
        private Path tmp, old;
        private List<Path> created = List.of();
        private boolean committed;

        private Pending(Path target, Path dest) {
            this.target = target;
            this.dest = dest;
        }

        /** Moves the file into place, after checking again that what is there is still a regular file or nothing. */
        public void commit() {
            commit(false);
        }

        /** As {@link #commit}, keeping what it replaces until {@link #close}, for {@link #undo}. */
        public void commitKeepingOld() {
            commit(true);
        }

        private void commit(boolean keepOld) {
            try {
                if (!destination(target).equals(dest)) {
                    throw new InputException(target.toString(), "the file it was when the write started", "a link changed meanwhile");
                }
                if (keepOld && Files.exists(dest)) {
                    // the old file stays reachable (no copy: a second name) until close, so that undo can put it back
                    old = Temporaries.register(dest.resolveSibling(temporaryPrefix(dest) + System.nanoTime() + ".old"));
                    try {
                        Files.createLink(old, dest);
                    } catch (UnsupportedOperationException | IOException e) {
                        Files.copy(dest, old, StandardCopyOption.COPY_ATTRIBUTES);
                    }
                }
                try {
                    Files.move(tmp, dest, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, dest, StandardCopyOption.REPLACE_EXISTING);
                }
                Temporaries.release(tmp);
                tmp = null;
                committed = true;
            } catch (IOException e) {
                throw failed(target, e, e);
            }
        }

        /** After {@link #commitKeepingOld}: puts back the file that was there before (or none), for an output that failed later. */
        public void undo() {
            if (!committed) return;
            try {
                if (old != null) Files.move(old, dest, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                else Files.deleteIfExists(dest);
                Temporaries.release(old);
                old = null;
                committed = false;
            } catch (IOException e) {
                throw failed(target, e, e);
            }
        }

        @Override
        public void close() {
            if (tmp != null) Temporaries.deleteTree(tmp);
            if (old != null) Temporaries.deleteTree(old);
            Temporaries.release(tmp);
            Temporaries.release(old);
            tmp = old = null;
            if (!committed) deleteEmptyFolders(created);
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
