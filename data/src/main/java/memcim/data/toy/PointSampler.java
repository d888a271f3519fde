package memcim.data.toy;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import memcim.core.InputException;

/**
 * What the 2-D tasks share: the classes get equal shares of the points (the first {@code points % classes}
 * classes one more), each point is drawn on its class's curve, Gaussian noise of σ = {@code noise} is added
 * to each coordinate, and the order is shuffled so that any prefix is a fair sample. One
 * {@link SplittableRandom} of the seed draws everything, in that order: same seed, same points.
 */
final class PointSampler {
    /** A class's noise-free curve: writes one point of class {@code label} into {@code out[0..1]}. */
    interface Curve {
        void draw(int label, RandomGenerator rng, double[] out);
    }

    private PointSampler() {}

    static LabelledPoints sample(int points, int classes, double noise, long seed, Curve curve) {
        if (points < classes) throw new InputException("points", "at least " + classes + " (one a class)", String.valueOf(points));
        if (!(noise >= 0) || Double.isInfinite(noise)) throw new InputException("noise", "a finite σ >= 0", String.valueOf(noise));
        SplittableRandom rng = new SplittableRandom(seed);
        double[] xy = new double[2 * points];
        int[] labels = new int[points];
        double[] p = new double[2];
        int i = 0;
        for (int label = 0; label < classes; label++) {
            int share = points / classes + (label < points % classes ? 1 : 0);
            for (int k = 0; k < share; k++, i++) {
                curve.draw(label, rng, p);
                xy[2 * i] = p[0] + noise * rng.nextGaussian();
                xy[2 * i + 1] = p[1] + noise * rng.nextGaussian();
                labels[i] = label;
            }
        }
        for (int a = points - 1; a > 0; a--) {
            int b = rng.nextInt(a + 1);
            double x = xy[2 * a], y = xy[2 * a + 1];
            xy[2 * a] = xy[2 * b];
            xy[2 * a + 1] = xy[2 * b + 1];
            xy[2 * b] = x;
            xy[2 * b + 1] = y;
            int l = labels[a];
            labels[a] = labels[b];
            labels[b] = l;
        }
        return new LabelledPoints(xy, labels, classes);
    }
}
