package memcim.bnn;

import java.util.SplittableRandom;
import memcim.device.DeviceModel;
import memcim.device.FeasiblePoint;
import memcim.device.ProgrammedArray;

/**
 * M network samples programmed once onto memristor pairs, living in time: per sample and layer one
 * {@link ProgrammedArray} in the chip's layout (row = input, column 2j holding G⁺ and 2j+1 holding G⁻ of output j),
 * each cell one SET draw at the compliance its feasible point names, with its drift coefficient drawn at programming.
 * {@link #atProgramming} is what the arrays hold when programmed (what the chip flow reads); {@link #readAt} is one
 * read of every cell a time after programming, drifted by the card's law with fresh read noise.
 */
public final class ProgrammedCells {
    /** Drift coefficients come from their own stream so that adding drift leaves every conductance draw unchanged. */
    private static final long DRIFT_STREAM = 0x9E3779B97F4A7C15L;

    private final NetworkShape shape;
    private final double gammaSiemens;
    private final double readVolts;
    private final ProgrammedArray[][] arrays;   // [sample][layer]

    private ProgrammedCells(NetworkShape shape, double gammaSiemens, double readVolts, ProgrammedArray[][] arrays) {
        this.shape = shape;
        this.gammaSiemens = gammaSiemens;
        this.readVolts = readVolts;
        this.arrays = arrays;
    }

    /**
     * Programs {@code samples} network samples, by seed: sample s draws its conductances from the s-th split of
     * {@code new SplittableRandom(seed)}, weight after weight (layer by layer, row-major), G⁺ before G⁻.
     */
    public static ProgrammedCells program(NetworkShape shape, DeviceMapping mapping, DeviceModel device, int samples,
                                          long seed, double readVolts) {
        SplittableRandom root = new SplittableRandom(seed);
        SplittableRandom driftRoot = new SplittableRandom(seed ^ DRIFT_STREAM);
        ProgrammedArray[][] arrays = new ProgrammedArray[samples][shape.layers()];
        for (int s = 0; s < samples; s++) {
            SplittableRandom conductances = root.split(), coefficients = driftRoot.split();
            for (int l = 0; l < shape.layers(); l++)
                arrays[s][l] = ProgrammedArray.programCompliance(device, compliances(shape, mapping, l), conductances,
                        coefficients);
        }
        return new ProgrammedCells(shape, mapping.gammaSiemens(), readVolts, arrays);
    }

    private static double[][] compliances(NetworkShape shape, DeviceMapping mapping, int layer) {
        int r = shape.rows(layer), c = shape.cols(layer), off = shape.offset(layer);
        double[][] amps = new double[r][2 * c];
        for (int i = 0; i < r; i++)
            for (int j = 0; j < c; j++) {
                FeasiblePoint p = mapping.points()[off + i * c + j];
                amps[i][2 * j] = p.complianceAmpsPlus();
                amps[i][2 * j + 1] = p.complianceAmpsMinus();
            }
        return amps;
    }

    public int samples() { return arrays.length; }

    public NetworkShape shape() { return shape; }

    public ProgrammedArray array(int sample, int layer) { return arrays[sample][layer]; }

    /** The conductances as programmed (at the card's measurement time), nothing drawn. */
    public ProgrammedNetwork atProgramming() {
        return network((s, l) -> {
            ProgrammedArray a = arrays[s][l];
            double[][] g = new double[a.rows()][a.cols()];
            for (int i = 0; i < g.length; i++)
                for (int j = 0; j < g[i].length; j++) g[i][j] = a.cell(i, j).programmedSiemens();
            return g;
        });
    }

    /**
     * One read of every cell {@code seconds} after programming: each cell's own drift trajectory, with read noise
     * drawn from {@code readSeed} (the same seed and time give the same network).
     */
    public ProgrammedNetwork readAt(double seconds, long readSeed) {
        SplittableRandom noise = new SplittableRandom(readSeed);
        return network((s, l) -> arrays[s][l].readAt(seconds, noise));
    }

    /** Every cell's drifted conductance {@code seconds} after programming, without read noise. */
    public ProgrammedNetwork conductancesAt(double seconds) {
        return network((s, l) -> arrays[s][l].conductancesAt(seconds));
    }

    private interface LayerConductances {
        double[][] of(int sample, int layer);
    }

    private ProgrammedNetwork network(LayerConductances source) {
        int nw = shape.weights();
        double[][] plus = new double[samples()][nw], minus = new double[samples()][nw];
        for (int s = 0; s < samples(); s++)
            for (int l = 0; l < shape.layers(); l++) {
                double[][] g = source.of(s, l);
                int c = shape.cols(l), off = shape.offset(l);
                for (int i = 0; i < g.length; i++)
                    for (int j = 0; j < c; j++) {
                        plus[s][off + i * c + j] = g[i][2 * j];
                        minus[s][off + i * c + j] = g[i][2 * j + 1];
                    }
            }
        return new ProgrammedNetwork(shape, gammaSiemens, readVolts, plus, minus);
    }
}
