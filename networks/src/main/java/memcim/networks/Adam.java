package memcim.networks;

/** Adam (Kingma and Ba 2015) over one flat parameter vector. */
final class Adam implements Optimiser {
    private final double rate;
    private final double beta1 = 0.9;
    private final double beta2 = 0.999;
    private final double epsilon = 1e-8;
    private final double[] m;
    private final double[] v;
    private int t;

    Adam(int size, double rate) {
        this.rate = rate;
        m = new double[size];
        v = new double[size];
    }

    @Override
    public void step(double[] params, double[] grad) {
        t++;
        double c1 = 1 - Math.pow(beta1, t), c2 = 1 - Math.pow(beta2, t);
        for (int i = 0; i < params.length; i++) {
            m[i] = beta1 * m[i] + (1 - beta1) * grad[i];
            v[i] = beta2 * v[i] + (1 - beta2) * grad[i] * grad[i];
            params[i] -= rate * (m[i] / c1) / (Math.sqrt(v[i] / c2) + epsilon);
        }
    }
}
