package memcim.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * One JSON configuration for the whole project: keys sorted and output indented so the same object
 * always gives the same bytes (files are diffed and hashed in tests), and unknown keys rejected so a
 * misspelt parameter in a user's file is an error rather than silently ignored.
 */
public final class Json {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();

    private Json() {}

    public static ObjectMapper mapper() { return MAPPER; }

    /** Deterministic, indented JSON with a final newline. */
    public static String write(Object value) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return MAPPER.writer(printer).writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass().getName() + ": " + e.getMessage(), e);
        }
    }

    public static void writeFile(Path file, Object value) {
        AtomicFiles.write(file, write(value));
    }

    /** Reads a file as a tree; a syntax error becomes an {@link InputException} naming file, line and column. */
    public static JsonNode readTree(Path file) {
        try {
            return MAPPER.readTree(Files.readString(file));
        } catch (NoSuchFileException e) {
            throw new InputException(file.toString(), "an existing JSON file", "no such file");
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            String where = loc == null ? file.toString() : file + ":" + loc.getLineNr() + ":" + loc.getColumnNr();
            throw new InputException(where, "valid JSON", e.getOriginalMessage());
        } catch (IOException e) {
            throw new InputException(file.toString(), "a readable file", e.getMessage());
        }
    }

    public static <T> T read(Path file, Class<T> type) {
        try {
            return MAPPER.readValue(Files.readString(file), type);
        } catch (NoSuchFileException e) {
            throw new InputException(file.toString(), "an existing JSON file", "no such file");
        } catch (com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException e) {
            throw new InputException(file + ": " + e.getPathReference(), "one of " + e.getKnownPropertyIds(),
                    "unknown key '" + e.getPropertyName() + "'");
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            String where = loc == null ? file.toString() : file + ":" + loc.getLineNr() + ":" + loc.getColumnNr();
            throw new InputException(where, "a valid " + type.getSimpleName(), e.getOriginalMessage());
        } catch (IOException e) {
            throw new InputException(file.toString(), "a readable file", e.getMessage());
        }
    }
}
