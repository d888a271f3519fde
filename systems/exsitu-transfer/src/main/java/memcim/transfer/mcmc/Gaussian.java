package memcim.transfer.mcmc;

import java.util.SplittableRandom;

/** Standard normal draws from a seeded generator (polar Box–Muller, no cached second value: same seed, same draws). */
final class Gaussian {
    private Gaussian() {}

    static double next(SplittableRandom rng) {
        double u, v, s;
        do {
            u = 2 * rng.nextDouble() - 1;
            v = 2 * rng.nextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        return u * Math.sqrt(-2 * Math.log(s) / s);
    }
}
