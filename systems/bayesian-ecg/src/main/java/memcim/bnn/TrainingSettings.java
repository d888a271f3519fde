package memcim.bnn;

import java.util.List;
import memcim.networks.LoopSettings;
import memcim.networks.NetworkShape;
import memcim.networks.Optimiser;

/**
 * Everything that decides a training run (saved into the model file, so a run can be repeated).
 * The network's unit is set by {@code hiddenStep} (weights reach about ±9 with 16). The technological loss
 * measures distances in units of the device's smallest pair σ by default, so its reach does not depend on
 * that unit; in network units (the older behaviour) a small unit made every device point lie within δ of
 * every other and the loss blind (docs/bnn.md, "Why device-σ units").
 *
 * @param priorSigma σ of the Gaussian prior N(0, σp²) (also the L2 strength of the conventional network)
 * @param initSigma initial σ of every weight
 * @param hiddenStep pre-activation per hidden code step (a hidden code is clamp(round(a/step), 0, 7))
 * @param techLoss whether the technological loss is added
 * @param delta δ of the technological loss (network units)
 * @param beta β of the technological loss
 * @param techWeight multiplier of the technological loss in the cost (1 = the published cost F)
 * @param techDeviceSigmaUnits measure ‖θ − θ_exp‖ of the technological loss in units of the device's smallest
 *        pair σ instead of network units (default true; see {@link TechnologicalLoss}). Boxed so that model
 *        files written before this setting existed read back (null = false, which is how they were trained).
 * @param conditionsPerCell compliance currents per cell of the feasible pair domain: 128 (16,384 pairs) keeps
 *        the grid's μ spacing near the top of the range (a few µS) below the device σ; with 32 the rounding
 *        to the grid cost the programmed network 2–4 points of accuracy
 * @param layers layer widths from inputs to outputs; null reads as the reference 32, 16, 9 (model files written
 *        before networks of any shape)
 * @param optimiser {@code adam} (the default; null in model files written before there was a choice) or {@code sgd}
 * @param members Bayesian networks trained from seeds seed, seed + 1, … ({@link BayesianEnsemble}); with more than one,
 *        each trains on its own bootstrap resample of the training set. Null (model files written before ensembles) = 1.
 */
public record TrainingSettings(int epochs, int batchSize, double learningRate, double priorSigma, double initSigma,
                               double hiddenStep, boolean techLoss, double delta, double beta, double techWeight,
                               Boolean techDeviceSigmaUnits, int conditionsPerCell, List<Integer> layers, String optimiser, long seed,
                               Integer members) {
    public static final List<Integer> REFERENCE_LAYERS = List.of(32, 16, 9);
    /** The most networks an ensemble may hold (each is trained in full). */
    public static final int MAX_MEMBERS = 50;
    /** Networks of the ensemble on real records: 10 (5 of the chip's M = 50 samples each), measured in docs/bnn.md. */
    public static final int REAL_DATA_MEMBERS = 10;

    public static TrainingSettings defaults(long seed) {
        return new TrainingSettings(100, 32, 0.01, 4.0, 0.2, 16.0, true, 0.1, 10, 1.0, true, 128, REFERENCE_LAYERS, "adam", seed, 1);
    }

    public TrainingSettings withEpochs(int n) {
        return new TrainingSettings(n, batchSize, learningRate, priorSigma, initSigma, hiddenStep, techLoss, delta, beta,
                techWeight, techDeviceSigmaUnits, conditionsPerCell, layers, optimiser, seed, members);
    }

    public TrainingSettings withTechLoss(boolean on) {
        return new TrainingSettings(epochs, batchSize, learningRate, priorSigma, initSigma, hiddenStep, on, delta, beta,
                techWeight, techDeviceSigmaUnits, conditionsPerCell, layers, optimiser, seed, members);
    }

    /** The same run as an ensemble of {@code k} networks. */
    public TrainingSettings withMembers(int k) {
        return new TrainingSettings(epochs, batchSize, learningRate, priorSigma, initSigma, hiddenStep, techLoss, delta, beta,
                techWeight, techDeviceSigmaUnits, conditionsPerCell, layers, optimiser, seed, k);
    }

    /**
     * The ensemble size memcim trains by default on a data set: {@link #REAL_DATA_MEMBERS} on real records, where one
     * network's epistemic uncertainty does not separate an unseen class (docs/bnn.md), 1 on the synthetic ECG (whose
     * published-style figures were measured with one). The synthetic class table marks the synthetic generator's data.
     */
    public static int defaultMembers(memcim.data.ecg.EcgDataset data) {
        return data.realRecords() ? REAL_DATA_MEMBERS : 1;
    }

    /** How many networks the run trains (1 for model files written before ensembles). */
    public int ensembleSize() { return members == null ? 1 : members; }

    /** The same settings for member {@code k} of an ensemble: its own seed. */
    public TrainingSettings forMember(int k) {
        return new TrainingSettings(epochs, batchSize, learningRate, priorSigma, initSigma, hiddenStep, techLoss, delta, beta,
                techWeight, techDeviceSigmaUnits, conditionsPerCell, layers, optimiser, seed + k, members);
    }

    /** The technological loss these settings describe, on the card's feasible domain. */
    public TechnologicalLoss technologicalLoss(memcim.device.FeasibleDomain domain) {
        return Boolean.TRUE.equals(techDeviceSigmaUnits) ? TechnologicalLoss.inDeviceSigmaUnits(domain, delta, beta)
                : new TechnologicalLoss(domain, delta, beta);
    }

    /** The same run with another optimiser ({@link Optimiser.Kind}). */
    public TrainingSettings withOptimiser(Optimiser.Kind kind) {
        return new TrainingSettings(epochs, batchSize, learningRate, priorSigma, initSigma, hiddenStep, techLoss, delta, beta,
                techWeight, techDeviceSigmaUnits, conditionsPerCell, layers, kind.id(), seed, members);
    }

    /** The same run for a network of other layer widths (inputs first). */
    public TrainingSettings withLayers(List<Integer> widths) {
        return new TrainingSettings(epochs, batchSize, learningRate, priorSigma, initSigma, hiddenStep, techLoss, delta, beta,
                techWeight, techDeviceSigmaUnits, conditionsPerCell, List.copyOf(widths), optimiser, seed, members);
    }

    /** What the one training loop reads of these settings. */
    public LoopSettings loop() { return new LoopSettings(epochs, batchSize, learningRate, optimiser); }

    public NetworkShape shape() { return NetworkShape.of(layers == null ? REFERENCE_LAYERS : layers, hiddenStep); }
}
