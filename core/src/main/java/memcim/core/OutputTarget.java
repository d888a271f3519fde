package memcim.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The check every command makes of its output options before any work starts (issue 17, docs/errors.md "Outputs"):
 * a file target is a regular file or a new path, a folder target a folder or a new path, each under a folder that
 * exists or can be created and that memcim can write. A named pipe, a device, a socket, a symbolic link to one or
 * a dangling link, a folder where a file is wanted or a file where a folder is wanted, a path under a file, or an
 * unwritable place is an {@link InputException} naming the option and the path. {@link AtomicFiles} and
 * {@link AtomicFolder} check again when they move the result into place.
 */
public final class OutputTarget {
    private OutputTarget() {}

    /** What is at a path, following symbolic links ({@code link} says whether the path itself is one). */
    public record Kind(Type type, boolean link) {
        public boolean absent() { return type == Type.ABSENT; }
        public boolean regularFile() { return type == Type.REGULAR_FILE; }
        public boolean folder() { return type == Type.FOLDER; }

        /** "a named pipe", "a symbolic link to a character device", ... */
        public String describe() {
            return link && type != Type.DANGLING_LINK ? "a symbolic link to " + type.words : type.words;
        }
    }

    public enum Type {
        ABSENT("nothing"), REGULAR_FILE("a regular file"), FOLDER("a folder"), NAMED_PIPE("a named pipe"),
        CHARACTER_DEVICE("a character device"), BLOCK_DEVICE("a block device"), SOCKET("a socket"),
        SPECIAL("a special file"), DANGLING_LINK("a symbolic link to nothing");

        final String words;

        Type(String words) { this.words = words; }
    }

    /** What {@code p} is (links followed). */
    public static Kind kind(Path p) {
        boolean link = Files.isSymbolicLink(p);
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(p, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return new Kind(link ? Type.DANGLING_LINK : Type.ABSENT, link);
        } catch (IOException e) {
            // e.g. a loop of links, or a path under a regular file (ENOTDIR): not something to write to
            return new Kind(link ? Type.DANGLING_LINK : Files.exists(p, LinkOption.NOFOLLOW_LINKS) ? Type.SPECIAL : Type.ABSENT, link);
        }
        if (a.isRegularFile()) return new Kind(Type.REGULAR_FILE, link);
        if (a.isDirectory()) return new Kind(Type.FOLDER, link);
        return new Kind(special(p), link);
    }

    private static Type special(Path p) {
        try {
            int mode = (Integer) Files.getAttribute(p, "unix:mode");
            return switch (mode & 0170000) {
                case 0010000 -> Type.NAMED_PIPE;
                case 0020000 -> Type.CHARACTER_DEVICE;
                case 0060000 -> Type.BLOCK_DEVICE;
                case 0140000 -> Type.SOCKET;
                default -> Type.SPECIAL;
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return Type.SPECIAL;
        }
    }

    /** {@code target} can be written as a file (replaced atomically): a regular file or a new path. Returns it. */
    public static Path file(Path target, String option) {
        Path abs = target.toAbsolutePath().normalize();
        Kind k = kind(abs);
        if (!k.absent() && !k.regularFile()) {
            throw new InputException(option, "a regular file or a new path", k.describe() + " " + ErrorLine.quote(target.toString()));
        }
        requireWritableFolderFor(abs, target, option);
        return target;
    }

    /**
     * {@code target} can be written as a folder: an existing folder or a new path. Returns it. {@code entries} are
     * names the output will have, known before the work ({@code "data/"} a folder, {@code "model.json"} a file):
     * in an existing folder each must be absent or of that kind, so that a run is not refused at the very end.
     */
    public static Path folder(Path target, String option, String... entries) {
        Path abs = target.toAbsolutePath().normalize();
        Kind k = kind(abs);
        if (!k.absent() && !k.folder()) {
            throw new InputException(option, "a folder or a new path", k.describe() + " " + ErrorLine.quote(target.toString()));
        }
        if (k.folder()) {
            requireWritable(abs, target, option);
            for (String e : entries) {
                boolean folder = e.endsWith("/");
                requireNamesake(abs.resolve(folder ? e.substring(0, e.length() - 1) : e), folder, target, option);
            }
        } else {
            requireWritableFolderFor(abs, target, option);
        }
        return target;
    }

    /** What is at {@code old} in an output folder can be replaced by a new file (or folder): absent or of the same kind. */
    static void requireNamesake(Path old, boolean folder, Path target, String option) {
        Kind k = kind(old);
        if (k.absent() || (folder ? k.folder() : k.regularFile())) return;
        String name = old.getFileName().toString();
        throw new InputException(option, "a folder whose " + ErrorLine.quote(name) + " is " + (folder ? "a folder" : "a regular file")
                + " or absent", k.describe() + " " + ErrorLine.quote(target + "/" + name));
    }

    /** The folder {@code abs} goes in exists and is writable, or its nearest existing ancestor is a writable folder. */
    private static void requireWritableFolderFor(Path abs, Path target, String option) {
        Path ancestor = abs.getParent();
        while (ancestor != null && kind(ancestor).absent()) ancestor = ancestor.getParent();
        if (ancestor == null) {
            throw new InputException(option, "a path in a folder that exists or can be created", ErrorLine.quote(target.toString()));
        }
        Kind k = kind(ancestor);
        if (!k.folder()) {
            throw new InputException(option, "a path in a folder that exists or can be created",
                    ErrorLine.quote(target.toString()) + " under " + k.describe() + " " + ErrorLine.quote(ancestor.toString()));
        }
        requireWritable(ancestor, target, option);
    }

    /** memcim can create files in the folder {@code dir}: asked of the system, then tried (root ignores permissions, not a read-only mount). */
    private static void requireWritable(Path dir, Path target, String option) {
        String where = dir.equals(target.toAbsolutePath().normalize()) ? "" : " for " + ErrorLine.quote(target.toString());
        if (!Files.isWritable(dir)) {
            throw new InputException(option, "a path in a writable folder", "the read-only folder " + ErrorLine.quote(dir.toString()) + where);
        }
        try {
            Files.delete(Files.createTempFile(dir, ".memcim-probe-", ".tmp"));
        } catch (IOException e) {
            throw new InputException(option, "a path in a writable folder", "the folder " + ErrorLine.quote(dir.toString())
                    + " that cannot be written (" + reason(e) + ")" + where);
        }
    }

    /** The system's reason for an I/O failure, without the exception class (e.g. "No space left on device"). */
    public static String reason(IOException e) {
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) return f.getReason();
        if (e instanceof NoSuchFileException) return "no such file or folder";
        if (e instanceof java.nio.file.FileAlreadyExistsException) return "it exists already";
        if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
        return e.getMessage() == null ? e.getClass().getSimpleName().replace("Exception", "") : e.getMessage();
    }
}
