package memcim.bnn;

import java.util.SplittableRandom;
import memcim.core.InputException;
import memcim.device.DeviceModel;
import memcim.device.ProgrammedArray;
import memcim.mapping.DifferentialPair;
import memcim.mapping.ProgrammingPlan;
import memcim.mapping.WeightConverter;
import memcim.networks.NetworkShape;
import memcim.networks.WeightSamples;

/**
 * M network samples programmed once from a {@link ProgrammingPlan}, living in time: per sample and layer one
 * {@link ProgrammedArray} in the chip's layout (row = input, the cells of output j's weight in columns
 * {@link WeightConverter#column converter.column(j, k)}: for the reference chip's {@link DifferentialPair} column 2j
 * holding G⁺ and 2j+1 holding G⁻), each cell programmed as the plan says (one SET at a compliance, or to a target
 * conductance), with its drift coefficient drawn at programming. {@link #atProgramming} is what the arrays hold when
 * programmed (what the chip flow reads); {@link #readAt} is one read of every cell a time after programming, drifted by
 * the card's law with fresh read noise. {@link #weightsAt} decodes any converter's cells into weights.
 */
public final class ProgrammedCells {
    /** Drift coefficients come from their own stream so that adding drift leaves every conductance draw unchanged. */
    private static final long DRIFT_STREAM = 0x9E3779B97F4A7C15L;

    private final NetworkShape shape;
    private final WeightConverter converter;
    private final double readVolts;
    private final ProgrammedArray[][] arrays;   // [sample][layer]

    private ProgrammedCells(NetworkShape shape, WeightConverter converter, double readVolts, ProgrammedArray[][] arrays) {
        this.shape = shape;
        this.converter = converter;
        this.readVolts = readVolts;
        this.arrays = arrays;
    }

    /**
     * The reference chip's programming: {@code samples} network samples of the mapping's plan ({@link DeviceMapping#plan}),
     * one SET per cell at its feasible point's compliances; see {@link #program(NetworkShape, ProgrammingPlan, DeviceModel, long, double)}.
     */
    public static ProgrammedCells program(NetworkShape shape, DeviceMapping mapping, DeviceModel device, int samples,
                                          long seed, double readVolts) {
        return program(shape, mapping.plan(samples), device, seed, readVolts);
    }

    /**
     * Programs every sample of the plan, by seed: sample s draws its conductances from the s-th split of
     * {@code new SplittableRandom(seed)}, weight after weight (layer by layer, row-major), the cells of a weight in the
     * converter's order (G⁺ before G⁻ for a pair).
     */
    public static ProgrammedCells program(NetworkShape shape, ProgrammingPlan plan, DeviceModel device, long seed,
                                          double readVolts) {
        if (plan.weights() != shape.weights())
            throw new InputException("programming plan", shape.weights() + " weights (network " + shape.describe() + ")",
                    plan.weights() + " weights");
        SplittableRandom root = new SplittableRandom(seed);
        SplittableRandom driftRoot = new SplittableRandom(seed ^ DRIFT_STREAM);
        ProgrammedArray[][] arrays = new ProgrammedArray[plan.samples()][shape.layers()];
        for (int s = 0; s < plan.samples(); s++) {
            SplittableRandom conductances = root.split(), coefficients = driftRoot.split();
            for (int l = 0; l < shape.layers(); l++)
                arrays[s][l] = ProgrammedArray.program(device, plan.array(s, shape.offset(l), shape.rows(l), shape.cols(l)),
                        conductances, coefficients);
        }
        return new ProgrammedCells(shape, plan.converter(), readVolts, arrays);
    }

    public int samples() { return arrays.length; }

    public NetworkShape shape() { return shape; }

    public WeightConverter converter() { return converter; }

    public ProgrammedArray array(int sample, int layer) { return arrays[sample][layer]; }

    /** The conductances as programmed (at the card's measurement time), nothing drawn. */
    public ProgrammedNetwork atProgramming() {
        return network(this::asProgrammed);
    }

    private double[][] asProgrammed(int sample, int layer) {
        ProgrammedArray a = arrays[sample][layer];
        double[][] g = new double[a.rows()][a.cols()];
        for (int i = 0; i < g.length; i++)
            for (int j = 0; j < g[i].length; j++) g[i][j] = a.cell(i, j).programmedSiemens();
        return g;
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

    /**
     * The weights the cells hold {@code seconds} after programming (drifted, no read noise), decoded by the plan's
     * converter: any number of cells per weight. {@code seconds} ≤ 0 gives the weights as programmed.
     */
    public WeightSamples weightsAt(double seconds) {
        double[][] w = new double[samples()][shape.weights()];
        for (int s = 0; s < samples(); s++)
            for (int l = 0; l < shape.layers(); l++) {
                double[][] g = seconds > 0 ? arrays[s][l].conductancesAt(seconds) : asProgrammed(s, l);
                double[][] layer = converter.decodeArray(g);
                int c = shape.cols(l), off = shape.offset(l);
                for (int i = 0; i < layer.length; i++) System.arraycopy(layer[i], 0, w[s], off + i * c, c);
            }
        return new WeightSamples(shape, w);
    }

    private interface LayerConductances {
        double[][] of(int sample, int layer);
    }

    /** The chip's snapshot: G⁺ and G⁻ per weight, which only a two-cell pair has. */
    private ProgrammedNetwork network(LayerConductances source) {
        if (!(converter instanceof DifferentialPair pair))
            throw new InputException("programmed network converter", "a differential pair (G⁺, G⁻ per weight)",
                    converter.getClass().getSimpleName() + " with " + converter.cellsPerWeight() + " cells per weight");
        int nw = shape.weights();
        double[][] plus = new double[samples()][nw], minus = new double[samples()][nw];
        for (int s = 0; s < samples(); s++)
            for (int l = 0; l < shape.layers(); l++) {
                double[][] g = source.of(s, l);
                int c = shape.cols(l), off = shape.offset(l);
                for (int i = 0; i < g.length; i++)
                    for (int j = 0; j < c; j++) {
                        plus[s][off + i * c + j] = g[i][pair.column(j, 0)];
                        minus[s][off + i * c + j] = g[i][pair.column(j, 1)];
                    }
            }
        return new ProgrammedNetwork(shape, pair.scaleSiemens(), readVolts, plus, minus);
    }
}
