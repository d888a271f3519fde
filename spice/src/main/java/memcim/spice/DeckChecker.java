package memcim.spice;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Screens a deck before ngspice sees it. The screen works on the text ngspice would parse: every
 * {@code .include} (any word ngspice takes for it, {@code .inc...}) and {@code .lib FILE SECTION} is
 * replaced by the lines it names, recursively, and {@code +} continuation lines are joined to their
 * card, so a card split over lines or hidden in an included file is seen whole. ngspice then receives
 * exactly the screened text (it reads no include file itself: nothing can change between screen and
 * parse, and no file is resolved differently).
 *
 * <ul>
 * <li>Cards known to crash ngspice 39: an EXTERNAL source with a value before the keyword
 *     ({@code V1 in 0 0 external}, {@code V1 in 0 dc 0 external}) is rewritten to the working form
 *     {@code V1 in 0 external} (its value is supplied by Java anyway) with a warning; any other token
 *     next to {@code external} is rejected, naming the file and line.</li>
 * <li>Includes: a missing file, one that is not a regular file (a folder, a pipe, a device), a file
 *     that includes itself or closes a cycle, nesting deeper than {@link #MAX_DEPTH} and an expanded
 *     deck over {@link #MAX_CHARS} characters are rejected, naming the chain of files.</li>
 * <li>Untrusted decks ({@code untrusted}): {@code .control} commands (and {@code *#} comment commands)
 *     are limited to simulation, vectors and output ({@link #UNTRUSTED_COMMANDS}); {@code shell},
 *     {@code source}, {@code cd}, {@code codemodel}, {@code alias}, back-quotes, {@code !}, redirections and
 *     commands named by variables are refused; {@code write}/{@code wrdata}/{@code wrs2p} only to a
 *     plain file name (the working folder); includes only from inside the deck's folder.</li>
 * </ul>
 */
final class DeckChecker {
    /** How deeply includes may nest (ngspice has no bound; a self-include recursed until it crashed). */
    static final int MAX_DEPTH = 16;
    /** The largest deck the expansion may produce (characters, one per byte). */
    static final long MAX_CHARS = 64L << 20;

    private static final Pattern NUMBER = Pattern.compile(
            "[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?([a-zA-Z]*)");
    private static final Pattern PLAIN_FILE_NAME = Pattern.compile("[A-Za-z0-9_+-][A-Za-z0-9_.+-]*");

    /** What an untrusted deck's control block may run: simulation, vectors, printing; nothing that reaches the system. */
    static final Set<String> UNTRUSTED_COMMANDS = Set.of(
            "ac", "dc", "disto", "noise", "op", "pz", "sens", "tf", "tran", "pss", "sp", "run", "resume", "stop", "reset",
            "step", "let", "unlet", "set", "unset", "setplot", "setscale", "settype", "setcirc", "destroy", "delete",
            "display", "print", "echo", "show", "showmod", "alter", "altermod", "alterparam", "meas", "measure",
            "fourier", "spec", "fft", "psd", "linearize", "compose", "cutout", "deftype", "define", "undefine",
            "transpose", "reshape", "strcmp", "save", "option", "options", "listing", "status", "version", "rusage",
            "remcirc", "if", "else", "end", "while", "repeat", "dowhile", "foreach", "break", "continue", "goto", "label",
            "quit", "exit", "write", "wrdata", "wrs2p", "eprint", "edisplay", "eprvcd", "setseed", "cdump", "help",
            "asciiplot", "devhelp", "mc_source");
    /** Commands whose arguments are expressions ({@code >} and {@code <} compare there, they do not redirect). */
    private static final Set<String> EXPRESSION_COMMANDS = Set.of("let", "if", "while", "dowhile", "repeat", "meas", "measure",
            "define");
    /** A redirection and its target: {@code > file}, {@code >> file}, {@code >& file}, {@code < file}. */
    private static final Pattern REDIRECTION = Pattern.compile("(>>?&?|<)\\s*(\\S*)");
    private static final Set<String> WRITERS = Set.of("write", "wrdata", "wrs2p");

    /** The deck as ngspice should receive it, what was changed, and where each line came from. */
    record Checked(List<String> lines, List<String> warnings, List<String> origins, int elementCards) {}

    /** Where includes are found and how far the deck is trusted. */
    record Screen(Path deckFile, Path deckFolder, Path workingFolder, boolean untrusted, boolean inProcess) {
        Screen(Path deckFile, Path deckFolder, Path workingFolder, boolean untrusted) {
            this(deckFile, deckFolder, workingFolder, untrusted, false);
        }

        static Screen trusted() { return new Screen(null, null, null, false); }
    }

    private DeckChecker() {}

    /** A trusted deck given as text: includes are resolved against the working folder. */
    static Checked check(String deckText, String source) {
        return check(deckText, source, Screen.trusted());
    }

    /** @param source how to name the deck in messages (a file name, or "deck") */
    static Checked check(String deckText, String source, Screen screen) {
        return check(deckText, source, screen, new ArrayList<>());
    }

    private static Checked check(String deckText, String source, Screen screen, List<String> sourcing) {
        Expansion x = new Expansion(source, screen);
        x.top(deckText.lines().toList());
        List<String> lines = x.lines;
        List<String> warnings = new ArrayList<>();
        int elements = screenCards(lines, x.origins, screen.untrusted(), warnings);
        if (!screen.untrusted()) screenSourced(lines, x.origins, screen, x.working, sourcing);
        return new Checked(List.copyOf(lines), List.copyOf(warnings), List.copyOf(x.origins), elements);
    }

    /**
     * A trusted deck's {@code source FILE} commands (a literal file name; one built from variables cannot be
     * known before the run): ngspice reads that deck itself, at run time, so memcim cannot rewrite it; a card
     * there that would crash ngspice, or a deck that sources itself (ngspice recurses until it crashes), is
     * refused now, naming the sourced file's line. The file is looked for as ngspice does: the working folder,
     * then the deck's folder.
     */
    private static void screenSourced(List<String> lines, List<String> origins, Screen screen, Path working, List<String> sourcing) {
        boolean inControl = false;
        for (int i = 1; i < lines.size(); i++) {
            String lower = lines.get(i).strip().toLowerCase(Locale.ROOT);
            if (lower.startsWith(".control")) { inControl = true; continue; }
            if (lower.startsWith(".endc")) { inControl = false; continue; }
            if (!inControl) continue;
            for (String command : withoutQuotedText(lines.get(i).strip()).split(";")) {
                List<String> w = words(command.strip());
                if (w.size() < 2 || !w.get(0).equalsIgnoreCase("source")) continue;
                // the name as written (quotes were blanked above: take it from the line itself)
                List<String> real = words(lines.get(i).strip());
                int at = real.indexOf(w.get(0));
                String name = unquote(at >= 0 && at + 1 < real.size() ? real.get(at + 1) : w.get(1));
                if (name.isEmpty()) continue;
                if (name.contains("$") || name.contains("{") || name.contains("`")) {
                    if (!screen.inProcess()) continue; // a worker survives whatever that deck holds
                    throw new SpiceDeckException(origins.get(i), "a source with a literal file name when the deck runs in this JVM"
                            + " (--in-process: memcim cannot screen a deck named at run time, and a crash there ends memcim;"
                            + " run without --in-process)", "'" + lines.get(i).strip() + "'", lineOf(origins.get(i)), lines.get(i).strip());
                }
                Path p;
                try {
                    p = Path.of(name.startsWith("~/") ? System.getProperty("user.home") + name.substring(1) : name);
                } catch (InvalidPathException e) {
                    continue; // ngspice will say it cannot open it
                }
                Path found = null;
                for (Path c : p.isAbsolute() ? List.of(p) : List.of(working.resolve(p),
                        screen.deckFolder() != null ? screen.deckFolder().resolve(p) : working.resolve(p))) {
                    if (Files.isRegularFile(c)) { found = c; break; }
                }
                if (found == null) continue; // ngspice reports it (an error line: the run fails)
                String key;
                try {
                    key = found.toRealPath().toString();
                } catch (IOException e) {
                    continue;
                }
                String self = screen.deckFile() == null ? null : realOrNull(screen.deckFile());
                if (sourcing.contains(key) || key.equals(self)) {
                    throw new SpiceDeckException(origins.get(i), "a deck that does not source itself (ngspice would recurse until it crashes)",
                            "'" + lines.get(i).strip() + "'", lineOf(origins.get(i)), lines.get(i).strip());
                }
                if (sourcing.size() > MAX_DEPTH) {
                    throw new SpiceDeckException(origins.get(i), "sourced decks nested at most " + MAX_DEPTH + " deep", "more", lineOf(origins.get(i)),
                            lines.get(i).strip());
                }
                String text;
                try {
                    if (Files.size(found) > MAX_CHARS) continue; // ngspice's problem to read; nothing to screen cheaply
                    text = new String(Files.readAllBytes(found), StandardCharsets.ISO_8859_1);
                } catch (IOException e) {
                    continue;
                }
                if (text.isBlank()) continue;
                List<String> chain = new ArrayList<>(sourcing);
                if (self != null && !chain.contains(self)) chain.add(self);
                chain.add(key);
                String shown = found.getFileName().toString();
                String sourcedFrom = " (sourced from " + origins.get(i) + ")";
                Checked c;
                try {
                    c = check(text, shown, new Screen(found, found.toAbsolutePath().getParent(), working, false, screen.inProcess()), chain);
                } catch (SpiceDeckException e) {
                    throw new SpiceDeckException(e.where() + sourcedFrom, e.expected(), e.found(), lineOf(origins.get(i)), lines.get(i).strip());
                }
                if (!c.warnings().isEmpty()) {
                    String wn = c.warnings().get(0);
                    throw new SpiceDeckException(wn.substring(0, wn.indexOf(": rewrote")) + sourcedFrom,
                            "a sourced deck without the cards that crash ngspice 39 (ngspice reads it itself: memcim cannot rewrite it)",
                            "'" + wn.substring(wn.indexOf("rewrote '") + 9, wn.indexOf("' to '")) + "'", lineOf(origins.get(i)), lines.get(i).strip());
                }
            }
        }
    }

    private static String realOrNull(Path p) {
        try {
            return p.toRealPath().toString();
        } catch (IOException e) {
            return null;
        }
    }

    // ----------------------------------------------------------------- includes

    /** The deck with its includes replaced by their lines; {@code origins} names each line's file and line. */
    private static final class Expansion {
        final List<String> lines = new ArrayList<>();
        final List<String> origins = new ArrayList<>();
        final String source;
        final Screen screen;
        final Path working;
        final Path confine; // untrusted: includes only from here (real path)
        long chars;
        boolean inControl;
        /** The files being read, outermost first: how messages name an include chain. */
        final Deque<Frame> chain = new ArrayDeque<>();

        record Frame(String key, String name) {}

        Expansion(String source, Screen screen) {
            this.source = source;
            this.screen = screen;
            this.working = screen.workingFolder() != null ? screen.workingFolder() : Path.of("").toAbsolutePath();
            Path c = null;
            if (screen.untrusted()) {
                Path base = screen.deckFolder() != null ? screen.deckFolder() : working;
                try {
                    c = base.toRealPath();
                } catch (IOException e) {
                    c = base.toAbsolutePath().normalize();
                }
            }
            this.confine = c;
        }

        void top(List<String> deck) {
            String key = "\0deck";
            if (screen.deckFile() != null) {
                try {
                    key = screen.deckFile().toRealPath().toString();
                } catch (IOException e) {
                    // a deck given as text, or gone since it was read: it cannot be included by name
                }
            }
            chain.push(new Frame(key, source));
            boolean ended = false;
            for (int i = 0; i < deck.size() && !ended; i++) {
                String line = deck.get(i);
                String where = source + ":" + (i + 1);
                if (i == 0) { add(line, where); continue; } // the title line is never a card
                String lower = line.strip().toLowerCase(Locale.ROOT);
                if (!inControl && isEnd(lower)) ended = true;
                line(line, where, i + 1, screen.deckFolder());
            }
            if (!ended) add(".end", source + ":" + (deck.size() + 1));
            chain.pop();
        }

        private void line(String line, String where, int lineNo, Path folder) {
            String lower = line.strip().toLowerCase(Locale.ROOT);
            if (lower.startsWith(".control")) inControl = true;
            else if (lower.startsWith(".endc")) inControl = false;
            String verb = lower.split("\\s+", 2)[0];
            List<String> t = verb.startsWith(".inc") || verb.equals(".lib") ? words(stripComment(line.strip())) : List.of();
            if (verb.startsWith(".inc")) {
                if (t.size() < 2) throw error(where, lineNo, line, "a file name after " + t.get(0), "none");
                Path file = resolve(t.get(1), folder, where, lineNo, line);
                add("* memcim: " + line.strip(), where);
                include(file, null, where, lineNo, line);
            } else if (verb.equals(".lib") && t.size() >= 3) {
                Path file = resolve(t.get(1), folder, where, lineNo, line);
                add("* memcim: " + line.strip(), where);
                include(file, unquote(t.get(2)), where, lineNo, line);
            } else {
                add(line, where);
            }
        }

        /** The lines of {@code file} (or of its {@code .lib section}), each expanded in turn. */
        private void include(Path file, String section, String where, int lineNo, String card) {
            String key;
            try {
                key = file.toRealPath().toString() + (section == null ? "" : "\0" + section.toLowerCase(Locale.ROOT));
            } catch (IOException e) {
                throw error(where, lineNo, card, "a readable include file", quoted(file.toString()) + " (" + e.getMessage() + ")");
            }
            String name = display(file) + (section == null ? "" : " (section " + section + ")");
            for (Frame f : chain) {
                if (f.key().equals(key)) {
                    throw error(where, lineNo, card, "an include that does not contain itself",
                            "the cycle " + chainText(name));
                }
            }
            if (chain.size() > MAX_DEPTH) {
                throw error(where, lineNo, card, "includes nested at most " + MAX_DEPTH + " deep",
                        "the chain " + chainText(name));
            }
            List<String> fileLines = read(file, where, lineNo, card);
            int from = 0, to = fileLines.size();
            if (section != null) {
                int start = -1, end = -1;
                List<String> sections = new ArrayList<>();
                for (int k = 0; k < fileLines.size(); k++) {
                    List<String> t = tokens(stripComment(fileLines.get(k).strip()));
                    if (t.size() == 2 && t.get(0).equalsIgnoreCase(".lib")) {
                        sections.add(t.get(1));
                        if (start < 0 && t.get(1).equalsIgnoreCase(section)) start = k + 1;
                    } else if (start >= 0 && end < 0 && !t.isEmpty() && t.get(0).equalsIgnoreCase(".endl")) {
                        end = k;
                    }
                }
                if (start < 0) {
                    throw error(where, lineNo, card, "a section '" + section + "' in " + display(file),
                            sections.isEmpty() ? "no .lib sections" : "the sections " + sections);
                }
                if (end < 0) throw error(where, lineNo, card, "'.endl' closing section '" + section + "' in " + display(file), "none");
                from = start;
                to = end;
            }
            int cut = where.indexOf(" (included from ");
            String includedFrom = cut < 0 ? " (included from " + where + ")"
                    : " (included from " + where.substring(0, cut) + ", " + where.substring(cut + " (included from ".length());
            chain.push(new Frame(key, name));
            Path folder = file.toAbsolutePath().getParent();
            for (int k = from; k < to; k++) {
                String l = fileLines.get(k);
                String w = display(file) + ":" + (k + 1) + includedFrom;
                String lower = l.strip().toLowerCase(Locale.ROOT);
                if (!inControl && isEnd(lower)) { add("* memcim: " + l.strip() + " (ngspice ignores .end in an included file)", w); continue; }
                line(l, w, k + 1, folder);
            }
            chain.pop();
        }

        private String chainText(String last) {
            List<String> names = new ArrayList<>();
            chain.descendingIterator().forEachRemaining(f -> names.add(f.name()));
            names.add(last);
            return String.join(" -> ", names);
        }

        private Path resolve(String written, Path folder, String where, int lineNo, String card) {
            String name = unquote(written);
            if (name.isEmpty()) throw error(where, lineNo, card, "a file name", "''");
            if (name.startsWith("~/")) name = System.getProperty("user.home") + name.substring(1);
            Path p;
            try {
                p = Path.of(name);
            } catch (InvalidPathException e) {
                throw error(where, lineNo, card, "an include file name", quoted(name));
            }
            List<Path> candidates = new ArrayList<>();
            if (p.isAbsolute()) {
                candidates.add(p);
            } else {
                if (folder != null) candidates.add(folder.resolve(p));
                Path w = working.resolve(p);
                if (!candidates.contains(w)) candidates.add(w);
            }
            for (Path c : candidates) {
                if (!Files.exists(c)) continue;
                if (!Files.isRegularFile(c)) {
                    String kind = Files.isDirectory(c) ? "a folder" : "a special file (pipe or device)";
                    throw error(where, lineNo, card, "an include file that is a regular file", quoted(name) + ", " + kind);
                }
                if (confine != null) {
                    Path real;
                    try {
                        real = c.toRealPath();
                    } catch (IOException e) {
                        real = c.toAbsolutePath().normalize();
                    }
                    if (!real.startsWith(confine)) {
                        throw error(where, lineNo, card, "an include inside the deck's folder " + confine + " (untrusted deck)",
                                quoted(name));
                    }
                }
                return c;
            }
            List<String> looked = new ArrayList<>();
            for (Path c : candidates) looked.add(c.toAbsolutePath().normalize().getParent().toString());
            throw error(where, lineNo, card, "an include file that exists", quoted(name) + " (looked in " + String.join(", ", looked) + ")");
        }

        private List<String> read(Path file, String where, int lineNo, String card) {
            try {
                long size = Files.size(file);
                if (chars + size > MAX_CHARS) {
                    throw error(where, lineNo, card, "a deck of at most " + (MAX_CHARS >> 20) + " MB with its includes",
                            "more with " + display(file) + " (" + size + " bytes)");
                }
                byte[] bytes = Files.readAllBytes(file);
                return new String(bytes, StandardCharsets.ISO_8859_1).lines().toList();
            } catch (IOException e) {
                throw error(where, lineNo, card, "a readable include file", quoted(display(file)) + " (" + e.getMessage() + ")");
            }
        }

        private String display(Path file) {
            Path abs = file.toAbsolutePath().normalize();
            Path base = screen.deckFolder() != null ? screen.deckFolder().toAbsolutePath().normalize() : working.normalize();
            return abs.startsWith(base) ? base.relativize(abs).toString() : abs.toString();
        }

        private void add(String line, String where) {
            int nul = line.indexOf('\0');
            if (nul >= 0) {
                // ngspice gets C strings: it would read the line only up to the NUL, after the screen read all of it
                throw new SpiceDeckException(where, "a line without NUL bytes (ngspice would stop reading the line there)",
                        "a NUL byte at column " + (nul + 1), lineOf(where), line.replace("\0", "\\0").strip());
            }
            chars += line.length() + 1;
            if (chars > MAX_CHARS) {
                throw new SpiceDeckException(where, "a deck of at most " + (MAX_CHARS >> 20) + " MB with its includes",
                        "more", 0, "");
            }
            lines.add(line);
            origins.add(where);
        }

        private SpiceDeckException error(String where, int lineNo, String card, String expected, String found) {
            // the deck line is what a caller can show; for an included file that is the outermost include
            int deckLine = lineNo;
            if (chain.size() > 1 || !where.startsWith(source + ":")) deckLine = 0;
            return new SpiceDeckException(where, expected, found, deckLine, card.strip());
        }
    }

    /** Words of an include line: blanks separate them, except inside quotes ({@code .include "my models.inc"}). */
    private static List<String> words(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) quote = 0;
                w.append(c);
            } else if (c == '"' || c == '\'') {
                quote = c;
                w.append(c);
            } else if (Character.isWhitespace(c)) {
                if (w.length() > 0) { out.add(w.toString()); w.setLength(0); }
            } else {
                w.append(c);
            }
        }
        if (w.length() > 0) out.add(w.toString());
        return out;
    }

    private static boolean isEnd(String lower) {
        return lower.equals(".end") || lower.startsWith(".end ") || lower.startsWith(".end\t");
    }

    private static String unquote(String s) {
        String t = s.strip();
        if (t.length() >= 2 && (t.charAt(0) == '"' || t.charAt(0) == '\'') && t.charAt(t.length() - 1) == t.charAt(0)) {
            return t.substring(1, t.length() - 1);
        }
        return t;
    }

    private static String quoted(String s) { return "'" + s + "'"; }

    // ----------------------------------------------------------------- cards

    /**
     * Joins continuation lines to their cards (comment and blank lines between them skipped, as ngspice
     * does), rewrites or rejects EXTERNAL sources, screens control commands of untrusted decks.
     *
     * @return the number of element cards (outside control blocks and subcircuit definitions included)
     */
    private static int screenCards(List<String> lines, List<String> origins, boolean untrusted, List<String> warnings) {
        int elements = 0;
        boolean inControl = false;
        int n = lines.size();
        for (int i = 1; i < n; i++) {
            String lower = lines.get(i).strip().toLowerCase(Locale.ROOT);
            if (lower.startsWith(".control")) { inControl = true; continue; }
            if (lower.startsWith(".endc")) { inControl = false; continue; }
            if (lower.isEmpty() || lower.startsWith("+")) continue; // continuations are read with their card
            if (lower.startsWith("*")) {
                if (untrusted && lower.startsWith("*#")) screenCommand(lines.get(i).strip().substring(2), origins.get(i), lines.get(i));
                continue;
            }
            // the card and its continuation lines
            List<Integer> parts = new ArrayList<>(List.of(i));
            StringBuilder card = new StringBuilder(lines.get(i).strip());
            for (int k = i + 1; k < n; k++) {
                String s = lines.get(k).strip();
                if (s.isEmpty() || (s.startsWith("*") && !s.startsWith("*#"))) continue;
                if (!s.startsWith("+")) break;
                parts.add(k);
                card.append(' ').append(s.substring(1).strip());
            }
            String joined = card.toString();
            if (inControl) {
                if (untrusted) {
                    for (int k : parts) screenCommand(lines.get(k).strip().replaceFirst("^\\+", ""), origins.get(k), lines.get(k));
                    screenCommand(joined, origins.get(i), joined);
                }
                continue;
            }
            char c = lower.charAt(0);
            if (c != '.' && Character.isLetter(c)) elements++;
            if ((c == 'v' || c == 'i') && mentionsExternal(stripComment(joined.toLowerCase(Locale.ROOT)))) {
                String fixed = externalCard(joined, origins.get(i), warnings);
                if (!fixed.equals(joined)) {
                    lines.set(i, fixed);
                    for (int k : parts.subList(1, parts.size())) lines.set(k, "* memcim: joined to " + origins.get(i) + ": " + lines.get(k).strip());
                }
            }
        }
        return elements;
    }

    private static boolean mentionsExternal(String lower) {
        for (String t : tokens(lower)) if (t.equals("external")) return true;
        return false;
    }

    private static String externalCard(String card, String where, List<String> warnings) {
        List<String> t = tokens(stripComment(card));
        int ext = -1;
        for (int k = 0; k < t.size(); k++) if (t.get(k).equalsIgnoreCase("external")) ext = k;
        int lineNo = lineOf(where);
        if (ext < 3 || ext != t.size() - 1) {
            throw new SpiceDeckException(where, "an EXTERNAL source written 'Vname n+ n- external' (nothing after the keyword)",
                    "'" + card + "'", lineNo, card);
        }
        List<String> between = t.subList(3, ext);
        if (between.isEmpty()) return card;
        boolean valueOnly = (between.size() == 1 && NUMBER.matcher(between.get(0)).matches())
                || (between.size() == 2 && between.get(0).equalsIgnoreCase("dc") && NUMBER.matcher(between.get(1)).matches());
        if (!valueOnly) {
            throw new SpiceDeckException(where, "an EXTERNAL source written 'Vname n+ n- external'", "'" + card + "'", lineNo, card);
        }
        String fixed = t.get(0) + " " + t.get(1) + " " + t.get(2) + " external";
        warnings.add(where + ": rewrote '" + card + "' to '" + fixed
                + "' (ngspice 39 crashes on a value before EXTERNAL; the value comes from Java)");
        return fixed;
    }

    /** The deck line of a location "deck.cir:4"; 0 for an included file's line. */
    private static int lineOf(String where) {
        if (where.contains(" (included from ")) return 0;
        int colon = where.lastIndexOf(':');
        try {
            return Integer.parseInt(where.substring(colon + 1));
        } catch (RuntimeException e) {
            return 0;
        }
    }

    // ----------------------------------------------------------------- untrusted control blocks

    /** One control line (possibly several commands separated by ';') of an untrusted deck. */
    private static void screenCommand(String text, String where, String card) {
        String s = text.strip();
        if (s.isEmpty()) return;
        String unquoted = withoutQuotedText(s);
        if (unquoted.indexOf('`') >= 0 || s.indexOf('`') >= 0) {
            throw refused(where, card, "a back-quoted command");
        }
        if (unquoted.indexOf('!') >= 0) throw refused(where, card, "'!' (history substitution)");
        int from = 0;
        while (from <= unquoted.length()) {
            int semi = unquoted.indexOf(';', from);
            int to = semi < 0 ? unquoted.length() : semi;
            String c = unquoted.substring(from, to).strip();
            String original = s.substring(from, to).strip();
            from = to + 1;
            if (c.isEmpty()) continue;
            String verb = c.split("[\\s(=]+", 2)[0].toLowerCase(Locale.ROOT);
            if (verb.startsWith("pre_")) verb = verb.substring(4);
            if (verb.isEmpty()) continue;
            if (verb.contains("$") || verb.contains("{")) throw refused(where, card, "a command named by a variable, '" + verb + "'");
            if (!UNTRUSTED_COMMANDS.contains(verb)) throw refused(where, card, "'" + verb + "'");
            if (!EXPRESSION_COMMANDS.contains(verb)) {
                java.util.regex.Matcher m = REDIRECTION.matcher(c); // outside quotes; the target as written
                while (m.find()) {
                    String file = unquote(original.substring(m.start(2), m.end(2)));
                    if (!PLAIN_FILE_NAME.matcher(file).matches()) {
                        throw new SpiceDeckException(where, "a redirection to a plain file name (an untrusted deck writes only into the"
                                + " working folder)", "'" + original.substring(m.start(), m.end()).strip() + "'", lineOf(where), card.strip());
                    }
                }
            }
            if (WRITERS.contains(verb)) {
                List<String> t = tokens(original);
                if (t.size() >= 2) {
                    String file = unquote(t.get(1));
                    if (!PLAIN_FILE_NAME.matcher(file).matches()) {
                        throw new SpiceDeckException(where, "a plain file name after " + verb
                                + " (an untrusted deck writes only into the working folder)", "'" + file + "'", lineOf(where), card.strip());
                    }
                }
            }
        }
    }

    private static SpiceDeckException refused(String where, String card, String what) {
        return new SpiceDeckException(where, "a control command an untrusted deck may run (see --untrusted in memcim spice --help)",
                what, lineOf(where), card.strip());
    }

    /** The text with the contents of double-quoted strings blanked (quotes kept). */
    private static String withoutQuotedText(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean q = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') { q = !q; b.append(c); }
            else b.append(q ? ' ' : c);
        }
        return b.toString();
    }

    // ----------------------------------------------------------------- tokens

    private static String stripComment(String card) {
        int semi = card.indexOf(';');
        int dollar = card.indexOf(" $");
        int cut = semi < 0 ? dollar : dollar < 0 ? semi : Math.min(semi, dollar);
        return cut < 0 ? card : card.substring(0, cut);
    }

    private static List<String> tokens(String card) {
        List<String> out = new ArrayList<>();
        for (String t : card.replace('=', ' ').replace(',', ' ').strip().split("\\s+")) if (!t.isEmpty()) out.add(t);
        return out;
    }
}
