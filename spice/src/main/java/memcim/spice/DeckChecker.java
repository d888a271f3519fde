package memcim.spice;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Screens a deck before ngspice sees it, for cards known to crash ngspice 39 (a segfault there would
 * take the JVM with it). Today that is an EXTERNAL source with a value before the keyword:
 * {@code V1 in 0 0 external} and {@code V1 in 0 dc 0 external} crash during the run, while
 * {@code V1 in 0 external} works. Such a card is rewritten to the working form (its value is supplied
 * by Java anyway) with a warning; any other token next to {@code external} is rejected, naming the line.
 */
final class DeckChecker {
    private static final Pattern NUMBER = Pattern.compile(
            "[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?([a-zA-Z]*)");

    /** The deck as ngspice should receive it, and what was changed. */
    record Checked(List<String> lines, List<String> warnings) {}

    private DeckChecker() {}

    /** @param source how to name the deck in messages (a file name, or "deck") */
    static Checked check(String deckText, String source) {
        List<String> in = deckText.lines().toList();
        List<String> out = new ArrayList<>(in.size() + 1);
        List<String> warnings = new ArrayList<>();
        boolean inControl = false;
        boolean hasEnd = false;
        for (int i = 0; i < in.size(); i++) {
            String line = in.get(i);
            String trimmed = line.strip();
            String lower = trimmed.toLowerCase(Locale.ROOT);
            int lineNo = i + 1;
            if (i == 0) { out.add(line); continue; } // the title line is never a card
            if (lower.startsWith(".control")) inControl = true;
            else if (lower.startsWith(".endc")) inControl = false;
            else if (!inControl && (lower.equals(".end") || lower.startsWith(".end "))) hasEnd = true;
            if (!inControl && isSource(lower) && mentionsExternal(stripComment(lower))) {
                boolean continued = i + 1 < in.size() && in.get(i + 1).strip().startsWith("+");
                line = externalCard(trimmed, continued, source, lineNo, warnings);
            }
            out.add(line);
        }
        if (!hasEnd) out.add(".end");
        return new Checked(List.copyOf(out), List.copyOf(warnings));
    }

    private static boolean isSource(String lower) {
        return !lower.isEmpty() && (lower.charAt(0) == 'v' || lower.charAt(0) == 'i');
    }

    private static boolean mentionsExternal(String lower) {
        for (String t : tokens(lower)) if (t.equals("external")) return true;
        return false;
    }

    private static String externalCard(String card, boolean continued, String source, int lineNo, List<String> warnings) {
        List<String> t = tokens(stripComment(card));
        int ext = -1;
        for (int k = 0; k < t.size(); k++) if (t.get(k).equalsIgnoreCase("external")) ext = k;
        String where = source + ":" + lineNo;
        if (ext < 3 || continued || ext != t.size() - 1) {
            throw new SpiceParseException(where + ": EXTERNAL source must be written 'Vname n+ n- external' "
                    + "(nothing after the keyword, no continuation), found '" + card + "'", lineNo, card, List.of());
        }
        List<String> between = t.subList(3, ext);
        if (between.isEmpty()) return card;
        boolean valueOnly = (between.size() == 1 && NUMBER.matcher(between.get(0)).matches())
                || (between.size() == 2 && between.get(0).equalsIgnoreCase("dc") && NUMBER.matcher(between.get(1)).matches());
        if (!valueOnly) {
            throw new SpiceParseException(where + ": EXTERNAL source must be written 'Vname n+ n- external', found '"
                    + card + "'", lineNo, card, List.of());
        }
        String fixed = t.get(0) + " " + t.get(1) + " " + t.get(2) + " external";
        warnings.add(where + ": rewrote '" + card + "' to '" + fixed
                + "' (ngspice 39 crashes on a value before EXTERNAL; the value comes from Java)");
        return fixed;
    }

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
