package memcim.wpo;

import java.util.SplittableRandom;
import memcim.device.DeviceModel;
import memcim.device.ProgrammedArray;
import memcim.mapping.DriftCompensation;
import memcim.mapping.WeightConverter;

/**
 * A trained network on four-device crossbars: every layer's weights, in units of the layer's largest |w|, encoded by
 * one converter into G⁺, G⁻, g⁺, g⁻ side by side (rows × 4·outputs), programmed on the device, read at a time after
 * programming through the tiles' wires, decoded and drift compensated against a calibration read at t₀.
 */
public final class FourDeviceNetwork {
    private final TrainedNetwork network;
    private final WeightConverter converter;
    private final DeviceModel device;
    private final TiledCrossbar tiles;
    private final DriftCompensation compensation;

    public FourDeviceNetwork(TrainedNetwork network, WeightConverter converter, DeviceModel device, TiledCrossbar tiles,
                             DriftCompensation compensation) {
        if (converter.cellsPerWeight() != 4)
            throw new IllegalArgumentException("a four-device converter, got " + converter.cellsPerWeight() + " cells per weight");
        this.network = network;
        this.converter = converter;
        this.device = device;
        this.tiles = tiles;
        this.compensation = compensation;
    }

    /** Layer l's target conductances, rows × 4·outputs. */
    public double[][] targets(int l) {
        double[][] w = network.layer(l);
        double scale = network.maxAbs(l);
        double[][] t = new double[w.length][4 * w[0].length];
        for (int i = 0; i < w.length; i++) {
            for (int j = 0; j < w[i].length; j++) System.arraycopy(converter.encode(w[i][j] / scale), 0, t[i], 4 * j, 4);
        }
        return t;
    }

    /** One programming of every layer (its own draws from {@code seed}). */
    public ProgrammedArray[] program(long seed) {
        ProgrammedArray[] a = new ProgrammedArray[network.shape().layers()];
        for (int l = 0; l < a.length; l++) a[l] = ProgrammedArray.programTargets(device, targets(l), seed * 31 + l);
        return a;
    }

    /** The calibration read: every layer's weights at t₀, no read noise (a calibration averages many reads). */
    public double[][][] calibration(ProgrammedArray[] arrays) {
        double t0 = device.card().measurementSeconds();
        double[][][] w = new double[arrays.length][][];
        for (int l = 0; l < arrays.length; l++) w[l] = decode(l, tiles.effective(arrays[l].conductancesAt(t0)));
        return w;
    }

    /** The network's flat weights read {@code seconds} after t₀ (drift, read noise, wires), drift compensated. */
    public double[] weightsAt(ProgrammedArray[] arrays, double[][][] calibration, double seconds, SplittableRandom reads) {
        double t0 = device.card().measurementSeconds();
        double[] flat = new double[network.shape().weights()];
        for (int l = 0; l < arrays.length; l++) {
            double[][] w = compensation.apply(calibration[l], decode(l, tiles.effective(arrays[l].readAt(t0 + seconds, reads))));
            int cols = w[0].length, off = network.shape().offset(l);
            for (int i = 0; i < w.length; i++) System.arraycopy(w[i], 0, flat, off + i * cols, cols);
        }
        return flat;
    }

    private double[][] decode(int l, double[][] g) {
        double scale = network.maxAbs(l);
        double[][] w = new double[g.length][g[0].length / 4];
        for (int i = 0; i < w.length; i++)
            for (int j = 0; j < w[i].length; j++) w[i][j] = converter.decode(g[i], 4 * j) * scale;
        return w;
    }
}
