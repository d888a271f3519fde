package memcim.netlist.crossbar;

import java.util.List;
import java.util.Map;

/**
 * The JSON written next to a crossbar deck: enough to check the deck against Ohm's law without parsing it
 * (conductances, the row voltages the analysis applies, the ngspice vector of each column current) and to drive
 * it in-process (the row source names to {@code alter}).
 *
 * @param conductanceSiemens   rows × cols, the programmed conductance of each cell (slope at 0 V)
 * @param rowVolts             the read voltage each row driver applies in the deck's analysis (phase 0 for phase reads)
 * @param columnCurrentVectors per column, the ngspice vector of its current, positive from the array into the sense node
 * @param rowSources           per row, the source to {@code alter} ({@code vrow3}); with transistor drivers it is
 *                             the driver's logic input, {@code rowSourceVolts} gives its value
 * @param rowSourceVolts       per row, the value of that source in the analysis (phase 0 for phase reads)
 * @param senseOutputVectors   per column, the sense amplifier's output vector (empty for ideal sensing)
 * @param arrayFirstColumns    the first column of each physical array (several for a split differential layout)
 * @param differentialPairs    (plus column, minus column) of each signed output; empty when not differential
 * @param nonlinearityVolts    V₀ of the cell I-V, null for a linear cell
 * @param phaseRowVolts        row voltages per phase (phase reads), else empty
 * @param phaseSampleSeconds   for a transient phase read, the instant at which phase p's currents are settled
 * @param parameters           how the deck was made (device card, seed, ...)
 */
public record CrossbarSidecar(
        String generator,
        String deck,
        int rows,
        int cols,
        String cellType,
        Double nonlinearityVolts,
        double accessOnOhms,
        double rowSegmentOhms,
        double colSegmentOhms,
        double rowSegmentFarads,
        double colSegmentFarads,
        String drivers,
        String sensing,
        String readMode,
        double[][] conductanceSiemens,
        double[] rowVolts,
        List<String> columnCurrentVectors,
        List<String> rowSources,
        double[] rowSourceVolts,
        List<String> senseOutputVectors,
        List<Integer> arrayFirstColumns,
        List<int[]> differentialPairs,
        double[][] phaseRowVolts,
        double[] phaseSampleSeconds,
        Map<String, String> parameters) {
}
