package memcim.bnn.data;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import memcim.core.InputException;

/** Reading a user's file, a missing or unreadable one reported as an {@link InputException} naming it. */
final class InputFiles {
    private InputFiles() {}

    static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InputException(file.toString(), "an existing file", "no such file");
        } catch (IOException e) {
            throw new InputException(file.toString(), "a readable file", e.getMessage());
        }
    }

    static List<String> lines(Path file, Charset charset) {
        try {
            return Files.readAllLines(file, charset);
        } catch (NoSuchFileException e) {
            throw new InputException(file.toString(), "an existing file", "no such file");
        } catch (IOException e) {
            throw new InputException(file.toString(), "a readable " + charset + " text file", e.getMessage());
        }
    }
}
