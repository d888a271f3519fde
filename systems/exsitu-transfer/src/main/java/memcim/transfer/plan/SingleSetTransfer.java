package memcim.transfer.plan;

import java.util.SplittableRandom;
import memcim.core.InputException;
import memcim.device.CellTarget;
import memcim.device.DeviceModel;
import memcim.device.FeasibleDomain;
import memcim.device.ProgrammedArray;
import memcim.mapping.DifferentialPair;
import memcim.mapping.ProgrammingPlan;
import memcim.transfer.mixture.GaussianMixture;

/**
 * Dalgaty et al.'s transfer: row r of the array is one network instance; for each weight q a component of its
 * mixture is picked ({@link ComponentChoice}), and the weight's two cells are programmed once, at the compliance
 * currents whose medians encode that component's mean at scale γ, with the spread nearest its σ
 * ({@link ComponentMapping}). No verify: the SET's own cycle-to-cycle spread is the sample's spread around the
 * component mean. Immutable.
 *
 * @param components {@code [row][weight]} the component drawn
 * @param means      {@code [row][weight]} its mean, network units (what the plan encodes)
 */
public record SingleSetTransfer(WeightMixtures mixtures, ComponentMapping mapping, int[][] components, double[][] means,
                                ProgrammingPlan plan, ArrayLayout layout) {
    /** Pulses each device receives: one SET. */
    public static final int PULSES_PER_DEVICE = 1;

    /**
     * How row r picks weight q's component. {@link #INDEPENDENT}: drawn with probability π, each weight on its own, as
     * the marginals alone describe the posterior (a mean-field reading: the weights' correlations are lost).
     * {@link #POSTERIOR_DRAW}: row r is posterior draw r, and each of its weights takes the component most responsible
     * for the draw's value, so the rows keep the joint structure of the draws up to each component's width.
     */
    public enum ComponentChoice { POSTERIOR_DRAW, INDEPENDENT }

    /** γ chosen by {@link ComponentMapping#best}; components picked as {@code choice} says, draws from {@code seed}. */
    public static SingleSetTransfer plan(WeightMixtures m, FeasibleDomain domain, ComponentChoice choice, double[][] draws,
                                         int rows, long seed) {
        return plan(m, ComponentMapping.best(m, domain), choice, draws, rows, seed);
    }

    /**
     * @param draws the posterior draws S × Q the mixtures were fitted to ({@link ComponentChoice#POSTERIOR_DRAW} takes
     *              {@code rows} of them, evenly spaced over the pooled chains; unused for {@link ComponentChoice#INDEPENDENT})
     */
    public static SingleSetTransfer plan(WeightMixtures m, ComponentMapping mapping, ComponentChoice choice, double[][] draws,
                                         int rows, long seed) {
        if (rows < 1) throw new InputException("--rows", ">= 1", String.valueOf(rows));
        if (choice == ComponentChoice.POSTERIOR_DRAW && rows > draws.length)
            throw new InputException("--rows", "at most the " + draws.length + " posterior draws (one row per draw)", String.valueOf(rows));
        int q = m.weights();
        int[][] components = new int[rows][q];
        double[][] means = new double[rows][q];
        CellTarget[][] cells = new CellTarget[rows][q * DifferentialPair.CELLS];
        SplittableRandom rng = new SplittableRandom(seed);
        for (int r = 0; r < rows; r++) {
            double[] draw = choice == ComponentChoice.POSTERIOR_DRAW ? draws[(int) ((long) r * draws.length / rows)] : null;
            for (int k = 0; k < q; k++) {
                GaussianMixture g = m.weight(k);
                components[r][k] = draw != null ? g.likeliestComponent(draw[k]) : g.drawComponent(rng);
                int c = components[r][k];
                means[r][k] = g.means()[c];
                CellTarget[] pair = DifferentialPair.compliances(mapping.point(g.means()[c], g.sigmas()[c]));
                System.arraycopy(pair, 0, cells[r], k * pair.length, pair.length);
            }
        }
        ProgrammingPlan plan = ProgrammingPlan.of(mapping.converter(), cells);
        return new SingleSetTransfer(m, mapping, components, means, plan, ArrayLayout.of(rows, q * DifferentialPair.CELLS));
    }

    public int rows() { return plan.samples(); }

    public int weights() { return plan.weights(); }

    public DifferentialPair converter() { return mapping.converter(); }

    /** The array's cell targets, {@code [row][weight·2 + cell]}: G⁺ of weight q in column 2q, G⁻ in 2q + 1. */
    public CellTarget[][] arrayTargets() {
        int n = plan.cellsPerWeight();
        CellTarget[][] t = new CellTarget[rows()][weights() * n];
        for (int r = 0; r < t.length; r++)
            for (int q = 0; q < weights(); q++)
                for (int c = 0; c < n; c++) t[r][q * n + c] = plan.target(r, q, c);
        return t;
    }

    /** Every device programmed once, conductances and drift coefficients from {@code seed}. */
    public ProgrammedArray program(DeviceModel device, long seed) {
        return ProgrammedArray.program(device, arrayTargets(), seed);
    }

    /** The weights of every row decoded from conductances read from the array, {@code [row][weight]}. */
    public double[][] weights(double[][] siemens) {
        if (siemens.length != rows()) throw new InputException("read array", rows() + " rows", siemens.length + " rows");
        return converter().decodeArray(siemens);
    }

    /**
     * The plan drawn in software, no device: row r's weight q from its component N(μ, σ) as the mixture fitted it.
     * What the decomposition itself keeps of the posterior, so that a shortfall of the chip can be split into the
     * method's part and the device's.
     */
    public double[][] softwareSamples(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] w = new double[rows()][weights()];
        for (int r = 0; r < w.length; r++) {
            for (int q = 0; q < w[r].length; q++) {
                GaussianMixture g = mixtures.weight(q);
                w[r][q] = g.means()[components[r][q]] + g.sigmas()[components[r][q]] * rng.nextGaussian();
            }
        }
        return w;
    }

    /** The SET compliance currents of all devices, amps, {@code [row][column]} (for the programming energy). */
    public double[][] complianceAmps() {
        CellTarget[][] t = arrayTargets();
        double[][] a = new double[t.length][];
        for (int r = 0; r < t.length; r++) {
            a[r] = new double[t[r].length];
            for (int c = 0; c < a[r].length; c++) a[r][c] = ((CellTarget.Compliance) t[r][c]).amps();
        }
        return a;
    }
}
