package memcim.core;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reading a user's file: a missing or unreadable one is reported as an {@link InputException} naming it,
 * with {@code kind} (e.g. "deck", "CSV") saying what the file should have been.
 */
public final class InputFiles {
    private InputFiles() {}

    public static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InputException(file.toString(), "an existing file", "no such file");
        } catch (IOException e) {
            throw new InputException(file.toString(), "a readable file", e.getMessage());
        }
    }

    public static List<String> lines(Path file, Charset charset) {
        return readString(file, charset, "").lines().toList();
    }

    public static String readString(Path file, String kind) {
        return readString(file, StandardCharsets.UTF_8, kind);
    }

    private static String readString(Path file, Charset charset, String kind) {
        String what = kind.isEmpty() ? "" : kind + " ";
        try {
            return Files.readString(file, charset);
        } catch (NoSuchFileException e) {
            throw new InputException(file.toString(), "an existing " + what + "file", "no such file");
        } catch (IOException e) {
            throw new InputException(file.toString(), "a readable " + charset + " " + what + "text file", e.getMessage());
        }
    }
}
