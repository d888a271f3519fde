package memcim.data.toy;

import java.util.Arrays;

/**
 * Points of the plane with a class each: point i is ({@code xy[2i]}, {@code xy[2i+1]}) of class
 * {@code labels[i]} in 0..classes−1. Flat arrays, like the other data sets, so training loops need no objects.
 */
public record LabelledPoints(double[] xy, int[] labels, int classes) {
    public LabelledPoints {
        if (xy.length != 2 * labels.length) throw new IllegalArgumentException(xy.length + " coordinates for " + labels.length + " labels");
        for (int l : labels) if (l < 0 || l >= classes) throw new IllegalArgumentException("label " + l + " of " + classes + " classes");
    }

    public int size() { return labels.length; }

    public double x(int i) { return xy[2 * i]; }

    public double y(int i) { return xy[2 * i + 1]; }

    public int[] countPerClass() {
        int[] n = new int[classes];
        for (int l : labels) n[l]++;
        return n;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LabelledPoints p && p.classes == classes && Arrays.equals(xy, p.xy) && Arrays.equals(labels, p.labels);
    }

    @Override
    public int hashCode() { return Arrays.hashCode(xy) * 31 + Arrays.hashCode(labels); }
}
