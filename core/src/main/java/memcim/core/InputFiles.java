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
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) throw new InputException(file.toString(), "a " + what + "file", "a directory");
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InputException(file.toString(), "an existing " + what + "file", "no such file");
        } catch (IOException e) {
            throw new InputException(file.toString(), "a readable " + charset + " " + what + "text file", e.getMessage());
        }
        return decode(bytes, file.toString(), charset, charset + " " + what + "text");
    }

    /**
     * Text in {@code charset}, strictly: a NUL byte or a byte sequence the charset does not have is an
     * {@link InputException} naming the byte offset ({@code file: byte 12}), never a silent truncation or a
     * replacement character. {@code what} says what the text should have been ("UTF-8 CSV text").
     */
    public static String decode(byte[] bytes, String source, Charset charset, String what) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) throw new InputException(source + ": byte " + i, what, "a NUL byte");
        }
        java.nio.charset.CharsetDecoder d = charset.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate((int) Math.ceil(bytes.length * (double) d.maxCharsPerByte()) + 1);
        java.nio.charset.CoderResult r = d.decode(in, out, true);
        if (!r.isError()) r = d.flush(out);
        if (r.isError()) {
            int at = in.position();
            throw new InputException(source + ": byte " + at, what,
                    String.format("the byte 0x%02x, not valid %s there", bytes[at] & 0xFF, charset));
        }
        out.flip();
        return out.toString();
    }
}
