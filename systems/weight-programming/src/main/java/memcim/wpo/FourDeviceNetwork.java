package memcim.wpo;

import java.util.SplittableRandom;
import memcim.device.DeviceModel;
import memcim.device.ProgrammedArray;
import memcim.device.array.TiledCrossbar;
import memcim.mapping.DriftCompensation;
import memcim.mapping.WeightConverter;

/**
 * A trained network on four-device crossbars: every layer's weights, in units of the layer's largest |w|, encoded by
 * one converter into G⁺, G⁻, g⁺, g⁻ and laid out as {@link FourDeviceLayout} says (2 rows × 2 columns per weight, the
 * MSP row driven at F times the LSP row's voltage), programmed on the device, read at a time after programming
 * through the tiles' wires, decoded and drift compensated against a calibration read at t₀.
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

    /** Layer l's target conductances, 2·inputs × 2·outputs ({@link FourDeviceLayout}). */
    public double[][] targets(int l) {
        double[][] w = network.layer(l);
        double scale = network.maxAbs(l);
        double[][] unit = new double[w.length][w[0].length];
        for (int i = 0; i < w.length; i++) for (int j = 0; j < w[i].length; j++) unit[i][j] = w[i][j] / scale;
        return FourDeviceLayout.place(converter, unit);
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
        double[][] w = FourDeviceLayout.weights(converter, g);
        double scale = network.maxAbs(l);
        for (double[] row : w) for (int j = 0; j < row.length; j++) row[j] *= scale;
        return w;
    }
}
