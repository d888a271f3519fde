package memcim.spice;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What {@code ngspice -b} needs to know of a deck's lines, and the one change memcim makes to them:
 * in ngspice's shared library {@code quit} destroys every plot before it returns, so each
 * {@code quit}/{@code exit} of a {@code .control} block is preceded by {@link #dumpCommands}, which
 * write every plot to a folder first. The quit itself still happens (with its status), at the same
 * place in the control flow, also inside {@code if}/{@code while} blocks.
 */
final class BatchDeck {
    /** Marks the line listing the plots the dump wrote; never shown to the user. */
    static final String PLOTS_MARKER = "@@memcim-plots";

    private BatchDeck() {}

    /** The commands that write every plot to {@code folder}/{@code <plot>.raw}, unpadded, and list them. */
    static List<String> dumpCommands(String folder) {
        return List.of(
                "echo " + PLOTS_MARKER + " $plots",
                "set nopadding",
                "foreach memcim_plot $plots",
                "setplot $memcim_plot",
                "write " + folder + "/{$memcim_plot}.raw",
                "end");
    }

    static List<String> withDumpBeforeQuit(List<String> lines, String folder) {
        List<String> out = new ArrayList<>(lines.size() + 8);
        boolean inControl = false;
        for (int i = 0; i < lines.size(); i++) {
            String lower = lines.get(i).strip().toLowerCase(Locale.ROOT);
            if (i > 0 && lower.startsWith(".control")) inControl = true;
            else if (lower.startsWith(".endc")) inControl = false;
            else if (inControl && isQuit(lower)) out.addAll(dumpCommands(folder));
            out.add(lines.get(i));
        }
        return out;
    }

    static boolean isQuit(String lowerLine) {
        String verb = lowerLine.split("[\\s;]+", 2)[0];
        return verb.equals("quit") || verb.equals("exit");
    }

    static boolean hasControlBlock(List<String> lines) {
        for (int i = 1; i < lines.size(); i++) if (lines.get(i).strip().toLowerCase(Locale.ROOT).startsWith(".control")) return true;
        return false;
    }

    /**
     * True if the deck has {@code .print}, {@code .plot} or {@code .four}(ier) cards: then
     * {@code ngspice -b} runs the deck's analyses after its control block (ngspice's main.c).
     */
    static boolean hasOutputCards(List<String> lines) {
        for (String card : cards(lines)) {
            if (card.startsWith(".print") || card.startsWith(".plot") || card.startsWith(".four")) return true;
        }
        return false;
    }

    /** The result names of {@code .meas}/{@code .measure} cards and control-block {@code meas} commands, in order. */
    static List<String> measureNames(List<String> lines) {
        Set<String> names = new LinkedHashSet<>();
        boolean inControl = false;
        for (int i = 1; i < lines.size(); i++) {
            String lower = lines.get(i).strip().toLowerCase(Locale.ROOT);
            if (lower.startsWith(".control")) { inControl = true; continue; }
            if (lower.startsWith(".endc")) { inControl = false; continue; }
            String[] t = lower.split("\\s+");
            boolean card = !inControl && (t[0].equals(".meas") || t[0].equals(".measure"));
            boolean command = inControl && (t[0].equals("meas") || t[0].equals("measure"));
            if ((card || command) && t.length >= 3) names.add(t[2]);
        }
        return List.copyOf(names);
    }

    /** Element and dot cards outside control blocks, lower-cased, without the title. */
    private static List<String> cards(List<String> lines) {
        List<String> out = new ArrayList<>();
        boolean inControl = false;
        for (int i = 1; i < lines.size(); i++) {
            String lower = lines.get(i).strip().toLowerCase(Locale.ROOT);
            if (lower.startsWith(".control")) inControl = true;
            else if (lower.startsWith(".endc")) inControl = false;
            else if (!inControl) out.add(lower);
        }
        return out;
    }
}
