package memcim.hdl.spec;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * A spec enum's spelling in chip JSON files, in {@code describe()} and in the decks' headers ({@code "lumped"}):
 * the constant's name in lower case unless the enum says otherwise. Jackson writes and reads the key, and
 * {@link RecordKeys} lists the keys when a file names another.
 */
public interface SpecKey {
    @JsonValue
    default String key() { return ((Enum<?>) this).name().toLowerCase(Locale.ROOT); }
}
