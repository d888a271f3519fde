package memcim.core;

/**
 * Bad input from a user: a file, a parameter, a name. The message always says where (file and line,
 * or the parameter), what was expected and what was found, so the user can fix it without reading code.
 */
public class InputException extends RuntimeException {
    private final String where;
    private final String expected;
    private final String found;

    public InputException(String where, String expected, String found) {
        this(where, expected, found, null);
    }

    public InputException(String where, String expected, String found, Throwable cause) {
        super(where + ": expected " + expected + ", found " + found, cause);
        this.where = where;
        this.expected = expected;
        this.found = found;
    }

    /** Location such as {@code card.json: programmingPoints[3].sigmaSiemens} or {@code deck.cir:12}. */
    public String where() { return where; }
    public String expected() { return expected; }
    public String found() { return found; }

    /** Shorthand for a location in a file: {@code file:line}. */
    public static String at(Object file, int line) {
        return file + ":" + line;
    }
}
