package memcim.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Strict JSON (RFC 8259) as every memcim file format reads it, with errors in memcim's words: the bytes must be
 * UTF-8 without NUL bytes (an error names the byte offset); one value, nothing after it but white space; each key
 * once in an object; numbers as JSON writes them (no NaN, Infinity, leading zeros or hex) and within the range of a
 * double; no comments, single quotes or raw control characters in strings. Errors name the file, line and column
 * and the JSON path of the value ({@code card.json:12:5: drift.law}).
 */
final class JsonText {
    /** Deeper nesting than any memcim format has: a guard against a file that is only brackets. */
    static final int MAX_DEPTH = 200;
    /** Digits of a number: more is not a number a user wrote. */
    static final int MAX_NUMBER_LENGTH = 400;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final String text;
    private final String source;
    private final List<String> path = new ArrayList<>();
    private int pos;

    private JsonText(String text, String source) {
        this.text = text;
        this.source = source;
    }

    /** The bytes of a file: checked as UTF-8 without NUL bytes, then parsed. */
    static JsonNode parse(byte[] bytes, String source) {
        return parse(decode(bytes, source), source);
    }

    static JsonNode parse(String text, String source) {
        JsonText p = new JsonText(text, source);
        if (p.text.startsWith("\uFEFF")) p.pos = 1; // a byte-order mark is allowed before the value
        p.skipSpace();
        if (p.pos >= p.text.length()) throw p.error("a JSON value", "an empty file");
        JsonNode v = p.value(0);
        p.skipSpace();
        if (p.pos < p.text.length()) {
            throw p.error("the end of the file after the JSON value", p.describeHere() + " (trailing content)");
        }
        return v;
    }

    /** UTF-8 text of a file; a NUL byte or a byte sequence that is not UTF-8 is an error naming its offset. */
    static String decode(byte[] bytes, String source) {
        return InputFiles.decode(bytes, source, StandardCharsets.UTF_8, "UTF-8 JSON text");
    }

    // ------------------------------------------------------------------ values

    private JsonNode value(int depth) {
        if (depth > MAX_DEPTH) {
            path.clear(); // a path as deep as the nesting says nothing
            throw error("at most " + MAX_DEPTH + " nested arrays and objects", "deeper nesting");
        }
        if (pos >= text.length()) throw error("a JSON value", "the end of the file");
        char c = text.charAt(pos);
        return switch (c) {
            case '{' -> object(depth);
            case '[' -> array(depth);
            case '"' -> NODES.textNode(string());
            case 't', 'f', 'n' -> literal();
            default -> {
                if (c == '-' || (c >= '0' && c <= '9')) yield number();
                yield notAValue();
            }
        };
    }

    private ObjectNode object(int depth) {
        ObjectNode o = NODES.objectNode();
        Set<String> keys = new HashSet<>();
        pos++; // {
        skipSpace();
        if (peek() == '}') {
            pos++;
            return o;
        }
        while (true) {
            skipSpace();
            if (peek() != '"') {
                throw error("a key in double quotes", describeHere() + (peek() == '}' ? " (a comma before the closing brace)" : ""));
            }
            int keyAt = pos;
            String key = string();
            path.add("." + key);
            if (!keys.add(key)) {
                pos = keyAt;
                throw error("each key once in an object", "the key '" + key + "' a second time");
            }
            skipSpace();
            if (peek() != ':') throw error("':' after the key", describeHere());
            pos++;
            skipSpace();
            o.set(key, value(depth + 1));
            path.remove(path.size() - 1);
            skipSpace();
            char c = peek();
            if (c == ',') {
                pos++;
                continue;
            }
            if (c == '}') {
                pos++;
                return o;
            }
            throw error("',' or '}' in an object", describeHere());
        }
    }

    private ArrayNode array(int depth) {
        ArrayNode a = NODES.arrayNode();
        pos++; // [
        skipSpace();
        if (peek() == ']') {
            pos++;
            return a;
        }
        while (true) {
            skipSpace();
            path.add("[" + a.size() + "]");
            if (peek() == ']') throw error("a JSON value", "']' (a comma before the closing bracket)");
            a.add(value(depth + 1));
            path.remove(path.size() - 1);
            skipSpace();
            char c = peek();
            if (c == ',') {
                pos++;
                continue;
            }
            if (c == ']') {
                pos++;
                return a;
            }
            throw error("',' or ']' in an array", describeHere());
        }
    }

    private String string() {
        int start = pos;
        pos++; // "
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                pos = start;
                throw error("a closing '\"' of the string that starts here", "the end of the file");
            }
            char c = text.charAt(pos);
            if (c == '"') {
                pos++;
                return sb.toString();
            }
            if (c < 0x20) throw error("a string with control characters escaped (\\n, \\t, \\u0000)", "a raw control character " + ErrorLine.escape(String.valueOf(c)));
            if (c == '\\') {
                pos++;
                char e = pos < text.length() ? text.charAt(pos) : 0;
                switch (e) {
                    case '"' -> sb.append('"');
                    case '\\' -> sb.append('\\');
                    case '/' -> sb.append('/');
                    case 'b' -> sb.append('\b');
                    case 'f' -> sb.append('\f');
                    case 'n' -> sb.append('\n');
                    case 'r' -> sb.append('\r');
                    case 't' -> sb.append('\t');
                    case 'u' -> {
                        if (pos + 5 > text.length() || !text.substring(pos + 1, pos + 5).matches("[0-9A-Fa-f]{4}")) {
                            throw error("four hex digits after \\u", describeHere());
                        }
                        sb.append((char) Integer.parseInt(text.substring(pos + 1, pos + 5), 16));
                        pos += 4;
                    }
                    default -> throw error("an escape \\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX", describeHere());
                }
                pos++;
                continue;
            }
            sb.append(c);
            pos++;
        }
    }

    private JsonNode number() {
        int start = pos;
        if (peek() == '-') pos++;
        if (text.startsWith("Infinity", pos)) {
            pos = start;
            throw error("a JSON value (NaN and Infinity are not JSON numbers)", "-Infinity");
        }
        if (peek() == '0') {
            pos++;
            if (Character.isDigit(peek())) {
                throw badNumber(start, "a JSON number (no leading zeros)");
            }
        } else if (Character.isDigit(peek())) {
            while (Character.isDigit(peek())) pos++;
        } else {
            throw badNumber(start, "a JSON number");
        }
        boolean integral = true;
        if (peek() == '.') {
            integral = false;
            pos++;
            if (!Character.isDigit(peek())) {
                throw badNumber(start, "a JSON number (digits after the '.')");
            }
            while (Character.isDigit(peek())) pos++;
        }
        if (peek() == 'e' || peek() == 'E') {
            integral = false;
            pos++;
            if (peek() == '+' || peek() == '-') pos++;
            if (!Character.isDigit(peek())) {
                throw badNumber(start, "a JSON number (digits in the exponent)");
            }
            while (Character.isDigit(peek())) pos++;
        }
        if (Character.isLetterOrDigit(peek()) || peek() == '.' || peek() == '_') {
            throw badNumber(start, "a JSON number");
        }
        String s = text.substring(start, pos);
        if (s.length() > MAX_NUMBER_LENGTH) {
            pos = start;
            throw error("a number of at most " + MAX_NUMBER_LENGTH + " characters", s.length() + " characters");
        }
        if (integral) {
            BigInteger b = new BigInteger(s);
            if (b.bitLength() < 32) return NODES.numberNode(b.intValue());
            if (b.bitLength() < 64) return NODES.numberNode(b.longValue());
            return NODES.numberNode(b);
        }
        double d = Double.parseDouble(s);
        if (Double.isInfinite(d)) {
            pos = start;
            throw error("a number within the range of a double (about ±1.8e308)", s);
        }
        return NODES.numberNode(d);
    }

    private InputException badNumber(int start, String expected) {
        pos = start;
        String w = word();
        pos = start;
        return error(expected, "'" + w + "'");
    }

    private JsonNode literal() {
        int start = pos;
        String w = word();
        switch (w) {
            case "true": return NODES.booleanNode(true);
            case "false": return NODES.booleanNode(false);
            case "null": return NODES.nullNode();
            default:
                pos = start;
                return notAValue();
        }
    }

    private JsonNode notAValue() {
        int start = pos;
        String w = word();
        pos = start;
        if (w.equals("NaN") || w.equals("Infinity")) throw error("a JSON value (NaN and Infinity are not JSON numbers)", w);
        char c = peek();
        if (c == '\'') throw error("a JSON value (strings in double quotes)", "'''");
        if (c == '/') throw error("a JSON value (JSON has no comments)", "'/'");
        if (!w.isEmpty()) throw error("a JSON value", "'" + w + "'");
        return throwUnexpected();
    }

    private JsonNode throwUnexpected() {
        throw error("a JSON value", describeHere());
    }

    // ------------------------------------------------------------------ lexing

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : 0;
    }

    /** The word at the current position (letters, digits, + - . _), at most 40 characters, advancing over it. */
    private String word() {
        int start = pos;
        while (pos < text.length() && pos - start < 40) {
            char c = text.charAt(pos);
            if (!(Character.isLetterOrDigit(c) || c == '+' || c == '-' || c == '.' || c == '_')) break;
            pos++;
        }
        return text.substring(start, pos);
    }

    private void skipSpace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') return;
            pos++;
        }
    }

    private String describeHere() {
        if (pos >= text.length()) return "the end of the file";
        int cp = text.codePointAt(pos);
        return "'" + new String(Character.toChars(cp)) + "'";
    }

    private InputException error(String expected, String found) {
        int line = 1, column = 1;
        for (int i = 0; i < pos && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        String p = pathText(path);
        return new InputException(source + ":" + line + ":" + column + (p.isEmpty() ? "" : ": " + p), expected, found);
    }

    /** {@code drift.law}, {@code layers[0].mu[3]}: the JSON path as the formats' docs write it. */
    static String pathText(List<String> segments) {
        StringBuilder sb = new StringBuilder();
        for (String s : segments) sb.append(s);
        return sb.length() > 0 && sb.charAt(0) == '.' ? sb.substring(1) : sb.toString();
    }
}
