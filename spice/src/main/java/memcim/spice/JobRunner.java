package memcim.spice;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs a {@link SpiceJob} on an engine: the same code in-process and in worker processes. */
final class JobRunner {
    private JobRunner() {}

    static SpiceResult run(NgSpice ng, SpiceJob job) {
        synchronized (ng) {
            ng.setExternalSources(null);
            List<String> warnings = new ArrayList<>();
            if (job.checkDeck()) {
                ng.loadCircuit(job.deck(), job.source());
            } else {
                ng.removeCircuits();
                ng.addCircuitUnchecked(job.deck(), job.source());
            }
            warnings.addAll(ng.lastWarnings());
            for (String command : job.commands().isEmpty() ? List.of("run") : job.commands()) {
                ng.command(command);
                warnings.addAll(ng.lastWarnings());
            }
            String plot = ng.currentPlot();
            Map<String, double[]> real = new LinkedHashMap<>();
            Map<String, double[][]> complex = new LinkedHashMap<>();
            for (String name : job.vectors().isEmpty() ? ng.vectorNames() : job.vectors()) {
                SpiceVector v = ng.vector(name);
                if (v.isComplex()) complex.put(name, v.complex());
                else real.put(name, v.realValues());
            }
            return new SpiceResult(plot, real, complex, warnings);
        }
    }
}
