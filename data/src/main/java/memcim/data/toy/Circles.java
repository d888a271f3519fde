package memcim.data.toy;

import memcim.core.InputException;

/**
 * Two concentric circles about the origin: class 0 on the circle of radius 1, class 1 on the circle of
 * radius {@code innerRadius} (0 < innerRadius < 1), at an angle uniform in [0, 2π). Separable only by a
 * curved boundary.
 */
public final class Circles {
    private Circles() {}

    public static LabelledPoints sample(int points, double innerRadius, double noise, long seed) {
        if (!(innerRadius > 0 && innerRadius < 1))
            throw new InputException("innerRadius", "a radius between 0 and 1 (the outer circle's)", String.valueOf(innerRadius));
        return PointSampler.sample(points, 2, noise, seed, (label, rng, out) -> {
            double r = label == 0 ? 1 : innerRadius, t = 2 * Math.PI * rng.nextDouble();
            out[0] = r * Math.cos(t);
            out[1] = r * Math.sin(t);
        });
    }
}
