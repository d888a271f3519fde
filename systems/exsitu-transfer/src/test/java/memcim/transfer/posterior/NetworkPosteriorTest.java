package memcim.transfer.posterior;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.SplittableRandom;
import memcim.data.toy.CodedPoints;
import memcim.data.toy.LabelledPoints;
import memcim.data.toy.PlaneCoding;
import memcim.data.toy.TwoMoons;
import memcim.networks.NetworkShape;
import org.junit.jupiter.api.Test;

class NetworkPosteriorTest {
    static final NetworkShape SHAPE = new NetworkShape(List.of(3, 6, 2), 6, 3, 8);

    static CodedPoints moons(int n, long seed) {
        LabelledPoints p = TwoMoons.sample(n, 0.1, seed);
        return PlaneCoding.around(p, 0.1, 6).code(p);
    }

    /** The gradient against central differences of the density itself, coordinate by coordinate. */
    @Test
    void gradientIsTheDerivativeOfTheLogDensity() {
        NetworkPosterior post = new NetworkPosterior(SHAPE, moons(40, 1), 0.5);
        SplittableRandom rng = new SplittableRandom(2);
        double[] w = new double[post.dimension()];
        for (int i = 0; i < w.length; i++) w[i] = 0.1 * rng.nextGaussian();
        double[] g = new double[w.length];
        post.logDensity(w, g);
        double h = 1e-6;
        for (int i = 0; i < w.length; i++) {
            double[] up = w.clone(), down = w.clone();
            up[i] += h;
            down[i] -= h;
            double numeric = (post.logDensity(up, null) - post.logDensity(down, null)) / (2 * h);
            assertEquals(numeric, g[i], 1e-4 * Math.max(1, Math.abs(numeric)), "weight " + i);
        }
    }

    /** With no data the density is the prior's: −Σ w²/(2σp²). */
    @Test
    void withoutDataItIsThePrior() {
        CodedPoints none = new CodedPoints(new byte[0], new int[0], 2);
        NetworkPosterior post = new NetworkPosterior(SHAPE, none, 0.5);
        double[] w = new double[post.dimension()];
        w[0] = 1;
        w[5] = -2;
        double[] g = new double[w.length];
        assertEquals(-(1 + 4) / (2 * 0.25), post.logDensity(w, g), 1e-12);
        assertEquals(-1 / 0.25, g[0], 1e-12);
        assertEquals(2 / 0.25, g[5], 1e-12);
    }
}
