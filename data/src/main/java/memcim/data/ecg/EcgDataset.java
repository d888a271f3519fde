package memcim.data.ecg;

/**
 * A split, quantised data set: training and validation hold the nine trained classes, the test split
 * holds them plus the unseen class. {@code quantiser} maps raw features to codes (fitted on training); {@code classes}
 * names each label's beat symbol.
 */
public record EcgDataset(BeatSet train, BeatSet validation, BeatSet test, FeatureQuantiser quantiser,
                         BeatClasses classes, String source, long seed) {

    /**
     * This data set, if it can be trained on: beats in the training and in the validation split (else a model would
     * be "trained" on nothing and report an accuracy of NaN). {@code where} names the data set in the error.
     */
    public EcgDataset requireTraining(String where) {
        if (train.size() == 0 || validation.size() == 0)
            throw new memcim.core.InputException(where, "training and validation beats",
                    train.size() + " training and " + validation.size() + " validation beats");
        return this;
    }

    /**
     * Whether the beats come from real records (MIT-BIH's classes) rather than the synthetic generator, whose class
     * table marks its data (also when written as WFDB and read back).
     */
    public boolean realRecords() {
        return !classes.equals(BeatClasses.synthetic());
    }

    /**
     * {@code n} test beats for the chip: on real records a class-balanced sample ({@link BeatSet#balanced}, the unseen
     * class represented as in the published 1,000), else beats spread evenly over the test split.
     */
    public BeatSet chipTestBeats(int n, long seed) {
        return realRecords() ? test.balanced(n, seed) : test.spread(n);
    }

    /** This data set, if it has test beats to evaluate on. */
    public EcgDataset requireTest(String where) {
        if (test.size() == 0) throw new memcim.core.InputException(where, "test beats", "0 test beats");
        return this;
    }
}
