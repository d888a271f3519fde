package memcim.netlist.crossbar;

import java.util.List;

/**
 * What a host needs to drive and measure a deck the builder made, as ngspice names it (lower case; nodes and
 * branches inside subcircuit instances with their instance path, e.g. {@code xdac.sw0}, {@code v.xdac.vd0#branch}).
 * A name that the deck does not have is {@code null} (a list is empty).
 *
 * @param rowSources     per row the source to {@code alter} (ideal drivers) or the 0 V meter behind the row's driver
 * @param rowNodes       per row the node where the driver (or its meter) feeds the row wire
 * @param rowCurrents    per row the branch current of {@link #rowSources} (from the driver into the row)
 * @param wordSources    EXTERNAL word sources: word k holds rows k·bits ... k·bits + bits − 1, the word's value in volts
 * @param columnCurrents per column the sense source's current vector ({@code i(vcol3)}; empty without meters)
 * @param outputNodes    per column the sense amplifier's output node (empty for ideal sensing)
 * @param wordLine       the word-line (gate) source, its node and its branch current
 * @param columnSum      the node that holds the sum of the outputs
 * @param select         EXTERNAL: the multiplexer's column index
 * @param dacWord        EXTERNAL: the C-DAC word
 * @param reset          EXTERNAL: the C-DAC reset
 * @param mux            the multiplexer output node, {@code dac} the C-DAC's, {@code comparator} the comparator's
 * @param dacSwitchNodes per DAC bit the node behind its 0 V meter, {@code dacSwitchCurrents} the meter's current
 */
public record DeckNames(List<String> rowSources, List<String> rowNodes, List<String> rowCurrents, List<String> wordSources,
                        int bitsPerWord, List<String> columnCurrents, List<String> outputNodes, String wordLine,
                        String wordLineNode, String wordLineCurrent, String columnSum, String select, String dacWord,
                        String reset, String mux, String dac, String comparator, List<String> dacSwitchNodes,
                        List<String> dacSwitchCurrents) {
    public DeckNames {
        rowSources = List.copyOf(rowSources);
        rowNodes = List.copyOf(rowNodes);
        rowCurrents = List.copyOf(rowCurrents);
        wordSources = List.copyOf(wordSources);
        columnCurrents = List.copyOf(columnCurrents);
        outputNodes = List.copyOf(outputNodes);
        dacSwitchNodes = List.copyOf(dacSwitchNodes);
        dacSwitchCurrents = List.copyOf(dacSwitchCurrents);
    }
}
