package memcim.bnn.flow;

import java.nio.file.Path;
import memcim.hdl.spec.ChipSpec;

/**
 * What {@code memcim demo} runs: data set size and training epochs, the chip, how many test beats go through
 * transaction mode (ngspice operating points + simulated digital) and lock-step (with how many samples M), and
 * the M values of the accuracy-vs-M sweep (fast model).
 */
public record DemoOptions(Path out, ChipSpec chip, int datasetBeats, int epochs, int transactionBeats,
                          int lockstepBeats, int lockstepSamples, long seed) {
    public static DemoOptions defaults(Path out) {
        return new DemoOptions(out, ChipSpec.reference(), 4000, 100, 100, 2, 1, 1L);
    }
}
