package memcim.spice;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import memcim.core.InputException;
import memcim.core.InputFiles;

/**
 * A deck to run as {@code ngspice -b} runs it ({@link NgSpice#runBatch}, or isolated in a worker
 * with {@link SpiceWorkerPool#submitBatch}). The deck is kept as ngspice reads it, bytes: each
 * character of {@code deck} is one byte (ISO-8859-1), whatever encoding the file was written in.
 *
 * @param deck          the deck, one char per byte, title line first
 * @param source        how messages name the deck (its file name)
 * @param deckFolder    where {@code .include}/{@code .lib} files are looked for after the working
 *                      folder (absolute; null: nowhere else)
 * @param workingFolder the folder a worker process changes to before the run, so files the deck
 *                      writes land where {@code ngspice -b} would write them (null: stay)
 * @param checkDeck     screen for cards known to crash ngspice ({@link DeckChecker})
 */
public record BatchJob(String deck, String source, String deckFolder, String workingFolder, boolean checkDeck) {

    public BatchJob {
        if (deck == null || deck.isBlank()) throw new SpiceException("a batch job needs a deck");
        source = source == null ? "deck" : source;
    }

    /** The deck text (from Java, so {@code .include}s are resolved against the working folder only). */
    public static BatchJob of(String deck) {
        return new BatchJob(deck, "deck", null, null, true);
    }

    /** The deck file's bytes, its folder for includes, this process's working folder for what it writes. */
    public static BatchJob ofFile(Path file) {
        byte[] bytes = InputFiles.bytes(file);
        if (bytes.length == 0) throw new InputException(file.toString(), "a deck (title line first)", "an empty file");
        Path abs = file.toAbsolutePath().normalize();
        return new BatchJob(new String(bytes, StandardCharsets.ISO_8859_1), file.getFileName().toString(),
                abs.getParent().toString(), Path.of("").toAbsolutePath().toString(), true);
    }

    /** The deck goes to ngspice unscreened: only for an isolated worker. */
    public BatchJob withoutDeckChecks() { return new BatchJob(deck, source, deckFolder, workingFolder, false); }

    /** Where a worker runs it; null: the worker's own folder. */
    public BatchJob inFolder(String folder) { return new BatchJob(deck, source, deckFolder, folder, checkDeck); }
}
