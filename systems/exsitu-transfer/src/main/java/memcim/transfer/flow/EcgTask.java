package memcim.transfer.flow;

import memcim.data.ecg.DatasetBuilder;
import memcim.data.ecg.EcgClass;
import memcim.data.ecg.EcgDataset;
import memcim.networks.NetworkShape;

/**
 * The reference chip's ECG task for the transfer, so that the two transfer routes meet on one problem: the
 * reference network (32 → 16 → 9, 3-bit codes, hidden step 16) on the data module's beats, the unseen class in
 * the test split only.
 */
public final class EcgTask {
    /** The reference chip's hidden step: weights of about ±9 reach the top hidden code. */
    public static final double HIDDEN_STEP = 16;
    public static final int DEFAULT_BEATS = 4000;

    private EcgTask() {}

    public static TaskData synthetic(int beats, long seed) {
        return of(DatasetBuilder.synthetic(beats, seed));
    }

    public static TaskData of(EcgDataset data) {
        data.requireTraining(data.source()).requireTest(data.source());
        return new TaskData("ecg (" + data.source() + ")", NetworkShape.reference(HIDDEN_STEP), data.train(), data.test(),
                EcgClass.TRAINED, null);
    }
}
