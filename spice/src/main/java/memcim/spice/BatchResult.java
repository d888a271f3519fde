package memcim.spice;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a batch run gives: every plot in the order ngspice made them (scale first in each), the
 * {@code .meas} results, everything ngspice printed, its warnings and notes, and the status of the
 * deck's {@code quit} if it ended with one.
 *
 * @param quitStatus the argument of the {@code quit}/{@code exit} that ended the deck (0 if none was
 *                   given), null if the deck ran to its end
 * @param errors     ngspice's error lines that {@code ngspice -b} reports and goes on after (a command
 *                   it does not know, a {@code write} that failed, an analysis without a circuit, ...):
 *                   empty for a deck that ran cleanly; {@code memcim spice} fails on any
 */
public record BatchResult(List<SpicePlot> plots, Map<String, Double> measures, List<String> output,
                          List<String> warnings, Integer quitStatus, List<String> errors) {

    public BatchResult {
        plots = List.copyOf(plots);
        measures = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(measures));
        output = List.copyOf(output);
        warnings = List.copyOf(warnings);
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** The plot called {@code name} ("tran1"), or an error naming those there are. */
    public SpicePlot plot(String name) {
        for (SpicePlot p : plots) if (p.name().equalsIgnoreCase(name)) return p;
        throw new SpiceException("no plot '" + name + "'; there are " + plots.stream().map(SpicePlot::name).toList());
    }

    /** The last plot, as {@code ngspice}'s current plot after the run; null if none. */
    public SpicePlot lastPlot() { return plots.isEmpty() ? null : plots.get(plots.size() - 1); }
}
