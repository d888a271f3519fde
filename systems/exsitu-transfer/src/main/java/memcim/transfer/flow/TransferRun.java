package memcim.transfer.flow;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import memcim.data.CodedSamples;
import memcim.device.DeviceModel;
import memcim.device.PairDomain;
import memcim.device.ProgrammedArray;
import memcim.mapping.ConductanceRange;
import memcim.mapping.DifferentialPair;
import memcim.networks.LoopSettings;
import memcim.networks.MaximumAPosteriori;
import memcim.networks.NetworkShape;
import memcim.networks.Predictions;
import memcim.networks.TrainingLoop;
import memcim.networks.WeightSamples;
import memcim.transfer.mcmc.Mcmc;
import memcim.transfer.mixture.MixtureFit;
import memcim.transfer.plan.ArrayLayout;
import memcim.transfer.plan.ChainAlignment;
import memcim.transfer.plan.ComponentMapping;
import memcim.transfer.plan.ProgrammingCost;
import memcim.transfer.plan.SigmaMatch;
import memcim.transfer.plan.SingleSetTransfer;
import memcim.transfer.plan.VerifiedProgramming;
import memcim.transfer.plan.WeightMixtures;
import memcim.transfer.posterior.PosteriorDraws;
import memcim.transfer.posterior.PosteriorSampler;
import memcim.transfer.readout.ArrayReadout;
import memcim.transfer.readout.ReadoutAgreement;

/**
 * Dalgaty et al.'s transfer end to end: the MCMC posterior of the task's network, its chains aligned and each
 * weight's marginal fitted by a mixture; one SET per device of the array; the array read row by row through the
 * fast model (wire resistance on), and a few rows through its SPICE deck to check that model; the two compared
 * routes that verify instead (the same posterior draws, and one conventional network); figures for all of them.
 */
public final class TransferRun {
    /** Seeds of the stages, split from the run's seed in this order so that a stage added later changes no other. */
    private enum Stage { MIXTURES, PLAN, PROGRAM, READ_NOISE, VERIFY_DRAWS, CONVENTIONAL, VERIFY_CONVENTIONAL, PLAN_IN_SOFTWARE }

    /** The conventional network's training: Adam, as the reference chip's conventional network. */
    static final LoopSettings CONVENTIONAL_TRAINING = new LoopSettings(300, 32, 0.01, "adam");

    private TransferRun() {}

    /**
     * What a long run tells as it goes (each may be null): an MCMC iteration of any chain, a weight's mixture fitted,
     * a SPICE row read.
     */
    public record Listeners(Mcmc.Listener mcmc, Runnable mixtureFitted, ArrayReadout.Listener spice) {
        public static final Listeners NONE = new Listeners(null, null, null);
    }

    /** @param log one line per stage */
    public static TransferOutcome run(TaskData task, TransferSettings s, Listeners listen, Consumer<String> log) {
        Listeners l = listen == null ? Listeners.NONE : listen;
        long t0 = System.nanoTime();
        long[] seeds = seeds(s.seed());
        DeviceModel device = new DeviceModel(s.device());
        NetworkShape shape = task.shape();
        CodedSamples convergenceSet = task.plane() != null ? task.plane().grid() : task.test();

        PosteriorDraws posterior = PosteriorSampler.sample(shape, task.train(), convergenceSet, s.posterior().withSeed(s.seed()), l.mcmc());
        posterior.diagnostics().summaryLines().forEach(log);

        double[][] aligned = pooled(ChainAlignment.align(shape, posterior.run().draws()));
        WeightMixtures mixtures = WeightMixtures.fit(aligned, s.components(), s.bic(), MixtureFit.defaults(), seeds[Stage.MIXTURES.ordinal()],
                l.mixtureFitted());
        PairDomain domain = PairDomain.of(device, TransferSettings.CONDITIONS_PER_CELL);
        ComponentMapping mapping = Double.isNaN(s.gammaSiemens()) ? ComponentMapping.best(mixtures, domain)
                : new ComponentMapping(s.gammaSiemens(), domain);
        SingleSetTransfer transfer = SingleSetTransfer.plan(mixtures, mapping, s.choice(), aligned, s.rows(), seeds[Stage.PLAN.ordinal()]);
        log.accept(String.format(java.util.Locale.ROOT, "plan: %s; γ = %.4g S per unit, Σ π·KL = %.3f nats", transfer.layout().describe(),
                mapping.scaleSiemens(), mapping.divergence(mixtures)));

        ProgrammedArray programmed = transfer.program(device, seeds[Stage.PROGRAM.ordinal()]);
        double[][] siemens = programmed.readAt(s.device().measurementSeconds(), new SplittableRandom(seeds[Stage.READ_NOISE.ordinal()]));
        ArrayRead read = new ArrayRead(transfer.layout(), s.device(), s.wireOhms(), ArrayReadout.REFERENCE_READ_VOLTS);
        double[][] readSiemens = read.fast(siemens);
        double[][] weights = transfer.weights(readSiemens);
        List<SigmaMatch> sigma = SigmaMatch.of(transfer, weights);

        WeightSamples software = posterior.weightSamples(), chip = new WeightSamples(shape, weights);
        Predictions softwareTest = Predictions.of(software, task.test()), chipTest = Predictions.of(chip, task.test());
        RouteFigures a = RouteFigures.of("(a) software MCMC posterior", software.samples(), softwareTest, task);
        RouteFigures b = RouteFigures.of("(b) single-SET transfer", chip.samples(), chipTest, task);
        WeightSamples planned = new WeightSamples(shape, transfer.softwareSamples(seeds[Stage.PLAN_IN_SOFTWARE.ordinal()]));
        RouteFigures b0 = RouteFigures.of("the plan drawn in software, no device", planned.samples(), Predictions.of(planned, task.test()), task);

        // the same rows' posterior draws, programmed and verified instead of one SET
        double[][] rowDraws = rowDraws(aligned, s.rows());
        // verified cells are precise: their γ spreads the draws over the pair's whole range, as the conventional network's
        DifferentialPair pair = new DifferentialPair(ConductanceRange.ofSets(device.sets()).spanSiemens() / largest(rowDraws),
                ConductanceRange.ofSets(device.sets()));
        VerifiedProgramming verifiedDraws = VerifiedProgramming.program(device, encode(pair, rowDraws), s.verifyWindow(),
                seeds[Stage.VERIFY_DRAWS.ordinal()]);
        // read as the single-SET array is read: the same wires, the same decoding
        double[][] verifiedRead = readLike(verifiedDraws.siemens(), s);
        WeightSamples verified = new WeightSamples(shape, pair.decodeArray(verifiedRead));
        RouteFigures bv = RouteFigures.of("posterior draws, program-and-verify", verified.samples(), Predictions.of(verified, task.test()), task);

        // (d) a conventional network, programmed and verified over the pair's whole range
        double[] map = conventional(task, s, seeds[Stage.CONVENTIONAL.ordinal()]);
        DifferentialPair full = new DifferentialPair(ConductanceRange.ofSets(device.sets()).spanSiemens() / largest(map),
                ConductanceRange.ofSets(device.sets()));
        VerifiedProgramming verifiedMap = VerifiedProgramming.program(device, encode(full, new double[][] {map}), s.verifyWindow(),
                seeds[Stage.VERIFY_CONVENTIONAL.ordinal()]);
        WeightSamples conventional = new WeightSamples(shape, full.decodeArray(readLike(verifiedMap.siemens(), s)));
        RouteFigures d = RouteFigures.of("(d) conventional network, program-and-verify", 1, Predictions.of(conventional, task.test()), task);

        List<ProgrammingCost> costs = List.of(
                ProgrammingCost.singleSet("(b) single-SET transfer", device, transfer.complianceAmps()),
                ProgrammingCost.verified("the same draws, program-and-verify", device, verifiedDraws),
                ProgrammingCost.verified("(d) conventional network, program-and-verify", device, verifiedMap));

        Predictions softwareGrid = null, chipGrid = null;
        double agreement = Double.NaN, epistemic = Double.NaN, aleatoric = Double.NaN;
        if (task.plane() != null) {
            softwareGrid = Predictions.of(software, task.plane().grid());
            chipGrid = Predictions.of(chip, task.plane().grid());
            agreement = softwareGrid.agreement(chipGrid);
            epistemic = softwareGrid.epistemicDifference(chipGrid);
            aleatoric = softwareGrid.aleatoricDifference(chipGrid);
        }
        TransferResult.SpiceCheck spiceCheck = s.spiceRows() == 0 ? null
                : spiceCheck(task, transfer, siemens, readSiemens, read, s.spiceRows(), l.spice());
        if (spiceCheck != null) {
            log.accept(String.format(java.util.Locale.ROOT, "SPICE check: %d rows, max column-current error %.3g A (%.3g of full scale); "
                    + "%.2f %% of (row, input) predictions identical", spiceCheck.rows().length, spiceCheck.currents().maxAbsErrorAmps(),
                    spiceCheck.currents().maxRelativeError(), 100 * spiceCheck.predictionsIdentical()));
        }
        TransferResult result = new TransferResult(task.name(), s.device().name(), shape.describe(), transfer.layout().describe(),
                transfer.layout().devices(), SingleSetTransfer.PULSES_PER_DEVICE, transfer.layout().arrays(), mapping.scaleSiemens(),
                mapping.divergence(mixtures), s.components(), s.choice().name(), a, b0, b, bv, d, null, agreement, epistemic, aleatoric,
                medianRatio(sigma), costs, spiceCheck, posterior.diagnostics(), (System.nanoTime() - t0) / 1e9);
        return new TransferOutcome(result, task, posterior, transfer, softwareGrid, chipGrid, sigma);
    }

    /**
     * Rows of the first array read again by SPICE (evenly spaced); their weights decoded from the SPICE read where
     * their columns lie in the first array, from the fast read elsewhere; predictions of both reads compared.
     */
    private static TransferResult.SpiceCheck spiceCheck(TaskData task, SingleSetTransfer transfer, double[][] siemens,
                                                       double[][] fastSiemens, ArrayRead read, int count, ArrayReadout.Listener progress) {
        long t0 = System.nanoTime();
        int firstRows = Math.min(transfer.rows(), transfer.layout().arrayRows());
        int n = Math.min(count, firstRows);
        int[] rows = new int[n];
        for (int k = 0; k < n; k++) rows[k] = (int) ((long) k * firstRows / n);
        double[][][] currents = read.firstArrayReads(siemens, rows, progress);
        ReadoutAgreement agreement = ReadoutAgreement.of(rows, currents[1], currents[0]);
        double[][] spiceSiemens = new double[n][], fastRowSiemens = new double[n][];
        for (int k = 0; k < n; k++) {
            fastRowSiemens[k] = fastSiemens[rows[k]].clone();
            spiceSiemens[k] = fastSiemens[rows[k]].clone();
            System.arraycopy(currents[2][k], 0, spiceSiemens[k], 0, currents[2][k].length);
        }
        DifferentialPair decode = transfer.converter();
        WeightSamples fast = new WeightSamples(task.shape(), decode.decodeArray(fastRowSiemens));
        WeightSamples spice = new WeightSamples(task.shape(), decode.decodeArray(spiceSiemens));
        double perRow = 0;
        for (int k = 0; k < n; k++) {
            Predictions f = Predictions.of(new WeightSamples(task.shape(), new double[][] {fast.weights()[k]}), task.test());
            Predictions p = Predictions.of(new WeightSamples(task.shape(), new double[][] {spice.weights()[k]}), task.test());
            perRow += f.agreement(p) / n;
        }
        double ensemble = Predictions.of(fast, task.test()).agreement(Predictions.of(spice, task.test()));
        return new TransferResult.SpiceCheck(rows, read.describeRead(), agreement, perRow, ensemble, (System.nanoTime() - t0) / 1e9);
    }

    /** Conductances of another array of the same columns read through the same path (its own rows). */
    private static double[][] readLike(double[][] siemens, TransferSettings s) {
        return new ArrayRead(ArrayLayout.of(siemens.length, siemens[0].length), s.device(), s.wireOhms(),
                ArrayReadout.REFERENCE_READ_VOLTS).fast(siemens);
    }

    private static double[] conventional(TaskData task, TransferSettings s, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        MaximumAPosteriori map = new MaximumAPosteriori(task.shape(), s.posterior().priorSigma(), rng, task.train().size());
        TrainingLoop.run(map, CONVENTIONAL_TRAINING, rng, task.train(), task.train(), e -> {});
        return map.weights();
    }

    private static double[][] encode(DifferentialPair pair, double[][] weights) {
        double[][] g = new double[weights.length][];
        for (int r = 0; r < g.length; r++) {
            g[r] = new double[weights[r].length * DifferentialPair.CELLS];
            for (int q = 0; q < weights[r].length; q++) System.arraycopy(pair.encode(weights[r][q]), 0, g[r], q * 2, 2);
        }
        return g;
    }

    /** The draws the rows take, evenly spaced over the pooled chains (as {@link SingleSetTransfer} takes them). */
    private static double[][] rowDraws(double[][] pooled, int rows) {
        double[][] out = new double[rows][];
        for (int r = 0; r < rows; r++) out[r] = pooled[(int) ((long) r * pooled.length / rows)];
        return out;
    }

    private static double[][] pooled(double[][][] chains) {
        List<double[]> all = new ArrayList<>();
        for (double[][] c : chains) all.addAll(Arrays.asList(c));
        return all.toArray(new double[0][]);
    }

    private static double largest(double[][] w) {
        double m = 1e-12;
        for (double[] row : w) m = Math.max(m, largest(row));
        return m;
    }

    private static double largest(double[] w) {
        double m = 1e-12;
        for (double v : w) m = Math.max(m, Math.abs(v));
        return m;
    }

    private static double medianRatio(List<SigmaMatch> sigma) {
        double[] r = sigma.stream().filter(m -> Double.isFinite(m.obtained())).mapToDouble(m -> m.obtained() / m.software()).sorted().toArray();
        return r.length == 0 ? Double.NaN : r[r.length / 2];
    }

    private static long[] seeds(long seed) {
        SplittableRandom root = new SplittableRandom(seed ^ 0x5DEECE66DL);
        long[] s = new long[Stage.values().length];
        for (int i = 0; i < s.length; i++) s[i] = root.nextLong();
        return s;
    }
}
