package memcim.bnn.flow;

import java.nio.file.Path;
import memcim.data.ecg.WfdbChoice;
import memcim.hdl.spec.ChipSpec;

/**
 * What {@code memcim demo} runs: data set size and training epochs, the chip, how many test beats go through
 * transaction mode (ngspice operating points + simulated digital) and lock-step (with how many samples M), and
 * the M values of the accuracy-vs-M sweep (fast model). {@code wfdb}: real records instead of the synthetic set (null). {@code members}: Bayesian networks
 * in the ensemble (null: {@link memcim.bnn.TrainingSettings#defaultMembers}).
 */
public record DemoOptions(Path out, ChipSpec chip, int datasetBeats, int epochs, int transactionBeats,
                          int lockstepBeats, int lockstepSamples, long seed, WfdbChoice wfdb, Integer members) {
    /** The published chip's test beats: a class-balanced sample of this many from the test split of real records. */
    public static final int PUBLISHED_TEST_BEATS = 1000;

    public static DemoOptions defaults(Path out) {
        return new DemoOptions(out, ChipSpec.reference(), 4000, 100, 100, 2, 1, 1L, null, null);
    }

    /** The same run on WFDB records instead of the synthetic set. */
    public DemoOptions withWfdb(WfdbChoice records) {
        return new DemoOptions(out, chip, datasetBeats, epochs, transactionBeats, lockstepBeats, lockstepSamples, seed, records, members);
    }
}
