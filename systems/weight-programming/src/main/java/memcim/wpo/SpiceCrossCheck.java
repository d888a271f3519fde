package memcim.wpo;

import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;
import memcim.device.DeviceModel;
import memcim.device.ProgrammedArray;
import memcim.device.array.CrossbarReadSpec;
import memcim.device.array.FastArrayModel;
import memcim.device.array.TiledCrossbar;
import memcim.mapping.WeightConverter;
import memcim.netlist.crossbar.CrossbarBuilder;
import memcim.netlist.crossbar.CrossbarOptions;
import memcim.netlist.crossbar.CrossbarSession;
import memcim.spice.NgSpice;

/**
 * One programmed four-device array read in ngspice at a time after programming, against the fast array model the
 * accuracy runs use: the tile's cells ({@link FourDeviceLayout}) drifted and read, every input at full scale (MSP rows
 * at F·V, LSP rows at V), the deck from the netlist module's crossbar builder loaded in-process; the column currents of
 * both and the weighted sums Σᵢ Wᵢⱼ they decode to, the fast model's through {@link TiledCrossbar#effective} as in
 * the accuracy runs.
 */
public final class SpiceCrossCheck {
    /** LSP rows' read voltage; the MSP rows get F times it. */
    public static final double READ_VOLTS = 0.1;

    private SpiceCrossCheck() {}

    /** The check's figures: currents in amperes, sums in weight units (÷ the layer's largest |w|). */
    public record Result(int rows, int cols, double seconds, double mspVolts, double maxColumnAmps, double maxAbsErrorAmps,
                         double maxSumError, double maxSum, double[] spiceSums, double[] fastSums) {}

    /**
     * @param unitWeights [inputs][outputs] in units of the layer's largest |w| (one tile's worth)
     * @param seconds     time after t₀ of the read
     */
    public static Result run(WeightConverter converter, DeviceModel device, double[][] unitWeights, TiledCrossbar tiles,
                             double seconds, long seed) {
        double[][] targets = FourDeviceLayout.place(converter, unitWeights);
        ProgrammedArray array = ProgrammedArray.programTargets(device, targets, seed);
        double[][] g = array.readAt(device.card().measurementSeconds() + seconds, new SplittableRandom(seed + 1));
        double f = converter instanceof memcim.mapping.TranslationFunctions t ? t.significance()
                : ((memcim.mapping.MultiPair) converter).significance();
        double[] volts = FourDeviceLayout.rowVolts(unitWeights.length, f, READ_VOLTS);
        var spec = new CrossbarReadSpec(g.length, g[0].length, g, volts, tiles.segmentOhms(), tiles.segmentOhms(), tiles.cellType(),
                Double.POSITIVE_INFINITY, tiles.accessOhms());
        String name = g.length + "x" + g[0].length + " four-device array at " + seconds + " s";
        double[] spice;
        try (CrossbarSession s = CrossbarSession.open(NgSpice.shared(), CrossbarBuilder.build(spec, CrossbarOptions.defaults().title(name),
                Map.of("read", "full-scale input: MSP rows at F*V, LSP rows at V")), name)) {
            spice = s.read(volts);
        }
        double[] fast = FastArrayModel.solve(spec);
        double maxAmps = 0, maxErr = 0;
        for (int j = 0; j < spice.length; j++) {
            maxAmps = Math.max(maxAmps, Math.abs(spice[j]));
            maxErr = Math.max(maxErr, Math.abs(spice[j] - fast[j]));
        }
        double[] spiceSums = FourDeviceLayout.outputs(spice, READ_VOLTS, converter.scaleSiemens());
        double[][] w = FourDeviceLayout.weights(converter, tiles.effective(g));
        double[] fastSums = new double[w[0].length];
        for (double[] row : w) for (int j = 0; j < row.length; j++) fastSums[j] += row[j];
        double maxSumErr = 0, maxSum = 0;
        for (int j = 0; j < fastSums.length; j++) {
            maxSumErr = Math.max(maxSumErr, Math.abs(spiceSums[j] - fastSums[j]));
            maxSum = Math.max(maxSum, Math.abs(spiceSums[j]));
        }
        return new Result(g.length, g[0].length, seconds, f * READ_VOLTS, maxAmps, maxErr, maxSumErr, maxSum, spiceSums, fastSums);
    }

    /** The first tile's worth of a layer's weights, in units of its largest |w|: at most tileRows/2 inputs, tileCols/2 outputs. */
    public static double[][] firstTile(TrainedNetwork net, int layer, TiledCrossbar tiles) {
        double[][] w = net.layer(layer);
        int in = Math.min(w.length, tiles.tileRows() / 2), out = Math.min(w[0].length, tiles.tileCols() / 2);
        double[][] u = new double[in][];
        for (int i = 0; i < in; i++) {
            u[i] = Arrays.copyOf(w[i], out);
            for (int j = 0; j < out; j++) u[i][j] /= net.maxAbs(layer);
        }
        return u;
    }
}
