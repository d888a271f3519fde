package memcim.core;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Strict JSON reading (issue 17): one rule set for every format, errors in memcim's words. */
class JsonTest {
    @TempDir Path dir;

    static Stream<Arguments> badText() {
        return Stream.of(
                Arguments.of("{\"a\": 1} x", "s.json:1:10", "the end of the file after the JSON value", "'x' (trailing content)"),
                Arguments.of("{\"a\": 1}\n{\"a\": 2}", "s.json:2:1", "the end of the file after the JSON value", "trailing content"),
                Arguments.of("{\"a\": {\"b\": 1, \"b\": 2}}", "s.json:1:16: a.b", "each key once in an object", "the key 'b' a second time"),
                Arguments.of("{\"a\": NaN}", "s.json:1:7: a", "NaN and Infinity are not JSON numbers", "NaN"),
                Arguments.of("{\"a\": [1, Infinity]}", "s.json:1:11: a[1]", "NaN and Infinity are not JSON numbers", "Infinity"),
                Arguments.of("{\"a\": -Infinity}", "s.json:1:7: a", "NaN and Infinity are not JSON numbers", "-Infinity"),
                Arguments.of("{\"a\": 1e400}", "s.json:1:7: a", "within the range of a double", "1e400"),
                Arguments.of("{\"a\": 007}", "s.json:1:7: a", "no leading zeros", "'007'"),
                Arguments.of("{\"a\": 0x10}", "s.json:1:7: a", "a JSON number", "'0x10'"),
                Arguments.of("{\"a\": 1.}", "s.json:1:7: a", "digits after the '.'", "'1.'"),
                Arguments.of("{\"a\": 1,}", "s.json:1:9", "a key in double quotes", "a comma before the closing brace"),
                Arguments.of("[1, 2,]", "s.json:1:7: [2]", "a JSON value", "a comma before the closing bracket"),
                Arguments.of("{'a': 1}", "s.json:1:2", "a key in double quotes", "'''"),
                Arguments.of("{\"a\": 1 // comment\n}", "s.json:1:9", "',' or '}' in an object", "'/'"),
                Arguments.of("{\"a\": \"x\ty\"}", "s.json:1:9: a", "control characters escaped", "raw control character"),
                Arguments.of("{\"a\": \"\\q\"}", "s.json:1:9: a", "an escape", "'q'"),
                Arguments.of("{\"a\": \"open", "s.json:1:7: a", "a closing '\"'", "the end of the file"),
                Arguments.of("{\"a\": tru}", "s.json:1:7: a", "a JSON value", "'tru'"),
                Arguments.of("{\"a\": None}", "s.json:1:7: a", "a JSON value", "'None'"),
                Arguments.of("", "s.json:1:1", "a JSON value", "an empty file"),
                Arguments.of("   \n ", "s.json:2:2", "a JSON value", "an empty file"),
                Arguments.of("{\"a\" 1}", "s.json:1:6: a", "':' after the key", "'1'"),
                Arguments.of("{\"a\": [1 2]}", "s.json:1:10: a", "',' or ']' in an array", "'2'"),
                Arguments.of("[".repeat(300), "s.json:1:202", "at most 200 nested", "deeper nesting"),
                Arguments.of("{\"a\": 1" + "0".repeat(500) + "}", "s.json:1:7: a", "at most 400 characters", "501 characters"),
                Arguments.of("{\"a\": \"" + "x".repeat(100) + "\", \"a\": 2}", "s.json:1:111: a", "each key once", "'a'"));
    }

    @ParameterizedTest
    @MethodSource("badText")
    void badTextIsNamedByLineColumnAndPath(String text, String where, String expected, String found) throws Exception {
        Path f = dir.resolve("s.json");
        Files.writeString(f, text);
        InputException e = assertThrows(InputException.class, () -> Json.readTree(f));
        assertEquals(f.getParent().resolve(where).toString(), e.where(), e.getMessage());
        assertTrue(e.expected().contains(expected), e.getMessage());
        assertTrue(e.found().contains(found), e.getMessage());
        noLibraryText(e);
    }

    /** Random damage to a valid document: every result is a tree or an InputException, nothing else escapes. */
    @Test
    void damagedDocumentsGiveTreesOrInputErrorsOnly() {
        String good = "{\"name\": \"x\u00e9\", \"a\": [1, -2.5e-3, true, null, {\"b\": \"c\\n\"}], \"n\": 0}";
        java.util.SplittableRandom rng = new java.util.SplittableRandom(7);
        String alphabet = "{}[]\",:.-+eE0123456789 \n\\ubtrfalsnNI'/\u00e9\u0001";
        for (int k = 0; k < 5000; k++) {
            StringBuilder sb = new StringBuilder(good);
            for (int m = 1 + rng.nextInt(3); m > 0; m--) {
                int at = rng.nextInt(sb.length() + 1);
                switch (rng.nextInt(3)) {
                    case 0 -> { if (at < sb.length()) sb.deleteCharAt(at); }
                    case 1 -> sb.insert(at, alphabet.charAt(rng.nextInt(alphabet.length())));
                    default -> sb.setLength(Math.min(sb.length(), at));
                }
            }
            String text = sb.toString();
            try {
                assertNotNull(Json.parse(text, "d.json"));
            } catch (InputException e) {
                assertTrue(e.where().startsWith("d.json"), text + " -> " + e.getMessage());
            }
        }
    }

    @Test
    void aNulByteIsAnErrorAtItsOffsetNotTheEndOfTheCard() throws Exception {
        Path f = dir.resolve("card.json");
        Files.write(f, "{\"a\": 1}\0{\"b\": 2}".getBytes(StandardCharsets.UTF_8));
        InputException e = assertThrows(InputException.class, () -> Json.readTree(f));
        assertEquals(f + ": byte 8", e.where());
        assertEquals("a NUL byte", e.found());
    }

    @Test
    void invalidUtf8IsAnErrorAtItsOffset() throws Exception {
        Path f = dir.resolve("card.json");
        byte[] b = "{\"name\": \"ab\"}".getBytes(StandardCharsets.UTF_8);
        b[11] = (byte) 0xFF;
        Files.write(f, b);
        InputException e = assertThrows(InputException.class, () -> Json.readTree(f));
        assertEquals(f + ": byte 11", e.where());
        assertEquals("the byte 0xff, not valid UTF-8 there", e.found());
        assertEquals("UTF-8 JSON text", e.expected());
        Files.write(f, new byte[] {'"', (byte) 0xC3}); // a sequence cut short by the end of the file
        assertEquals(f + ": byte 1", assertThrows(InputException.class, () -> Json.readTree(f)).where());
    }

    @Test
    void aMissingFileIsNamed() {
        InputException e = assertThrows(InputException.class, () -> Json.readTree(dir.resolve("none.json")));
        assertEquals("no such file", e.found());
    }

    @Test
    void validJsonReadsAsJacksonReadsIt() throws Exception {
        String text = "\uFEFF{\"s\": \"a\\u00e9\\n\\\"\", \"n\": [0, -1, 2.5, -3e-2, 1E+3, 12345678901, 123456789012345678901234567890],"
                + " \"t\": true, \"f\": false, \"z\": null, \"o\": {}, \"e\": [], \"u\": \"\u00fc\u20ac\ud83d\ude00\"}";
        JsonNode strict = Json.parse(text, "x");
        assertEquals(Json.mapper().readTree(text.substring(1)), strict);
        assertEquals(2.5, strict.get("n").get(2).doubleValue());
        assertTrue(strict.get("n").get(5).isLong());
        assertTrue(strict.get("n").get(6).isBigInteger());
    }

    record Inner(double volts, int count) {}

    record Outer(String name, List<Inner> items, boolean on) {}

    record Checked(double gain) {
        Checked {
            if (!(gain > 0)) throw new InputException("gain", "> 0", String.valueOf(gain));
        }
    }

    static Stream<Arguments> badBinding() {
        return Stream.of(
                Arguments.of("{\"name\": \"x\", \"items\": [{\"volts\": 1, \"count\": 2, \"bogus\": 3}], \"on\": true}",
                        "items[0].bogus", "one of [count, volts]", "unknown key 'bogus'"),
                Arguments.of("{\"name\": \"x\", \"items\": [{\"volts\": null, \"count\": 2}], \"on\": true}",
                        "items[0].volts", "a number", "null"),
                Arguments.of("{\"name\": \"x\", \"items\": [{\"volts\": \"NaN\", \"count\": 2}], \"on\": true}",
                        "items[0].volts", "a number", "the string \"NaN\""),
                Arguments.of("{\"name\": \"x\", \"items\": [{\"volts\": 1, \"count\": 2.5}], \"on\": true}",
                        "items[0].count", "an integer", "2.5"),
                Arguments.of("{\"name\": \"x\", \"items\": [{\"volts\": 1, \"count\": 3000000000}], \"on\": true}",
                        "items[0].count", "within the range", "3000000000"),
                Arguments.of("{\"name\": 5, \"items\": [], \"on\": true}", "name", "a string", "5"),
                Arguments.of("{\"name\": \"x\", \"items\": [], \"on\": 1}", "on", "true or false", "1"),
                Arguments.of("{\"name\": \"x\", \"items\": {}, \"on\": true}", "items", "an array", "an object"),
                Arguments.of("{\"name\": \"x\", \"items\": [3], \"on\": true}", "items[0]", "an object", "3"));
    }

    @ParameterizedTest
    @MethodSource("badBinding")
    void bindingErrorsNameThePathInMemcimsWords(String text, String path, String expected, String found) {
        InputException e = assertThrows(InputException.class, () -> Json.bind(Json.parse(text, "o.json"), Outer.class, "o.json"));
        assertEquals("o.json: " + path, e.where(), e.getMessage());
        assertTrue(e.expected().contains(expected), e.getMessage());
        assertEquals(found, e.found().contains(found) ? found : e.found(), e.getMessage());
        noLibraryText(e);
    }

    record Weights(double[][] w, double gamma) {}

    static Stream<Arguments> badNumbers() {
        return Stream.of(
                Arguments.of("{\"w\": [[1, \"NaN\"]], \"gamma\": 1}", "w[0][1]", "the string \"NaN\""),
                Arguments.of("{\"w\": [[1], [null]], \"gamma\": 1}", "w[1][0]", "null"),
                Arguments.of("{\"w\": [[1]], \"gamma\": \"Infinity\"}", "gamma", "the string \"Infinity\""),
                Arguments.of("{\"w\": [[1]], \"gamma\": null}", "gamma", "null"),
                Arguments.of("{\"w\": [[1]]}", "gamma", "nothing"),
                Arguments.of("{\"w\": [[1]], \"gamma\": 1" + "0".repeat(320) + "}", "gamma", "1000"));
    }

    @ParameterizedTest
    @MethodSource("badNumbers")
    void numbersAreJsonNumbersThatFitADouble(String text, String path, String found) {
        InputException e = assertThrows(InputException.class, () -> Json.bind(Json.parse(text, "m.json"), Weights.class, "m.json"));
        assertEquals("m.json: " + path, e.where(), e.getMessage());
        assertTrue(e.expected().startsWith("a number"), e.getMessage());
        assertTrue(e.found().startsWith(found), e.getMessage());
        noLibraryText(e);
    }

    @Test
    void aFormatThatAllowsNonFiniteNumbersReadsTheStringsMemcimWrites() throws Exception {
        Path f = dir.resolve("chart.json");
        Files.writeString(f, Json.write(new Weights(new double[][] {{Double.NaN, 1}}, Double.POSITIVE_INFINITY)));
        Weights w = Json.readNonFinite(f, Weights.class);
        assertTrue(Double.isNaN(w.w()[0][0]));
        assertEquals(Double.POSITIVE_INFINITY, w.gamma());
        assertThrows(InputException.class, () -> Json.read(f, Weights.class));
        Files.writeString(f, "{\"w\": [[NaN]], \"gamma\": 1}"); // still JSON: no NaN literal
        assertThrows(InputException.class, () -> Json.readNonFinite(f, Weights.class));
    }

    @Test
    void aTypesOwnCheckKeepsItsWordsAndGainsThePath() {
        String text = "{\"name\": \"x\", \"items\": [], \"on\": true}";
        assertEquals("x", Json.bind(Json.parse(text, "o.json"), Outer.class, "o.json").name());
        InputException e = assertThrows(InputException.class,
                () -> Json.bind(Json.parse("{\"gain\": -1}", "c.json"), Checked.class, "c.json"));
        assertEquals("c.json: gain", e.where());
        assertEquals("> 0", e.expected());
        assertEquals("-1.0", e.found());
    }

    private static void noLibraryText(InputException e) {
        for (String leak : new String[] {"Jackson", "JsonReadFeature", "StreamReadConstraints", "FAIL_ON", "memcim.", "Exception",
                "com.fasterxml", "`"}) {
            assertFalse(e.getMessage().contains(leak), "library text '" + leak + "' in: " + e.getMessage());
        }
    }
}
