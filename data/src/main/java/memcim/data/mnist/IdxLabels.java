package memcim.data.mnist;

/** One label a sample from an IDX label file: {@code labels[i]} is the class of sample i, 0..255 as stored. */
public record IdxLabels(byte[] labels) {
    public int count() { return labels.length; }

    public int label(int i) { return labels[i] & 0xFF; }

    /** How many samples carry each label 0..classes−1; a label outside that range is a caller's error. */
    public int[] histogram(int classes) {
        int[] n = new int[classes];
        for (int i = 0; i < labels.length; i++) {
            int label = label(i);
            if (label >= classes) throw new IllegalArgumentException("label " + label + " of sample " + i + " is not below " + classes);
            n[label]++;
        }
        return n;
    }
}
