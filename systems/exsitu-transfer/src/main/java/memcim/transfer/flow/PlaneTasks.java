package memcim.transfer.flow;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import memcim.data.toy.LabelledPoints;
import memcim.data.toy.PlaneCoding;
import memcim.data.toy.Spirals;
import memcim.data.toy.TwoMoons;
import memcim.networks.NetworkShape;

/**
 * The illustrative tasks of the plane, where decision boundaries and uncertainty can be drawn: two moons and two
 * spirals with noise, seeded. Test sets hold fresh points of the trained classes and, as an unseen class, points of
 * the plotted plane far from every training point (farther than {@link #FAR} of the box's diagonal): where a
 * Bayesian network should be uncertain about its weights, so the epistemic AUROC says whether it is.
 */
public final class PlaneTasks {
    public static final int TRAIN_POINTS = 200, TEST_POINTS = 1000, FAR_POINTS = 500;
    public static final double NOISE = 0.1;
    /** Input codes per coordinate: 64 × 64 cells on the maps. */
    public static final int INPUT_BITS = 6;
    /** The plotted plane: the training points' box widened by this share of its size on every side. */
    public static final double MARGIN = 0.25;
    /** Far from the data: farther than this share of the box's diagonal from every training point. */
    public static final double FAR = 0.12;

    private PlaneTasks() {}

    /** The network's hidden codes: the reference chip's 3 bits. */
    public static final int HIDDEN_BITS = 3;
    /** Hidden step: an input code of 63 times a weight of 0.5 is about 4 hidden steps, the middle of the code range. */
    public static final double HIDDEN_STEP = 8;

    /** Two moons (noise 0.1), 3 → 12 → 2 (x, y and the bias row; 60 weights, 120 columns of one 128-column array). */
    public static TaskData moons(long seed) {
        return moons(TRAIN_POINTS, TEST_POINTS, seed);
    }

    public static TaskData moons(int trainPoints, int testPoints, long seed) {
        return task("moons", TwoMoons.sample(trainPoints, NOISE, seed), TwoMoons.sample(testPoints, NOISE, testSeed(seed)), 12, seed);
    }

    /** Two spirals of one turn (noise 0.04), 3 → 16 → 2 (80 weights, 160 columns: two arrays side by side). */
    public static TaskData spirals(long seed) {
        double noise = 0.04;
        return task("spirals", Spirals.sample(TRAIN_POINTS, 2, 1.0, noise, seed),
                Spirals.sample(TEST_POINTS, 2, 1.0, noise, testSeed(seed)), 16, seed);
    }

    /** A hash of the seed, not seed + 1, so that no run's test set is another run's training set. */
    private static long testSeed(long seed) {
        return new SplittableRandom(seed).nextLong();
    }

    private static TaskData task(String name, LabelledPoints train, LabelledPoints test, int hidden, long seed) {
        PlaneCoding coding = PlaneCoding.around(train, MARGIN, INPUT_BITS);
        NetworkShape shape = new NetworkShape(List.of(PlaneCoding.WIDTH, hidden, train.classes()), INPUT_BITS, HIDDEN_BITS, HIDDEN_STEP);
        LabelledPoints withFar = withFarPoints(test, train, coding, new SplittableRandom(testSeed(seed)).nextLong());
        return new TaskData(name, shape, coding.code(train), coding.code(withFar), train.classes(),
                new TaskData.Plane(coding, coding.grid(), train));
    }

    /** The test points followed by {@link #FAR_POINTS} uniform points of the plane far from the data, of class {@code classes}. */
    static LabelledPoints withFarPoints(LabelledPoints test, LabelledPoints train, PlaneCoding c, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        List<double[]> kept = new ArrayList<>();
        for (int tries = 0; kept.size() < FAR_POINTS && tries < 1000 * FAR_POINTS; tries++) {
            double x = c.xMin() + (c.xMax() - c.xMin()) * rng.nextDouble(), y = c.yMin() + (c.yMax() - c.yMin()) * rng.nextDouble();
            if (farFromData(train, c, x, y)) kept.add(new double[] {x, y});
        }
        int n = test.size() + kept.size();
        double[] xy = new double[2 * n];
        int[] labels = new int[n];
        System.arraycopy(test.xy(), 0, xy, 0, test.xy().length);
        System.arraycopy(test.labels(), 0, labels, 0, test.size());
        for (int i = 0; i < kept.size(); i++) {
            xy[2 * (test.size() + i)] = kept.get(i)[0];
            xy[2 * (test.size() + i) + 1] = kept.get(i)[1];
            labels[test.size() + i] = test.classes();
        }
        return new LabelledPoints(xy, labels, test.classes() + 1);
    }

    /** Whether (x, y) lies farther than {@link #FAR} of the box's diagonal from every training point. */
    static boolean farFromData(LabelledPoints train, PlaneCoding c, double x, double y) {
        return nearest(train, x, y) > FAR * Math.hypot(c.xMax() - c.xMin(), c.yMax() - c.yMin());
    }

    private static double nearest(LabelledPoints p, double x, double y) {
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < p.size(); i++) best = Math.min(best, Math.hypot(p.x(i) - x, p.y(i) - y));
        return best;
    }
}
