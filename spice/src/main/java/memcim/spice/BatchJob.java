package memcim.spice;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import memcim.core.InputException;
import memcim.core.InputFiles;

/**
 * A deck to run as {@code ngspice -b} runs it ({@link NgSpice#runBatch}, or isolated in a worker
 * with {@link SpiceWorkerPool#submitBatch}). The deck is kept as ngspice reads it, bytes: each
 * character of {@code deck} is one byte (ISO-8859-1), whatever encoding the file was written in.
 *
 * @param deck            the deck, one char per byte, title line first
 * @param source          how messages name the deck (its file name)
 * @param deckFolder      where {@code .include}/{@code .lib} files are looked for first (absolute;
 *                        null: only the working folder)
 * @param workingFolder   the folder a worker process changes to before the run, so files the deck
 *                        writes land where {@code ngspice -b} would write them (null: stay)
 * @param checkDeck       screen the deck ({@link DeckChecker}): includes inlined, continuation lines
 *                        joined, cards known to crash ngspice rewritten or rejected
 * @param untrusted       refuse {@code .control} commands that reach the system ({@code shell},
 *                        {@code source}, {@code cd}, writes outside the working folder, ...) and includes
 *                        from outside the deck's folder
 * @param timeLimitMillis how long the deck may run in a worker before the worker is killed (0: the
 *                        pool's job timeout)
 * @param origins         where each line of {@code deck} came from ({@code deck.cir:4}, or an included
 *                        file's line) once {@link #screened()}; empty before
 * @param screenWarnings  what {@link #screened()} changed (a rewritten EXTERNAL card), reported with the run
 * @param inProcess       the deck runs in this JVM's ngspice ({@link #inThisProcess()}): a {@code source} whose file
 *                        name is built at run time (from a variable) is refused, since the screen cannot read that
 *                        deck and a crash there would end the JVM
 */
public record BatchJob(String deck, String source, String deckFolder, String workingFolder, boolean checkDeck,
                       boolean untrusted, long timeLimitMillis, List<String> origins, List<String> screenWarnings, boolean inProcess) {

    public BatchJob {
        if (deck == null || deck.isBlank()) throw new SpiceException("a batch job needs a deck");
        source = source == null ? "deck" : source;
        origins = origins == null ? List.of() : List.copyOf(origins);
        screenWarnings = screenWarnings == null ? List.of() : List.copyOf(screenWarnings);
        if (timeLimitMillis < 0) throw new SpiceException("a time limit ≥ 0, found " + timeLimitMillis + " ms");
    }

    /** The deck text (from Java, so {@code .include}s are resolved against the working folder only). */
    public static BatchJob of(String deck) {
        return new BatchJob(deck, "deck", null, null, true, false, 0, List.of(), List.of(), false);
    }

    /** The deck file's bytes, its folder for includes, this process's working folder for what it writes. */
    public static BatchJob ofFile(Path file) {
        byte[] bytes = InputFiles.bytes(file);
        if (bytes.length == 0) throw new InputException(file.toString(), "a deck (title line first)", "an empty file");
        Path abs = file.toAbsolutePath().normalize();
        return new BatchJob(new String(bytes, StandardCharsets.ISO_8859_1), file.getFileName().toString(),
                abs.getParent().toString(), Path.of("").toAbsolutePath().toString(), true, false, 0, List.of(), List.of(), false);
    }

    /** The deck goes to ngspice unscreened: only for an isolated worker. */
    public BatchJob withoutDeckChecks() {
        return new BatchJob(deck, source, deckFolder, workingFolder, false, untrusted, timeLimitMillis, origins, screenWarnings, inProcess);
    }

    /** Where a worker runs it; null: the worker's own folder. */
    public BatchJob inFolder(String folder) {
        return new BatchJob(deck, source, deckFolder, folder, checkDeck, untrusted, timeLimitMillis, origins, screenWarnings, inProcess);
    }

    /** A deck from someone else: its control block may not reach the system (see {@link #untrusted()}). */
    public BatchJob asUntrusted() {
        return new BatchJob(deck, source, deckFolder, workingFolder, checkDeck, true, timeLimitMillis, origins, screenWarnings, inProcess);
    }

    /** At most {@code limit} in a worker process (which is killed then); in-process runs cannot be stopped. */
    public BatchJob withTimeLimit(Duration limit) {
        if (limit.isNegative() || limit.isZero()) throw new SpiceException("a positive time limit, found " + limit);
        return new BatchJob(deck, source, deckFolder, workingFolder, checkDeck, untrusted, limit.toMillis(), origins, screenWarnings, inProcess);
    }

    /** The deck will run in this JVM's ngspice: {@link #screened()} refuses what could crash it unseen. */
    public BatchJob inThisProcess() {
        return new BatchJob(deck, source, deckFolder, workingFolder, checkDeck, untrusted, timeLimitMillis, origins, screenWarnings, true);
    }

    /**
     * The deck as ngspice will parse it, screened here, before any engine sees it: includes replaced by
     * their lines, continuation lines read with their cards, crash-prone cards rewritten, untrusted
     * commands refused. {@link #origins()} then names each line's file and line.
     *
     * @throws SpiceDeckException naming the file and line at fault
     */
    public BatchJob screened() {
        DeckChecker.Checked c = DeckChecker.check(deck, source, screen());
        return new BatchJob(String.join("\n", c.lines()) + "\n", source, deckFolder, workingFolder, checkDeck, untrusted,
                timeLimitMillis, c.origins(), c.warnings(), inProcess);
    }

    /** How many element cards (R, C, V, X, ...) the screened deck has: 0 is a deck without a circuit. */
    public int elementCards() {
        return DeckChecker.check(deck, source, screen()).elementCards();
    }

    /** Where the line {@code line} (1-based) of {@link #deck()} came from: {@code deck.cir:4}, or an included file's line. */
    public String origin(int line) {
        if (line >= 1 && line <= origins.size()) return origins.get(line - 1);
        return line >= 1 ? source + ":" + line : source;
    }

    DeckChecker.Screen screen() {
        Path folder = deckFolder == null ? null : Path.of(deckFolder);
        return new DeckChecker.Screen(folder == null ? null : folder.resolve(source), folder,
                workingFolder == null ? null : Path.of(workingFolder), untrusted, inProcess);
    }
}
