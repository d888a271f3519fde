package memcim.spice;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns what ngspice printed during one operation into the typed exception it amounts to, if any. */
final class NgSpiceErrors {
    private static final Pattern ERROR_ON_LINE = Pattern.compile("(?i)error on line (\\d+)");
    private static final List<String> CONVERGENCE = List.of(
            "singular matrix", "timestep too small", "gmin stepping failed", "source stepping failed",
            "iteration limit reached", "no convergence", "too many iterations without convergence");

    private NgSpiceErrors() {}

    static List<String> stderr(List<OutputLog.Line> lines) {
        List<String> out = new ArrayList<>();
        for (OutputLog.Line l : lines) if (l.stderr()) out.add(l.text());
        return out;
    }

    static List<String> warnings(List<OutputLog.Line> lines) {
        List<String> out = new ArrayList<>();
        for (OutputLog.Line l : lines) {
            if (l.text().toLowerCase(Locale.ROOT).contains("warning")) out.add(l.text().strip());
        }
        return out;
    }

    private static boolean isError(String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        return lower.contains("error") && !lower.startsWith("warning");
    }

    /** The parse failure of a deck, naming its line; null if ngspice accepted it. */
    static SpiceParseException parseFailure(List<OutputLog.Line> lines, List<String> deck, String source) {
        List<String> err = stderr(lines);
        int first = -1;
        for (int i = 0; i < err.size(); i++) if (isError(err.get(i))) { first = i; break; }
        if (first < 0) return null;
        int lineNo = locate(err, deck);
        String card = lineNo > 0 ? deck.get(lineNo - 1).strip() : "";
        String ngMessage = String.join(" | ", err.subList(first, Math.min(err.size(), first + 4)));
        String where = lineNo > 0 ? source + ":" + lineNo : source;
        String message = where + ": ngspice rejected the deck" + (card.isEmpty() ? "" : " at '" + card + "'")
                + ": " + ngMessage;
        return new SpiceParseException(message, lineNo, card, err);
    }

    /**
     * The deck line an error is about: the card ngspice echoes (lower-cased) matched against the deck,
     * else the number in "Error on line N", else a deck card quoted anywhere in the messages.
     */
    private static int locate(List<String> err, List<String> deck) {
        for (int i = 0; i < err.size(); i++) {
            Matcher m = ERROR_ON_LINE.matcher(err.get(i));
            if (!m.find()) continue;
            if (i + 1 < err.size()) {
                int byText = findCard(deck, err.get(i + 1), true);
                if (byText > 0) return byText;
            }
            int n = Integer.parseInt(m.group(1));
            if (n >= 1 && n <= deck.size()) return n;
        }
        for (String e : err) {
            int byText = findCard(deck, e, false);
            if (byText > 0) return byText;
        }
        return 0;
    }

    private static int findCard(List<String> deck, String text, boolean exact) {
        String wanted = normalise(text);
        if (wanted.isEmpty()) return 0;
        for (int i = 1; i < deck.size(); i++) { // line 1 is the title
            String card = normalise(deck.get(i));
            if (card.length() < 3 || card.startsWith("*") || card.startsWith(".end")) continue;
            if (exact ? card.equals(wanted) : wanted.contains(card)) return i + 1;
        }
        return 0;
    }

    private static String normalise(String s) {
        return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static final Pattern FATAL_IN_BATCH = Pattern.compile(
            "(?i)error on line \\d+|circuit not parsed|could not find include file|stopped due to error");

    /**
     * The parse failure of a deck run as {@code ngspice -b} runs it; null if it loaded. Unlike
     * {@link #parseFailure}, errors printed by a control block's commands (a missing vector, a failed
     * analysis) are not a failure of the deck: {@code ngspice -b} reports them and goes on.
     */
    static SpiceParseException batchParseFailure(List<OutputLog.Line> lines, List<String> deck, String source) {
        for (String e : stderr(lines)) if (FATAL_IN_BATCH.matcher(e).find()) return parseFailure(lines, deck, source);
        return null;
    }

    /**
     * The failure of an analysis {@code ngspice -b} runs after the control block: it stops batch mode
     * on errors and non-convergence, not on warnings or notes ("... is ignored", gmin stepping).
     */
    static SpiceRunException batchRunFailure(String what, List<OutputLog.Line> lines) {
        List<String> err = stderr(lines);
        SpiceRunException convergence = runFailure(what, lines);
        if (convergence instanceof SpiceConvergenceException) return convergence;
        for (String e : err) {
            String lower = e.strip().toLowerCase(Locale.ROOT);
            if (lower.startsWith("error") || lower.contains("simulation(s) aborted") || lower.contains("simulation interrupted")) {
                return new SpiceRunException(what + ": " + summary(err), err);
            }
        }
        return null;
    }

    /**
     * ngspice's error lines during a batch run that {@code ngspice -b} reports and carries on after: an
     * unknown command ({@code bg_run: no such command available in ngspice}), a file it could not write
     * ({@code /x/y.raw: No such file or directory}), {@code Error: ...} lines (no circuit loaded, a vector
     * that does not exist, ...). Lines naming memcim's own dump folder are left out.
     */
    static List<String> commandErrors(List<OutputLog.Line> lines, String ownFolder) {
        List<String> out = new ArrayList<>();
        for (OutputLog.Line l : lines) {
            if (!l.stderr()) continue;
            String t = l.text().strip();
            String lower = t.toLowerCase(Locale.ROOT);
            if (t.isEmpty() || lower.startsWith("warning") || lower.startsWith("note")) continue;
            if (ownFolder != null && t.contains(ownFolder)) continue;
            if (lower.startsWith("error") || lower.contains("no such command") || lower.contains("no such file or directory")
                    || lower.contains("permission denied") || lower.contains("cannot open") || lower.contains("could not open")
                    || lower.contains("no circuit loaded") || lower.contains("aren't any circuits") || lower.contains("circuit not parsed")
                    || lower.contains("is not a directory") || lower.contains("read-only file system")) {
                out.add(t);
            }
        }
        return out;
    }

    /** Warnings and notes ({@code Note: Starting dynamic gmin stepping}): reported, never fatal. */
    static List<String> warningsAndNotes(List<OutputLog.Line> lines) {
        List<String> out = new ArrayList<>();
        for (OutputLog.Line l : lines) {
            String lower = l.text().strip().toLowerCase(Locale.ROOT);
            if (lower.contains("warning") || lower.startsWith("note:")) out.add(l.text().strip());
        }
        return out;
    }

    /** The failure of a command or run; null if it succeeded. */
    static SpiceRunException runFailure(String what, List<OutputLog.Line> lines) {
        List<String> err = stderr(lines);
        for (String e : err) {
            String lower = e.toLowerCase(Locale.ROOT);
            for (String c : CONVERGENCE) {
                if (lower.contains(c)) {
                    return new SpiceConvergenceException(what + ": ngspice did not converge: " + summary(err), err);
                }
            }
        }
        for (String e : err) {
            String lower = e.toLowerCase(Locale.ROOT);
            if (isError(e) || lower.contains("simulation not started") || lower.contains("cannot execute")
                    || lower.contains("is ignored") || lower.contains("aborted")) {
                return new SpiceRunException(what + ": " + summary(err), err);
            }
        }
        return null;
    }

    private static String summary(List<String> err) {
        List<String> shown = new ArrayList<>();
        for (String e : err) if (!e.isBlank() && shown.size() < 4) shown.add(e.strip());
        return String.join(" | ", shown);
    }
}
