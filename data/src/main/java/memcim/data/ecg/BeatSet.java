package memcim.data.ecg;

import java.util.Arrays;
import memcim.data.CodedSamples;

/**
 * Quantised beats: {@code codes[i·32 + j]} is the 3-bit code (0–7) of feature j of beat i, and
 * {@code labels[i]} the label of its class ({@link BeatClasses}: 0–8 trained, 9 unseen). Flat arrays so training loops run without objects.
 * {@code origins[i]} says where the beat came from (record and sample) for traceability.
 */
public record BeatSet(byte[] codes, int[] labels, String[] origins) implements CodedSamples {
    public static final int WIDTH = BeatFeatures.FEATURES;

    public BeatSet {
        if (codes.length != labels.length * WIDTH || origins.length != labels.length)
            throw new IllegalArgumentException("inconsistent beat set sizes");
    }

    @Override
    public int size() { return labels.length; }

    @Override
    public int width() { return WIDTH; }

    public BeatSet subset(int[] rows) {
        byte[] c = new byte[rows.length * WIDTH];
        int[] l = new int[rows.length];
        String[] o = new String[rows.length];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(codes, rows[i] * WIDTH, c, i * WIDTH, WIDTH);
            l[i] = labels[rows[i]];
            o[i] = origins[rows[i]];
        }
        return new BeatSet(c, l, o);
    }

    /** Beats of the trained classes only (or only of the unseen class). */
    public BeatSet select(boolean unseen) {
        return subset(java.util.stream.IntStream.range(0, size())
                .filter(i -> (labels[i] >= BeatClasses.TRAINED) == unseen).toArray());
    }

    /** {@code n} beats spread evenly over the set (every k-th), all of them when there are no more. */
    public BeatSet spread(int n) {
        int size = Math.min(n, size());
        int[] rows = new int[size];
        for (int i = 0; i < size; i++) rows[i] = (int) ((long) i * size() / size);
        return subset(rows);
    }

    /**
     * A class-balanced sample of {@code total} beats, as the published chip's 1,000 test beats: an equal share of each
     * class present, a class with fewer beats giving all it has and the others filling its shortfall evenly; drawn by the
     * seed, in a seeded order. All beats when there are no more than {@code total}.
     */
    public BeatSet balanced(int total, long seed) {
        if (size() <= total) return this;
        java.util.SplittableRandom rng = new java.util.SplittableRandom(seed);
        int classes = BeatClasses.TRAINED + 1;
        int[][] rows = new int[classes][];
        for (int k = 0; k < classes; k++) {
            final int cls = k;
            rows[k] = java.util.stream.IntStream.range(0, size()).filter(i -> labels[i] == cls).toArray();
            DatasetBuilder.shuffle(rows[k], rng);
        }
        int[] take = new int[classes];
        for (int left = total; left > 0; ) {
            int open = 0;
            for (int k = 0; k < classes; k++) if (take[k] < rows[k].length) open++;
            int share = Math.max(1, left / open);
            for (int k = 0; k < classes && left > 0; k++) {
                int add = Math.min(Math.min(share, rows[k].length - take[k]), left);
                take[k] += add;
                left -= add;
            }
        }
        int[] out = new int[total];
        int n = 0;
        for (int k = 0; k < classes; k++) for (int i = 0; i < take[k]; i++) out[n++] = rows[k][i];
        DatasetBuilder.shuffle(out, rng);
        return subset(out);
    }

    public int[] countPerClass() {
        int[] n = new int[BeatClasses.TRAINED + 1];
        for (int l : labels) n[l]++;
        return n;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BeatSet b && Arrays.equals(codes, b.codes) && Arrays.equals(labels, b.labels)
                && Arrays.equals(origins, b.origins);
    }

    @Override
    public int hashCode() { return Arrays.hashCode(codes) * 31 + Arrays.hashCode(labels); }
}
