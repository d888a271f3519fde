package memcim.spice;

import java.util.List;

/**
 * A self-contained simulation, serialisable so a worker process can run it: the deck text, the
 * commands to run after loading it (the deck's own analyses, {@code run}, when empty), and the
 * vectors to return (all of the final plot when empty).
 *
 * @param deck       deck text, title line first
 * @param source     how errors name the deck (a file name, or "deck")
 * @param commands   ngspice commands after loading; empty means {@code run}
 * @param vectors    vector names to return; empty means every vector of the current plot
 * @param checkDeck  screen the deck for cards known to crash ngspice (always, except to show the
 *                   isolation of workers: see {@link #withoutDeckChecks()})
 */
public record SpiceJob(String deck, String source, List<String> commands, List<String> vectors, boolean checkDeck) {

    public SpiceJob {
        if (deck == null || deck.isBlank()) throw new SpiceException("a job needs a deck");
        source = source == null ? "deck" : source;
        commands = commands == null ? List.of() : List.copyOf(commands);
        vectors = vectors == null ? List.of() : List.copyOf(vectors);
    }

    /** Loads {@code deck}, runs its analyses, returns all vectors of the final plot. */
    public static SpiceJob of(String deck) {
        return new SpiceJob(deck, "deck", List.of(), List.of(), true);
    }

    public SpiceJob named(String newSource) { return new SpiceJob(deck, newSource, commands, vectors, checkDeck); }

    public SpiceJob withCommands(String... newCommands) {
        return new SpiceJob(deck, source, List.of(newCommands), vectors, checkDeck);
    }

    public SpiceJob withVectors(String... newVectors) {
        return new SpiceJob(deck, source, commands, List.of(newVectors), checkDeck);
    }

    /** The deck goes to ngspice unscreened: may crash the worker that runs it (never use in-process). */
    public SpiceJob withoutDeckChecks() { return new SpiceJob(deck, source, commands, vectors, false); }

    /** The deck's title line, to name the job in messages. */
    public String title() {
        String first = deck.lines().findFirst().orElse("").strip();
        return first.length() > 60 ? first.substring(0, 57) + "..." : first;
    }
}
