package memcim.data.toy;

/**
 * Two interleaved half circles of radius 1 (the {@code make_moons} task of scikit-learn): class 0 on the
 * upper half of the circle about (0, 0), class 1 on the lower half of the circle about (1, 0.5). The angle
 * t is uniform in [0, π]: class 0 at (cos t, sin t), class 1 at (1 − cos t, 0.5 − sin t). Not separable by
 * a line, separable by a small network.
 */
public final class TwoMoons {
    private TwoMoons() {}

    public static LabelledPoints sample(int points, double noise, long seed) {
        return PointSampler.sample(points, 2, noise, seed, (label, rng, out) -> {
            double t = Math.PI * rng.nextDouble();
            out[0] = label == 0 ? Math.cos(t) : 1 - Math.cos(t);
            out[1] = label == 0 ? Math.sin(t) : 0.5 - Math.sin(t);
        });
    }
}
