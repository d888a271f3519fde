package memcim.networks;

/**
 * M network samples that each give class probabilities for a beat: the software BNN (M weight draws),
 * the conventional network (M = 1) and the programmed network (M conductance draws) alike. Work happens
 * in a {@link Worker}, which owns its scratch arrays: one per thread.
 */
public interface SampledClassifier {
    int samples();

    NetworkShape shape();

    Worker worker();

    interface Worker {
        /** Softmax probabilities of network sample {@code sample} for beat {@code row} of {@code codes}, into {@code out}. */
        void probabilities(int sample, byte[] codes, int row, double[] out);
    }
}
