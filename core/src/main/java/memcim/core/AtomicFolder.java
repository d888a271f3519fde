package memcim.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes a folder of several files so that a failure leaves nothing half-written: everything goes into a new
 * hidden temporary folder, which is moved into place only when the whole output is there.
 * <ul>
 * <li>A new target: the temporary folder is its sibling and is renamed to the target, in one step.</li>
 * <li>An existing folder: the temporary folder is inside it, and at the end each of its entries replaces its
 *     namesake (a file atomically, a subfolder whole). Entries the output does not have are left as they
 *     were (the folder may hold the user's own files, e.g. {@code verilog-out/README.md}). Every namesake is
 *     checked before the first move: a regular file is replaced only by a file, a folder only by a folder, and a
 *     pipe, device or socket never.</li>
 * </ul>
 * When the writer fails, or the output cannot be moved into place, the temporary folder and any folder created
 * for the target are removed and the old folder is as it was. I/O failures are {@link InputException}s naming
 * the target (a bad output target, exit 2).
 */
public final class AtomicFolder {
    private AtomicFolder() {}

    /** Writes the whole output into the (empty) folder it is given; returns what the caller wants back. */
    @FunctionalInterface
    public interface Writer<T> {
        T writeInto(Path folder) throws IOException;
    }

    /** Checks {@code target} as {@link OutputTarget#folder}, then writes it whole with {@code writer}. */
    public static <T> T write(Path target, String option, Writer<T> writer) {
        OutputTarget.folder(target, option);
        Path dest = destination(target, option);
        boolean existed = Files.isDirectory(dest);
        List<Path> created = List.of();
        Path tmp = null;
        boolean done = false;
        try {
            if (!existed) created = AtomicFiles.createFolders(dest.getParent());
            Path home = existed ? dest : dest.getParent();
            String prefix = existed ? ".memcim-partial-" : AtomicFiles.temporaryPrefix(dest) + "memcim-partial-";
            tmp = Temporaries.register(Files.createTempDirectory(home, prefix, AtomicFiles.permissions(home, "rwxr-xr-x")));
            T result = writer.writeInto(tmp);
            commit(tmp, dest, target, option);
            Temporaries.release(tmp);
            tmp = null;
            done = true;
            return result;
        } catch (IOException e) {
            throw new InputException(option, "an output folder that can be written", ErrorLine.quote(target.toString())
                    + " (" + OutputTarget.reason(e) + ")", e);
        } catch (UncheckedIOException e) {
            throw new InputException(option, "an output folder that can be written", ErrorLine.quote(target.toString())
                    + " (" + OutputTarget.reason(e.getCause()) + ")", e);
        } finally {
            if (tmp != null) Temporaries.deleteTree(tmp);
            Temporaries.release(tmp);
            if (!done) AtomicFiles.deleteEmptyFolders(created);
        }
    }

    /** The folder written: the target, or the folder a symbolic link points to. */
    private static Path destination(Path target, String option) {
        Path abs = target.toAbsolutePath().normalize();
        if (!Files.isSymbolicLink(abs)) return abs;
        try {
            return abs.toRealPath();
        } catch (IOException e) {
            throw new InputException(option, "a folder or a new path", ErrorLine.quote(target.toString()) + " (" + OutputTarget.reason(e) + ")", e);
        }
    }

    private static void commit(Path tmp, Path dest, Path target, String option) throws IOException {
        OutputTarget.Kind now = OutputTarget.kind(dest);
        if (now.absent()) {
            move(tmp, dest);
            return;
        }
        if (!now.folder()) {
            throw new InputException(option, "a folder or a new path", now.describe() + " " + ErrorLine.quote(target.toString()));
        }
        List<Path> entries;
        try (Stream<Path> s = Files.list(tmp)) {
            entries = s.sorted().toList();
        }
        // every namesake checked before the first move: a refusal leaves the old folder exactly as it was
        for (Path e : entries) {
            OutputTarget.requireNamesake(dest.resolve(e.getFileName().toString()), Files.isDirectory(e), target, option);
        }
        for (Path e : entries) {
            Path old = dest.resolve(e.getFileName().toString());
            if (Files.isDirectory(e) && Files.exists(old)) {
                // a subfolder is replaced whole: the old one steps aside, the new one moves in, the old one goes
                Path away = Files.createTempDirectory(tmp, ".old-");
                Path moved = away.resolve("old");
                move(old, moved);
                try {
                    move(e, old);
                } catch (IOException failed) {
                    move(moved, old);
                    throw failed;
                }
            } else {
                move(e, old);
            }
        }
        Temporaries.deleteTree(tmp);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }
}
