package memcim.transfer.mcmc;

/** Where a chain is: the position, its log density and gradient (kept so a rejected move costs nothing). */
public final class ChainState {
    final double[] q;
    final double[] gradient;
    double logDensity;

    ChainState(LogDensity density, double[] start) {
        q = start.clone();
        gradient = new double[q.length];
        logDensity = density.logDensity(q, gradient);
    }

    ChainState(ChainState other) {
        q = other.q.clone();
        gradient = other.gradient.clone();
        logDensity = other.logDensity;
    }

    public double[] position() { return q.clone(); }

    public double logDensity() { return logDensity; }
}
