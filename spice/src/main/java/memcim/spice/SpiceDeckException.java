package memcim.spice;

import java.util.List;

/**
 * A deck memcim's screen ({@link DeckChecker}) refused before anything reached ngspice: where (the
 * deck or an included file, with the line), what was expected there and what was found, so a caller
 * can report it in the form {@code <where>: expected <what>, found <what>}.
 */
public class SpiceDeckException extends SpiceParseException {
    private final String where;
    private final String expected;
    private final String found;

    public SpiceDeckException(String where, String expected, String found, int line, String card) {
        super(where + ": expected " + expected + ", found " + found, line, card, List.of());
        this.where = where;
        this.expected = expected;
        this.found = found;
    }

    /** The file and line at fault: {@code deck.cir:4}, or {@code sub.inc:2 (included from deck.cir:3)}. */
    public String where() { return where; }

    public String expected() { return expected; }

    public String found() { return found; }
}
