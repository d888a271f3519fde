package memcim.data.ecg;

import java.util.Arrays;
import memcim.data.CodedSamples;

/**
 * Quantised beats: {@code codes[i·32 + j]} is the 3-bit code (0–7) of feature j of beat i, and
 * {@code labels[i]} the {@link EcgClass} ordinal. Flat arrays so training loops run without objects.
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
                .filter(i -> EcgClass.values()[labels[i]].unseen() == unseen).toArray());
    }

    public int[] countPerClass() {
        int[] n = new int[EcgClass.values().length];
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
