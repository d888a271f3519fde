package memcim.transfer.mcmc;

/**
 * The kept draws of every chain, {@code draws[chain][draw][coordinate]}, with what each chain's kernel did:
 * mean acceptance probability after warm-up, final step size, divergences, density evaluations.
 */
public record McmcRun(String kernel, double[][][] draws, double[] acceptance, double[] stepSize, long[] divergences,
                      long evaluations, double seconds) {

    public int chains() { return draws.length; }

    public int drawsPerChain() { return draws[0].length; }

    public int dimension() { return draws[0][0].length; }

    /** One coordinate's draws, {@code [chain][draw]}. */
    public double[][] coordinate(int k) {
        double[][] out = new double[chains()][drawsPerChain()];
        for (int c = 0; c < chains(); c++) for (int s = 0; s < drawsPerChain(); s++) out[c][s] = draws[c][s][k];
        return out;
    }

    /** All chains' draws one after another: S × Q. */
    public double[][] pooled() {
        double[][] out = new double[chains() * drawsPerChain()][];
        int r = 0;
        for (double[][] chain : draws) for (double[] d : chain) out[r++] = d.clone();
        return out;
    }

    public double meanAcceptance() {
        double a = 0;
        for (double v : acceptance) a += v;
        return a / acceptance.length;
    }

    public long totalDivergences() {
        long n = 0;
        for (long v : divergences) n += v;
        return n;
    }
}
