package memcim.netlist.crossbar;

import java.util.List;
import memcim.spice.NgSpice;

/** One {@code op} of the loaded circuit and the vectors wanted from it, for the sessions that read a deck many times. */
final class OperatingPoint {
    private OperatingPoint() {}

    /** Runs the operating point and returns {@code vectors[j]}'s value each; the caller holds the engine's lock. */
    static double[] read(NgSpice ng, List<String> vectors) {
        ng.run();
        double[] out = new double[vectors.size()];
        for (int j = 0; j < out.length; j++) out[j] = ng.realVector(vectors.get(j))[0];
        // each op adds a plot of every node and branch (about 50,000 vectors at 128x128): keep only the newest
        ng.command("destroy all");
        return out;
    }
}
