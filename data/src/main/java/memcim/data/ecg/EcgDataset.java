package memcim.data.ecg;

/**
 * A split, quantised data set: training and validation hold the nine trained classes, the test split
 * holds them plus the unseen class. {@code quantiser} maps raw features to codes (fitted on training).
 */
public record EcgDataset(BeatSet train, BeatSet validation, BeatSet test, FeatureQuantiser quantiser,
                         String source, long seed) {}
