package memcim.data.mnist;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import memcim.core.InputException;
import memcim.core.InputFiles;

/**
 * The bytes of an IDX file as the format defines them: gunzipped when the file starts with the gzip magic
 * bytes 1f 8b (whatever its name says; MNIST is shipped both ways and renamed copies are common). Offsets
 * in error messages count these bytes, so for a gzip file they say where in the gunzipped data it went
 * wrong, which is what a user can check with {@code zcat FILE | xxd}.
 */
record IdxBytes(Path file, byte[] bytes, boolean gzipped) {

    static IdxBytes read(Path file) {
        byte[] raw = InputFiles.bytes(file);
        boolean gzipped = raw.length >= 2 && (raw[0] & 0xFF) == 0x1f && (raw[1] & 0xFF) == 0x8b;
        return new IdxBytes(file, gzipped ? gunzip(file, raw) : raw, gzipped);
    }

    /** Where byte {@code offset} of the IDX data is: {@code FILE: byte N}, marked as gunzipped when it was. */
    String at(long offset) {
        return file + ": byte " + offset + (gzipped ? " (gunzipped)" : "");
    }

    int length() { return bytes.length; }

    /** The big-endian 32-bit integer at {@code offset} (IDX header fields are all of this kind). */
    int int32(int offset) {
        return ((bytes[offset] & 0xFF) << 24) | ((bytes[offset + 1] & 0xFF) << 16) | ((bytes[offset + 2] & 0xFF) << 8)
                | (bytes[offset + 3] & 0xFF);
    }

    private static byte[] gunzip(Path file, byte[] raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length * 4);
        // Small reads so that the offset of a corrupt stream (what had been gunzipped before it) is within 512 bytes.
        byte[] buffer = new byte[512];
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(raw), 1 << 16)) {
            for (int n; (n = in.read(buffer)) > 0; ) out.write(buffer, 0, n);
        } catch (EOFException e) {
            throw new InputException(file + ": byte " + out.size() + " (gunzipped)", "the rest of the gzip stream",
                    "end of file after " + raw.length + " compressed bytes");
        } catch (IOException e) {
            throw new InputException(file + ": byte " + out.size() + " (gunzipped)", "valid gzip data",
                    "corrupt gzip data (" + e.getMessage() + ")");
        }
        return out.toByteArray();
    }
}
