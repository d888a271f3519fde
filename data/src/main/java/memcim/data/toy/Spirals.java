package memcim.data.toy;

import memcim.core.InputException;

/**
 * Interleaved Archimedean spirals, one class an arm: arm k is r = a·θ turned by φ_k = 2πk/arms, i.e. the
 * point (a·θ·cos(θ + φ_k), a·θ·sin(θ + φ_k)) for θ uniform in [0, 2π·turns], with a = 1/(2π·turns) so that
 * every arm ends at radius 1. More arms and more turns make the task harder.
 */
public final class Spirals {
    private Spirals() {}

    public static LabelledPoints sample(int points, int arms, double turns, double noise, long seed) {
        if (arms < 2) throw new InputException("arms", "at least 2 (one class an arm)", String.valueOf(arms));
        if (!(turns > 0) || Double.isInfinite(turns)) throw new InputException("turns", "a finite number of turns > 0", String.valueOf(turns));
        double thetaMax = 2 * Math.PI * turns, a = 1 / thetaMax;
        return PointSampler.sample(points, arms, noise, seed, (label, rng, out) -> {
            double theta = thetaMax * rng.nextDouble(), phi = 2 * Math.PI * label / arms;
            out[0] = a * theta * Math.cos(theta + phi);
            out[1] = a * theta * Math.sin(theta + phi);
        });
    }
}
