package memcim.spice;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * ngspice reads and prints bytes; memcim passes them as one char per byte (ISO-8859-1) so a deck in
 * any encoding reaches ngspice unchanged. For people, text that is valid UTF-8 is shown as such.
 */
final class DeckBytes {
    private DeckBytes() {}

    /** {@code s} (one char per byte) decoded as UTF-8 if it is valid UTF-8, else unchanged. */
    static String readable(String s) {
        if (s == null) return null;
        boolean high = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > 0xFF) return s; // not bytes: already text
            if (c >= 0x80) high = true;
        }
        if (!high) return s;
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(s.getBytes(StandardCharsets.ISO_8859_1))).toString();
        } catch (CharacterCodingException e) {
            return s;
        }
    }
}
