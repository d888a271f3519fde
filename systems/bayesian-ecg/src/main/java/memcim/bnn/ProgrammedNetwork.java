package memcim.bnn;

import memcim.device.DeviceModel;
import memcim.mapping.DifferentialPair;
import memcim.mapping.ProgrammedLayers;
import memcim.networks.Forward;
import memcim.networks.NetworkShape;
import memcim.networks.SampledClassifier;
import memcim.networks.WeightSamples;

/**
 * M network samples as the arrays hold them at one moment: for every sample, layer and weight the conductances
 * G⁺ and G⁻ (siemens) of its two cells. Nothing random happens when they are read; {@link ProgrammedCells} is
 * the programmed chip in time, whose snapshots these are.
 *
 * <p>Array layout (what {@link #arraySiemens} returns): one row per input (word line), two columns per
 * output (bit lines), column 2j holding G⁺ and 2j+1 holding G⁻ of output j (32 × 32 cells and 16 × 18 for the
 * reference network). The software reference of what the chip computes is {@link #columnCurrentsAmps} and
 * {@link #logits}: inputs applied bit-serially (bit b of each code drives its word line at V_read),
 * I = Σ_b 2^b·I_b per output from the differential column currents, activation a = I / (γ·V_read), hidden code
 * clamp(round(a / step), 0, 2^hiddenBits − 1).
 */
public final class ProgrammedNetwork implements SampledClassifier, ProgrammedLayers {
    public static final double DEFAULT_READ_VOLTS = 0.1;

    private final NetworkShape shape;
    private final double gammaSiemens;
    private final double readVolts;
    private final double[][] gPlus;    // [sample][weight], weights flat as in BayesianNetwork
    private final double[][] gMinus;

    public ProgrammedNetwork(NetworkShape shape, double gammaSiemens, double readVolts, double[][] gPlus, double[][] gMinus) {
        this.shape = shape;
        this.gammaSiemens = gammaSiemens;
        this.readVolts = readVolts;
        this.gPlus = gPlus;
        this.gMinus = gMinus;
    }

    /** Programs {@code samples} network samples (two SET draws per weight per sample, by seed), as programmed. */
    public static ProgrammedNetwork program(NetworkShape shape, DeviceMapping mapping, DeviceModel device, int samples,
                                            long seed, double readVolts) {
        return ProgrammedCells.program(shape, mapping, device, samples, seed, readVolts).atProgramming();
    }

    @Override public int samples() { return gPlus.length; }
    @Override public NetworkShape shape() { return shape; }
    public double gammaSiemens() { return gammaSiemens; }
    public double readVolts() { return readVolts; }
    @Override public int layers() { return shape.layers(); }

    public int rows(int layer) { return shape.rows(layer); }
    public int outputs(int layer) { return shape.cols(layer); }
    private int offset(int layer) { return shape.offset(layer); }

    /** G⁺ of a layer of one sample, [input][output], siemens. */
    public double[][] gPlusSiemens(int sample, int layer) { return matrix(gPlus[sample], layer); }

    /** G⁻ of a layer of one sample, [input][output], siemens. */
    public double[][] gMinusSiemens(int sample, int layer) { return matrix(gMinus[sample], layer); }

    /** The whole array of a layer of one sample: [input][2·output + (0 for G⁺, 1 for G⁻)], siemens. */
    @Override
    public double[][] arraySiemens(int sample, int layer) {
        int r = rows(layer), c = outputs(layer), off = offset(layer);
        double[][] a = new double[r][2 * c];
        for (int i = 0; i < r; i++)
            for (int j = 0; j < c; j++) {
                a[i][2 * j] = gPlus[sample][off + i * c + j];
                a[i][2 * j + 1] = gMinus[sample][off + i * c + j];
            }
        return a;
    }

    private double[][] matrix(double[] g, int layer) {
        int r = rows(layer), c = outputs(layer), off = offset(layer);
        double[][] m = new double[r][c];
        for (int i = 0; i < r; i++) System.arraycopy(g, off + i * c, m[i], 0, c);
        return m;
    }

    /**
     * Differential column currents of a layer for input codes applied bit-serially:
     * I_j = Σ_b 2^b · V_read · Σ_i bit_b(x_i)·(G⁺_ij − G⁻_ij), amperes.
     */
    public double[] columnCurrentsAmps(int sample, int layer, int[] codes) {
        int r = rows(layer), c = outputs(layer), off = offset(layer);
        double[] total = new double[c];
        int bits = layer == 0 ? shape.inputBits() : shape.hiddenBits();
        for (int b = 0; b < bits; b++) {
            for (int i = 0; i < r; i++) {
                if (((codes[i] >> b) & 1) == 0) continue;
                int o = off + i * c;
                for (int j = 0; j < c; j++) total[j] += (1 << b) * readVolts * (gPlus[sample][o + j] - gMinus[sample][o + j]);
            }
        }
        return total;
    }

    /** The activation the periphery computes from a column current: a = I / (γ·V_read). */
    public double activation(double currentAmps) {
        return currentAmps / (gammaSiemens * readVolts);
    }

    /** Codes of the last hidden layer of one sample for input codes (the first layer's codes for the reference). */
    public int[] hiddenCodes(int sample, int[] inputCodes) {
        return codesBelow(sample, inputCodes, shape.layers() - 1);
    }

    /** Codes entering layer {@code layer}: the inputs for 0, else the hidden codes the layers below produce. */
    private int[] codesBelow(int sample, int[] inputCodes, int layer) {
        int[] x = inputCodes;
        for (int l = 0; l < layer; l++) {
            double[] i = columnCurrentsAmps(sample, l, x);
            int[] h = new int[i.length];
            for (int j = 0; j < h.length; j++) h[j] = (int) shape.hiddenCode(activation(i[j]), true);
            x = h;
        }
        return x;
    }

    /** Output activations (logits) of one sample for input codes. */
    public double[] logits(int sample, int[] inputCodes) {
        int last = shape.layers() - 1;
        double[] i2 = columnCurrentsAmps(sample, last, codesBelow(sample, inputCodes, last));
        double[] z = new double[i2.length];
        for (int k = 0; k < z.length; k++) z[k] = activation(i2[k]);
        return z;
    }

    /** Class probabilities averaged over all samples (the chip's p̄). */
    public double[] meanProbabilities(int[] inputCodes) {
        double[] mean = new double[shape.outputs()], p = new double[shape.outputs()];
        for (int s = 0; s < samples(); s++) {
            Forward.softmax(logits(s, inputCodes), p);
            for (int k = 0; k < p.length; k++) mean[k] += p[k] / samples();
        }
        return mean;
    }

    /** The sampled weights in network units, (G⁺ − G⁻)/γ: equal to the bit-serial path up to rounding. */
    public WeightSamples asWeights() {
        DifferentialPair pair = DifferentialPair.of(gammaSiemens);
        double[][] w = new double[samples()][shape.weights()];
        for (int s = 0; s < samples(); s++)
            for (int i = 0; i < w[s].length; i++) w[s][i] = pair.decode(gPlus[s][i], gMinus[s][i]);
        return new WeightSamples(shape, w);
    }

    @Override
    public Worker worker() {
        int[] codes = new int[shape.inputs()];
        double[] p = new double[shape.outputs()];
        return (sample, allCodes, row, out) -> {
            for (int i = 0; i < codes.length; i++) codes[i] = allCodes[row * shape.inputs() + i];
            Forward.softmax(logits(sample, codes), p);
            System.arraycopy(p, 0, out, 0, out.length);
        };
    }
}
