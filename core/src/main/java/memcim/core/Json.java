package memcim.core;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

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

    /**
     * What user files are bound with: as {@link #MAPPER}, and a value of the wrong kind is an error, not
     * converted (no string "NaN" or "12" for a number, no 1.5 truncated to an int, no 5 for a string or a boolean).
     */
    private static final ObjectMapper STRICT = finite(strict(MAPPER.copy()));

    /** As {@link #STRICT}, for the formats whose numbers may be "NaN" or "Infinity" (as memcim writes them). */
    private static final ObjectMapper STRICT_NON_FINITE = strict(MAPPER.copy());

    private static ObjectMapper strict(ObjectMapper m) {
        m.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        for (LogicalType t : new LogicalType[] {LogicalType.Float, LogicalType.Integer, LogicalType.Boolean}) {
            m.coercionConfigFor(t).setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        for (CoercionInputShape shape : new CoercionInputShape[] {CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean, CoercionInputShape.String, CoercionInputShape.EmptyString}) {
            m.coercionConfigFor(LogicalType.POJO).setCoercion(shape, CoercionAction.Fail);
        }
        m.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        m.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        return m;
    }

    private static ObjectMapper finite(ObjectMapper m) {
        // Jackson reads the strings "NaN" and "Infinity" into any double, whatever the coercion settings say
        SimpleModule numbers = new SimpleModule("memcim-numbers");
        numbers.addDeserializer(double.class, new FiniteDouble(double.class));
        numbers.addDeserializer(Double.class, new FiniteDouble(Double.class));
        numbers.addDeserializer(double[].class, new FiniteDoubles());
        m.registerModule(numbers);
        return m;
    }

    /** A JSON number (nothing else) that fits a double; null only for a boxed Double. */
    private static final class FiniteDouble extends StdScalarDeserializer<Double> {
        FiniteDouble(Class<Double> type) { super(type); }

        @Override
        public Double deserialize(JsonParser p, DeserializationContext ctxt)
                throws IOException {
            return number(p, ctxt, handledType());
        }

        @Override
        public Double getNullValue(DeserializationContext ctxt)
                throws JsonMappingException {
            if (handledType().isPrimitive()) return ctxt.reportInputMismatch(this, "null for a number");
            return null;
        }
    }

    private static Double number(JsonParser p, DeserializationContext ctxt,
                                 Class<?> type) throws IOException {
        if (!p.currentToken().isNumeric()) return (Double) ctxt.handleUnexpectedToken(type, p);
        double v = p.getDoubleValue();
        if (!Double.isFinite(v)) {
            throw MismatchedInputException.from(p, type, "out of range");
        }
        return v;
    }

    /**
     * For the one double a format allows to be "not a number" (annotate the field with
     * {@code @JsonDeserialize(using = Json.NumberOrNaN.class)}): a JSON number, or the string "NaN" as memcim writes it.
     */
    public static final class NumberOrNaN extends StdScalarDeserializer<Double> {
        public NumberOrNaN() { super(Double.class); }

        @Override
        public Double deserialize(JsonParser p, DeserializationContext ctxt)
                throws IOException {
            if (p.currentToken() == JsonToken.VALUE_STRING && "NaN".equals(p.getText())) return Double.NaN;
            return number(p, ctxt, double.class);
        }
    }

    /** An array of JSON numbers, each element's error naming its index. */
    private static final class FiniteDoubles extends StdDeserializer<double[]> {
        FiniteDoubles() { super(double[].class); }

        @Override
        public double[] deserialize(JsonParser p, DeserializationContext ctxt)
                throws IOException {
            if (!p.isExpectedStartArrayToken()) return (double[]) ctxt.handleUnexpectedToken(double[].class, p);
            double[] out = new double[8];
            int n = 0;
            for (JsonToken t; (t = p.nextToken()) != JsonToken.END_ARRAY; n++) {
                try {
                    if (t == JsonToken.VALUE_NULL) {
                        throw MismatchedInputException.from(p, double.class, "null for a number");
                    }
                    if (n == out.length) out = Arrays.copyOf(out, 2 * n);
                    out[n] = number(p, ctxt, double.class);
                } catch (JsonMappingException e) {
                    throw JsonMappingException.wrapWithPath(e, out, n);
                }
            }
            return Arrays.copyOf(out, n);
        }
    }

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

    /**
     * Reads a file as a tree, strictly ({@link JsonText}): UTF-8 without NUL bytes, one value and nothing after it,
     * each key once, no NaN or Infinity; every error is an {@link InputException} naming the file, the line and
     * column or byte offset, and the JSON path.
     */
    public static JsonNode readTree(Path file) {
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) throw new InputException(file.toString(), "a JSON file", "a directory");
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InputException(file.toString(), "an existing JSON file", "no such file");
        } catch (IOException e) {
            throw new InputException(file.toString(), "a readable JSON file", String.valueOf(e.getMessage()));
        }
        return JsonText.parse(bytes, file.toString());
    }

    /** Strict JSON text ({@link #readTree(Path)}'s rules); {@code source} names it in errors. */
    public static JsonNode parse(String json, String source) {
        return JsonText.parse(json, source);
    }

    /** Reads a file strictly and binds it to {@code type} ({@link #bind}). */
    public static <T> T read(Path file, Class<T> type) {
        return bind(readTree(file), type, file.toString());
    }

    /**
     * A strictly read tree as a {@code type}: an unknown key, a value of the wrong kind (a string for a number, a
     * fraction for an integer, null for a number) or one the type refuses is an {@link InputException} naming
     * {@code source} and the JSON path, in memcim's words, never the binding library's.
     */
    public static <T> T bind(JsonNode tree, Class<T> type, String source) {
        return bind(tree, type, source, STRICT);
    }

    /**
     * Reads a file of a format whose numbers may be "NaN", "Infinity" or "-Infinity" (the strings memcim writes for
     * them: chart data, where NaN is a gap or an automatic bound); otherwise as strict as {@link #read}.
     */
    public static <T> T readNonFinite(Path file, Class<T> type) {
        return bind(readTree(file), type, file.toString(), STRICT_NON_FINITE);
    }

    private static <T> T bind(JsonNode tree, Class<T> type, String source, ObjectMapper mapper) {
        try {
            return mapper.treeToValue(tree, type);
        } catch (UnrecognizedPropertyException e) {
            String path = path(e);
            java.util.TreeSet<String> known = new java.util.TreeSet<>();
            if (e.getKnownPropertyIds() != null) for (Object k : e.getKnownPropertyIds()) known.add(String.valueOf(k));
            throw new InputException(at(source, path), "one of " + known, "unknown key '" + e.getPropertyName() + "'");
        } catch (ValueInstantiationException e) {
            String path = path(e);
            for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
                if (t instanceof InputException ie) {
                    // the type's own words, placed in the file: "m.json: shape (network shape.widths)"
                    throw new InputException(path.isEmpty() ? at(source, ie.where()) : at(source, path) + " (" + ie.where() + ")",
                            ie.expected(), ie.found(), ie);
                }
            }
            throw new InputException(at(source, path), "a complete, valid value", describe(node(tree, path)));
        } catch (MismatchedInputException e) {
            String path = path(e);
            throw new InputException(at(source, path), expected(e.getTargetType()), describe(node(tree, path)));
        } catch (JsonMappingException e) {
            String path = path(e);
            JsonNode n = node(tree, path);
            throw new InputException(at(source, path), n != null && n.isNumber() ? "a number within the range of its field"
                    : "a valid value", describe(n));
        } catch (JsonProcessingException e) {
            // a number out of range of its field (int, long): the tree parser knows where it was
            String path = "";
            if (e.getProcessor() instanceof JsonParser p && p.getParsingContext() != null) {
                path = pointerPath(p.getParsingContext().pathAsPointer().toString());
            }
            JsonNode n = node(tree, path);
            throw new InputException(at(source, path), n != null && n.isNumber() ? "a number within the range of its field"
                    : "a valid value", describe(n));
        } catch (IllegalArgumentException e) {
            throw new InputException(source, "a valid " + words(type.getSimpleName()), "a value it cannot use");
        }
    }

    private static String at(String source, String path) {
        return path.isEmpty() ? source : source + ": " + path;
    }

    /** The exception's path as the formats' docs write it: {@code layers[0].mu[3]}. */
    private static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) sb.append(sb.length() == 0 ? "" : ".").append(r.getFieldName());
            else if (r.getIndex() >= 0) sb.append('[').append(r.getIndex()).append(']');
        }
        return sb.toString();
    }

    private static String pointerPath(String pointer) {
        StringBuilder sb = new StringBuilder();
        for (String part : pointer.split("/")) {
            if (part.isEmpty()) continue;
            part = part.replace("~1", "/").replace("~0", "~");
            if (part.matches("\\d+")) sb.append('[').append(part).append(']');
            else sb.append(sb.length() == 0 ? "" : ".").append(part);
        }
        return sb.toString();
    }

    /** The node at a path written by {@link #path}; null when there is none. */
    private static JsonNode node(JsonNode root, String path) {
        JsonNode n = root;
        for (String part : path.split("(?=\\[)|\\.")) {
            if (n == null || part.isEmpty()) continue;
            if (part.startsWith("[") && part.endsWith("]") && n.isArray()) n = n.get(Integer.parseInt(part.substring(1, part.length() - 1)));
            else n = n.get(part);
        }
        return n;
    }

    /** What a reader found, in a user's words: null, a string "x", 1.5, an object, an array, nothing. */
    public static String describe(JsonNode v) {
        if (v == null || v.isMissingNode()) return "nothing";
        if (v.isNull()) return "null";
        if (v.isTextual()) {
            String t = v.textValue();
            return "the string \"" + (t.length() > 60 ? t.substring(0, 60) + "\"... (" + t.length() + " characters)" : t + "\"");
        }
        if (v.isObject()) return "an object";
        if (v.isArray()) return "an array";
        return v.toString();
    }

    private static String expected(Class<?> t) {
        if (t == null) return "a value of another kind";
        if (t == double.class || t == Double.class || t == float.class || t == Float.class) return "a number";
        if (t == int.class || t == Integer.class || t == long.class || t == Long.class || t == short.class || t == byte.class) return "an integer";
        if (t == boolean.class || t == Boolean.class) return "true or false";
        if (t == String.class) return "a string";
        if (t.isArray() || java.util.Collection.class.isAssignableFrom(t)) return "an array";
        if (t.isEnum()) {
            java.util.List<String> names = new java.util.ArrayList<>();
            for (Object k : t.getEnumConstants()) names.add(String.valueOf(k));
            return "one of " + names;
        }
        if (java.util.Map.class.isAssignableFrom(t)) return "an object";
        return "an object (" + words(t.getSimpleName()) + ")";
    }

    /** ModelFile → "model file". */
    private static String words(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }
}
