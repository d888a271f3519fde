package memcim.spice;

import java.util.List;

/** A deck ngspice (or the binding's own card check) rejected; names the deck line when it is known. */
public class SpiceParseException extends SpiceException {
    private final int line;
    private final String card;

    /** @param line 1-based line of the deck text, or 0 when ngspice did not say which */
    public SpiceParseException(String message, int line, String card, List<String> ngspiceMessages) {
        super(message, ngspiceMessages);
        this.line = line;
        this.card = card;
    }

    /** 1-based line in the deck text given to {@code loadCircuit}, 0 if unknown. */
    public int line() { return line; }

    /** The offending card as written in the deck, or "" if unknown. */
    public String card() { return card; }
}
