package memcim.transfer.posterior;

import java.util.List;
import java.util.SplittableRandom;
import memcim.data.toy.CodedPoints;
import memcim.data.toy.LabelledPoints;
import memcim.data.toy.PlaneCoding;
import memcim.data.toy.TwoMoons;
import memcim.networks.NetworkShape;

/**
 * The acceptance task, in one place so the test, {@code memcim bench mcmc} and the docs measure the same
 * thing: two moons (noise 0.1), 200 training points drawn with the seed, 1,000 fresh test points from a seed
 * derived from it, coded by {@link PlaneCoding} over the training points' box widened by 10 % with 6-bit codes, and
 * the network 3 → 12 → 2 (3-bit hidden codes, hidden step 8: an input code of 63 times a weight of 0.5 is about
 * 4 hidden steps, the middle of the code range).
 */
public record MoonsTask(NetworkShape shape, PlaneCoding coding, CodedPoints train, CodedPoints test, CodedPoints grid) {
    public static final int TRAIN_POINTS = 200, TEST_POINTS = 1000, INPUT_BITS = 6, HIDDEN = 12;
    public static final double NOISE = 0.1;

    public static MoonsTask standard(long seed) {
        return of(TRAIN_POINTS, TEST_POINTS, seed);
    }

    public static MoonsTask of(int trainPoints, int testPoints, long seed) {
        LabelledPoints train = TwoMoons.sample(trainPoints, NOISE, seed);
        // the test seed is a hash of the seed, not seed + 1, so no run's test set is another run's training set
        LabelledPoints test = TwoMoons.sample(testPoints, NOISE, new SplittableRandom(seed).nextLong());
        PlaneCoding coding = PlaneCoding.around(train, 0.1, INPUT_BITS);
        NetworkShape shape = new NetworkShape(List.of(PlaneCoding.WIDTH, HIDDEN, 2), INPUT_BITS, 3, 8);
        return new MoonsTask(shape, coding, coding.code(train), coding.code(test), coding.grid());
    }
}
