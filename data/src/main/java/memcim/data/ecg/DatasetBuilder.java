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
        BeatClasses classes = BeatClasses.synthetic();
        List<Beat> beats = new ArrayList<>();
        int[] kept = new int[classes.size()];
        // the cap takes each class's first beats in record order: synthetic records are alike, so any of them will do
        collect(records, classes, alignToDetector, true, false,
                label -> maxPerClass > 0 && kept[label] >= (classes.unseen(label) ? SyntheticEcg.unseenBeats(maxPerClass) : maxPerClass),
                bt -> {
                    beats.add(bt);
                    kept[bt.label]++;
                });
        SplittableRandom rng = new SplittableRandom(seed);
        List<List<Integer>> parts = byBeat(beats, classes, rng, 0.6, 0.2);
        return assemble(beats, parts, classes, rng, source, seed, false);
    }

    /**
     * How beats of real records become a data set: the class table, the split, the training class balance (at most
     * {@code maxPerClass} beats of each trained class on the training side, drawn by the seed; 0 keeps all) and whether
     * windows are aligned on the detected R peak.
     */
    public record Selection(BeatClasses classes, RecordSplit split, int maxPerClass, long seed, boolean alignToDetector, boolean unitRms,
                            java.util.Set<String> validationRecords, boolean invertedCodes) {
        public Selection {
            validationRecords = validationRecords == null ? java.util.Set.of() : java.util.Set.copyOf(validationRecords);
        }

        public Selection(BeatClasses classes, RecordSplit split, int maxPerClass, long seed, boolean alignToDetector, boolean unitRms) {
            this(classes, split, maxPerClass, seed, alignToDetector, unitRms, null, false);
        }

        public Selection(BeatClasses classes, RecordSplit split, int maxPerClass, long seed, boolean alignToDetector, boolean unitRms,
                         java.util.Set<String> validationRecords) {
            this(classes, split, maxPerClass, seed, alignToDetector, unitRms, validationRecords, false);
        }
    }

    /** Fewer unseen beats than this give no AUROC worth reporting. */
    static final int MIN_UNSEEN = 10;

    /** Validation's share of the training records' beats (inter-patient). */
    static final double VALIDATION_SHARE = 0.2;

    /**
     * A data set from real records. Inter-patient: beats of trained classes in DS1 records train (80 %) and validate
     * (20 %, by beat, stratified; or, with validation records, those records' beats validate and the others train),
     * every beat of trained classes in DS2 records tests; the unseen class's beats all test,
     * whichever record they are in (never trained on, so no patient's beat of it leaks). Intra-patient: each class split
     * 60/20/20 by beat. The cap is a seeded sample per class, not the first beats in record order, which would favour
     * the records read first.
     */
    public static EcgDataset fromRecords(List<EcgRecord> records, Selection s, String source) {
        BeatClasses classes = s.classes();
        if (s.split() == RecordSplit.INTER_PATIENT)
            for (EcgRecord r : records)
                if (!RecordSplit.known(r.name()))
                    throw new memcim.core.InputException(source + ": record " + r.name(),
                            "an MIT-BIH Arrhythmia Database record (the inter-patient split assigns each by name; --split intra splits "
                                    + "other records by beat)", "'" + r.name() + "'");
        List<Beat> beats = new ArrayList<>();
        collect(records, classes, s.alignToDetector(), false, s.unitRms(), label -> false, beats::add);
        SplittableRandom rng = new SplittableRandom(s.seed());
        List<List<Integer>> parts;
        if (s.split() == RecordSplit.INTRA_PATIENT) {
            parts = byBeat(beats, capped(beats, classes, s.maxPerClass(), rng, b -> true), classes, rng, 0.6, 0.2);
        } else {
            if (s.validationRecords().isEmpty()) {
                List<Integer> trainSide = capped(beats, classes, s.maxPerClass(), rng,
                        b -> !classes.unseen(b.label) && !RecordSplit.testRecord(b.record));
                parts = byBeat(beats, trainSide, classes, rng, 1 - VALIDATION_SHARE, VALIDATION_SHARE);
            } else {
                // validation on patients of its own: what the test asks of the network, without the test
                for (String r : s.validationRecords())
                    if (!RecordSplit.DS1.contains(r))
                        throw new memcim.core.InputException("--validation-records", "training-side (DS1) records of the inter-patient split",
                                "'" + r + "'");
                List<Integer> train = capped(beats, classes, s.maxPerClass(), rng, b -> !classes.unseen(b.label)
                        && !RecordSplit.testRecord(b.record) && !s.validationRecords().contains(b.record));
                List<Integer> val = capped(beats, classes, s.maxPerClass(), rng, b -> !classes.unseen(b.label)
                        && s.validationRecords().contains(b.record));
                parts = List.of(new ArrayList<>(train), new ArrayList<>(val), new ArrayList<>());
            }
            for (int i = 0; i < beats.size(); i++) {
                Beat b = beats.get(i);
                if (classes.unseen(b.label) || RecordSplit.testRecord(b.record)) parts.get(2).add(i);
            }
        }
        EcgDataset d = assemble(beats, parts, classes, rng, source + "; " + s.split().description(), s.seed(), s.invertedCodes()).data();
        int unseen = d.test().countPerClass()[BeatClasses.TRAINED];
        if (unseen < MIN_UNSEEN)
            throw new memcim.core.InputException(source, "at least " + MIN_UNSEEN + " beats of the unseen class '" + classes.unseenSymbol()
                    + "' (" + classes.description(BeatClasses.TRAINED) + ")", unseen + " in " + records.size() + " records");
        return d;
    }

    /** One beat: its features (and window, when kept), label, origin and record. */
    private static final class Beat {
        final double[] features, window;
        final int label;
        final String origin, record;

        Beat(double[] features, double[] window, int label, String origin, String record) {
            this.features = features;
            this.window = window;
            this.label = label;
            this.origin = origin;
            this.record = record;
        }
    }

    /** Every beat of the table's classes with a full window, unless {@code full} says its class has enough (checked before the FFT). */
    private static void collect(List<EcgRecord> records, BeatClasses classes, boolean alignToDetector, boolean windows,
                                boolean unitRms, java.util.function.IntPredicate full, java.util.function.Consumer<Beat> add) {
        for (EcgRecord r : records) {
            int[] peaks = alignToDetector ? RPeakDetector.detect(r) : null;
            int tolerance = (int) Math.round(0.1 * r.samplingHz());
            for (BeatAnnotation a : r.beats()) {
                var c = classes.label(a.symbol());
                if (c.isEmpty() || full.test(c.getAsInt())) continue;
                int sample = peaks == null ? a.sample() : RPeakDetector.nearest(peaks, a.sample(), tolerance);
                double[] w = BeatFeatures.window(r, sample);
                if (w == null) continue;
                double[] f = new double[BeatFeatures.FEATURES];
                BeatFeatures.features(w, f, 0, unitRms);
                add.accept(new Beat(f, windows ? w : null, c.getAsInt(), r.name() + ":" + a.sample(), r.name()));
            }
        }
    }

    /** Rows of {@code beats} that {@code eligible} picks, at most {@code max} of each class (a seeded sample; 0: all). */
    private static List<Integer> capped(List<Beat> beats, BeatClasses classes, int max, SplittableRandom rng,
                                        java.util.function.Predicate<Beat> eligible) {
        List<Integer> out = new ArrayList<>();
        for (int k = 0; k < classes.size(); k++) {
            final int cls = k;
            int[] rows = IntStream.range(0, beats.size()).filter(i -> beats.get(i).label == cls && eligible.test(beats.get(i))).toArray();
            int cap = max == 0 ? rows.length : classes.unseen(k) ? SyntheticEcg.unseenBeats(max) : max;
            if (rows.length > cap) shuffle(rows, rng);
            for (int i = 0; i < Math.min(cap, rows.length); i++) out.add(rows[i]);
        }
        out.sort(null);
        return out;
    }
    /** Train, validation and test rows: each class's beats shuffled and split by the shares; the unseen class tests only. */
    private static List<List<Integer>> byBeat(List<Beat> beats, BeatClasses classes, SplittableRandom rng, double train, double validation) {
        return byBeat(beats, IntStream.range(0, beats.size()).boxed().toList(), classes, rng, train, validation);
    }

    private static List<List<Integer>> byBeat(List<Beat> beats, List<Integer> among, BeatClasses classes, SplittableRandom rng,
                                              double trainShare, double validationShare) {
        List<List<Integer>> parts = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int k = 0; k < classes.size(); k++) {
            final int cls = k;
            int[] rows = among.stream().mapToInt(Integer::intValue).filter(i -> beats.get(i).label == cls).toArray();
            shuffle(rows, rng);
            if (classes.unseen(k)) {
                for (int i : rows) parts.get(2).add(i);
                continue;
            }
            int nTrain = (int) Math.round(rows.length * trainShare), nVal = (int) Math.round(rows.length * validationShare);
            for (int i = 0; i < rows.length; i++) parts.get(i < nTrain ? 0 : i < nTrain + nVal ? 1 : 2).add(rows[i]);
        }
        return parts;
    }

    /** The quantiser fitted on the training rows, each split's codes in a seeded order. */
    private static WithWindows assemble(List<Beat> beats, List<List<Integer>> parts, BeatClasses classes, SplittableRandom rng,
                                        String source, long seed, boolean invertedCodes) {
        List<Integer> train = parts.get(0), val = parts.get(1), test = parts.get(2);
        if (train.isEmpty() || val.isEmpty())
            throw new memcim.core.InputException(source, "training and validation beats of the trained classes",
                    train.size() + " training and " + val.size() + " validation beats (" + beats.size()
                            + " beats of the classes " + classes.describe() + " in the records)");
        FeatureQuantiser q = FeatureQuantiser.fit(flatten(beats, train), train.size(), BeatFeatures.FEATURES);
        if (invertedCodes) q = q.invertedCodes();
        int[][] orders = {shuffled(train, rng), shuffled(val, rng), shuffled(test, rng)};
        BeatSet[] sets = new BeatSet[3];
        double[][][] w = new double[3][][];
        for (int k = 0; k < 3; k++) {
            int[] order = orders[k];
            sets[k] = new BeatSet(q.quantise(flatten(beats, IntStream.of(order).boxed().toList()), order.length),
                    IntStream.of(order).map(i -> beats.get(i).label).toArray(),
                    IntStream.of(order).mapToObj(i -> beats.get(i).origin).toArray(String[]::new));
            w[k] = IntStream.of(order).mapToObj(i -> beats.get(i).window).toArray(double[][]::new);
        }
        return new WithWindows(new EcgDataset(sets[0], sets[1], sets[2], q, classes, source, seed), w[0], w[1], w[2]);
    }

    private static int[] shuffled(List<Integer> rows, SplittableRandom rng) {
        int[] order = rows.stream().mapToInt(Integer::intValue).toArray();
        shuffle(order, rng);
        return order;
    }

    private static double[] flatten(List<Beat> beats, List<Integer> rows) {
        int w = BeatFeatures.FEATURES;
        double[] out = new double[rows.size() * w];
        for (int i = 0; i < rows.size(); i++) System.arraycopy(beats.get(rows.get(i)).features, 0, out, i * w, w);
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
