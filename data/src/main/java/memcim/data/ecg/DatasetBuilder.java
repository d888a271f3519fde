package memcim.data.ecg;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Records → beats → features → splits → 3-bit codes. Trained classes are split 60/20/20 into training,
 * validation and test per class (stratified) by the seed; the unseen class goes only to the test split.
 */
public final class DatasetBuilder {
    private DatasetBuilder() {}

    /**
     * @param maxPerClass keep at most this many beats of each trained class (and
     *        {@link SyntheticEcg#unseenBeats} of the unseen one), 0 for all
     * @param alignToDetector move each annotation to the detected R peak within 100 ms
     */
    public static EcgDataset build(List<EcgRecord> records, int maxPerClass, long seed, boolean alignToDetector,
                                   String source) {
        return buildWithWindows(records, maxPerClass, seed, alignToDetector, source).data();
    }

    /**
     * A data set and its beats' raw 700 ms windows (millivolts, {@link BeatFeatures#WINDOW} samples at 360 Hz): the
     * same beats, splits and order as the data set's codes, for front ends other than the FFT features.
     */
    public record WithWindows(EcgDataset data, double[][] trainWindows, double[][] validationWindows, double[][] testWindows) {}

    /** {@link #build}, with the raw windows of the same beats in the same order. */
    public static WithWindows buildWithWindows(List<EcgRecord> records, int maxPerClass, long seed, boolean alignToDetector,
                                               String source) {
        int classes = EcgClass.values().length;
        int[] kept = new int[classes];
        List<double[]> raw = new ArrayList<>(), windows = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        List<String> origins = new ArrayList<>();
        for (EcgRecord r : records) {
            int[] peaks = alignToDetector ? RPeakDetector.detect(r) : null;
            int tolerance = (int) Math.round(0.1 * r.samplingHz());
            for (BeatAnnotation a : r.beats()) {
                var c = EcgClass.ofSymbol(a.symbol());
                if (c.isEmpty()) continue;
                int k = c.get().ordinal();
                int cap = c.get().unseen() ? SyntheticEcg.unseenBeats(maxPerClass) : maxPerClass;
                if (maxPerClass > 0 && kept[k] >= cap) continue;
                int sample = peaks == null ? a.sample() : RPeakDetector.nearest(peaks, a.sample(), tolerance);
                double[] w = BeatFeatures.window(r, sample);
                if (w == null) continue;
                double[] f = new double[BeatFeatures.FEATURES];
                BeatFeatures.features(w, f, 0);
                raw.add(f);
                windows.add(w);
                labels.add(k);
                origins.add(r.name() + ":" + a.sample());
                kept[k]++;
            }
        }
        SplittableRandom rng = new SplittableRandom(seed);
        List<Integer> train = new ArrayList<>(), val = new ArrayList<>(), test = new ArrayList<>();
        for (int k = 0; k < classes; k++) {
            final int cls = k;
            int[] rows = IntStream.range(0, labels.size()).filter(i -> labels.get(i) == cls).toArray();
            shuffle(rows, rng);
            if (EcgClass.values()[k].unseen()) {
                for (int i : rows) test.add(i);
                continue;
            }
            int nTrain = (int) Math.round(rows.length * 0.6), nVal = (int) Math.round(rows.length * 0.2);
            for (int i = 0; i < rows.length; i++) (i < nTrain ? train : i < nTrain + nVal ? val : test).add(rows[i]);
        }
        if (train.isEmpty() || val.isEmpty())
            throw new memcim.core.InputException(source, "training and validation beats of the trained classes",
                    train.size() + " training and " + val.size() + " validation beats (" + labels.size()
                            + " beats of known classes in the records)");
        double[] trainRaw = flatten(raw, train);
        FeatureQuantiser q = FeatureQuantiser.fit(trainRaw, train.size(), BeatFeatures.FEATURES);
        int[][] orders = {shuffled(train, rng), shuffled(val, rng), shuffled(test, rng)};
        BeatSet[] sets = new BeatSet[3];
        double[][][] w = new double[3][][];
        for (int k = 0; k < 3; k++) {
            int[] order = orders[k];
            sets[k] = new BeatSet(q.quantise(flatten(raw, IntStream.of(order).boxed().toList()), order.length),
                    IntStream.of(order).map(labels::get).toArray(), IntStream.of(order).mapToObj(origins::get).toArray(String[]::new));
            w[k] = IntStream.of(order).mapToObj(windows::get).toArray(double[][]::new);
        }
        return new WithWindows(new EcgDataset(sets[0], sets[1], sets[2], q, source, seed), w[0], w[1], w[2]);
    }

    private static int[] shuffled(List<Integer> rows, SplittableRandom rng) {
        int[] order = rows.stream().mapToInt(Integer::intValue).toArray();
        shuffle(order, rng);
        return order;
    }

    private static double[] flatten(List<double[]> raw, List<Integer> rows) {
        int w = BeatFeatures.FEATURES;
        double[] out = new double[rows.size() * w];
        for (int i = 0; i < rows.size(); i++) System.arraycopy(raw.get(rows.get(i)), 0, out, i * w, w);
        return out;
    }

    static void shuffle(int[] a, SplittableRandom rng) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = a[i]; a[i] = a[j]; a[j] = t;
        }
    }

    /** The default embedded data set: synthetic records with {@code beats} beats spread over the trained classes. */
    public static EcgDataset synthetic(int beats, long seed) {
        return synthetic(SyntheticEcg.Settings.defaults(seed, perClass(beats)));
    }

    public static EcgDataset synthetic(SyntheticEcg.Settings s) {
        return syntheticWithWindows(s).data();
    }

    /** The synthetic data set with its raw windows. */
    public static WithWindows syntheticWithWindows(SyntheticEcg.Settings s) {
        List<EcgRecord> records = SyntheticEcg.generate(s);
        return buildWithWindows(records, s.beatsPerClass(), s.seed(), false, String.format(java.util.Locale.ROOT,
                "synthetic ECG (seed %d, %d beats per trained class, flutter width %.2f rad)", s.seed(), s.beatsPerClass(),
                s.flutterWidthRad()));
    }

    /** Beats per trained class for a set of about {@code beats} trained-class beats. */
    public static int perClass(int beats) {
        return Math.max(5, beats / EcgClass.TRAINED);
    }
}
