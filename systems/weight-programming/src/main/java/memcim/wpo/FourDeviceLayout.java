package memcim.wpo;

import memcim.mapping.WeightConverter;

/**
 * Where a weight's four cells sit on the array: input i drives two rows, 2i (the MSP pair, at F·V) and 2i + 1 (the
 * LSP pair, at V); output j senses two columns, 2j (the + cells G⁺, g⁺) and 2j + 1 (the − cells G⁻, g⁻). The current
 * difference of columns 2j and 2j + 1 is then V·Σᵢ xᵢ·[F·(G⁺ − G⁻) + (g⁺ − g⁻)] = V·γ·Σᵢ xᵢ·Wᵢⱼ: F is realised as a
 * scaled read voltage on the MSP rows and the sum needs no digital recombination.
 */
public final class FourDeviceLayout {
    private FourDeviceLayout() {}

    /** The cell conductances of weights [inputs][outputs] (in the converter's units): [2·inputs][2·outputs]. */
    public static double[][] place(WeightConverter converter, double[][] weights) {
        int in = weights.length, out = weights[0].length;
        double[][] g = new double[2 * in][2 * out];
        for (int i = 0; i < in; i++) {
            for (int j = 0; j < out; j++) {
                double[] c = converter.encode(weights[i][j]);   // G⁺, G⁻, g⁺, g⁻
                g[2 * i][2 * j] = c[0];
                g[2 * i][2 * j + 1] = c[1];
                g[2 * i + 1][2 * j] = c[2];
                g[2 * i + 1][2 * j + 1] = c[3];
            }
        }
        return g;
    }

    /** The weights the (effective) conductances of {@link #place}'s layout encode. */
    public static double[][] weights(WeightConverter converter, double[][] g) {
        int in = g.length / 2, out = g[0].length / 2;
        double[][] w = new double[in][out];
        double[] c = new double[4];
        for (int i = 0; i < in; i++) {
            for (int j = 0; j < out; j++) {
                c[0] = g[2 * i][2 * j];
                c[1] = g[2 * i][2 * j + 1];
                c[2] = g[2 * i + 1][2 * j];
                c[3] = g[2 * i + 1][2 * j + 1];
                w[i][j] = converter.decode(c, 0);
            }
        }
        return w;
    }

    /** Row voltages of a full-scale read (every input at 1): F·V on the MSP rows, V on the LSP rows. */
    public static double[] rowVolts(int inputs, double significance, double volts) {
        double[] v = new double[2 * inputs];
        for (int i = 0; i < inputs; i++) {
            v[2 * i] = significance * volts;
            v[2 * i + 1] = volts;
        }
        return v;
    }

    /** Output j's current: column 2j minus column 2j + 1, per volt of the LSP rows, over γ: the weighted sum Σᵢ xᵢ·Wᵢⱼ. */
    public static double[] outputs(double[] columnAmps, double volts, double scaleSiemens) {
        double[] y = new double[columnAmps.length / 2];
        for (int j = 0; j < y.length; j++) y[j] = (columnAmps[2 * j] - columnAmps[2 * j + 1]) / (volts * scaleSiemens);
        return y;
    }
}
