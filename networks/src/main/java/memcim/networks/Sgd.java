package memcim.networks;

/** Plain stochastic gradient descent: θ ← θ − rate·g. */
final class Sgd implements Optimiser {
    private final double rate;

    Sgd(double rate) {
        this.rate = rate;
    }

    @Override
    public void step(double[] params, double[] grad) {
        for (int i = 0; i < params.length; i++) params[i] -= rate * grad[i];
    }
}
