package memcim.wpo;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import memcim.core.InputException;
import memcim.data.ecg.DatasetBuilder;
import memcim.data.ecg.EcgDataset;
import memcim.data.mnist.FashionMnist;
import memcim.data.mnist.ImageCodes;
import memcim.data.mnist.Mnist;
import memcim.data.mnist.MnistSet;
import memcim.networks.EpochStats;
import memcim.networks.HardwareAwareMap;
import memcim.networks.LoopSettings;
import memcim.networks.NetworkShape;
import memcim.networks.TrainingLoop;

/**
 * The networks whose weights are programmed, trained here hardware-aware ({@link HardwareAwareMap}, weight noise of
 * {@value #TRAINING_NOISE} of each layer's largest |w| per mini-batch).
 */
public enum WpoNetwork {
    /**
     * An MLP 196 → 64 → 10 on 28 × 28 images pooled 2 × 2 to 14 × 14 and coded on 4 bits (so the first layer's 196 rows
     * fit an array, 4-bit hidden codes): Fashion-MNIST from Debian's package by default, MNIST from a folder when given.
     */
    MNIST_MLP("mnist-mlp"),
    /** The reference chip's ECG network (32 → 16 → 9, 3-bit codes, hidden step 16) on synthetic beats. */
    ECG("ecg");

    /** Share of each layer's largest |w| injected as Gaussian weight noise in training. */
    public static final double TRAINING_NOISE = 0.05;
    public static final int MLP_HIDDEN = 64, POOL = 2, INPUT_BITS = 4;
    /** MLP hidden step: as the reference chip's (weights scale with it). */
    public static final double HIDDEN_STEP = 16;
    public static final LoopSettings MLP_TRAINING = new LoopSettings(10, 32, 1e-3, "adam");
    public static final LoopSettings ECG_TRAINING = new LoopSettings(100, 32, 1e-2, "adam");
    /** σ of the weights' Gaussian prior (the L2 penalty). */
    public static final double PRIOR_SIGMA = 1.0;
    public static final int ECG_BEATS = 4000;

    private final String id;

    WpoNetwork(String id) { this.id = id; }

    public String id() { return id; }

    public static WpoNetwork parse(String text, String where) {
        for (WpoNetwork n : values()) if (n.id.equals(text)) return n;
        throw new InputException(where, "mnist-mlp or ecg", "'" + text + "'");
    }

    /**
     * Trains the network on its data (a folder of MNIST files for the MLP, null for Fashion-MNIST), telling
     * {@code epochs} after each epoch.
     */
    public TrainedNetwork train(Path mnistDir, long seed, Consumer<EpochStats> epochs) {
        return switch (this) {
            case MNIST_MLP -> mlp(mnistDir, seed, epochs);
            case ECG -> ecg(seed, epochs);
        };
    }

    private TrainedNetwork mlp(Path dir, long seed, Consumer<EpochStats> epochs) {
        MnistSet train, test;
        String data;
        if (dir == null) {
            train = FashionMnist.train();
            test = FashionMnist.test();
            data = "Fashion-MNIST (" + FashionMnist.DEBIAN_DIR + ")";
        } else {
            train = Mnist.training(dir);
            test = Mnist.test(dir);
            data = "MNIST (" + dir + ": " + train.source() + "; " + test.source() + ")";
        }
        ImageCodes tr = ImageCodes.of(train, POOL, INPUT_BITS, Integer.MAX_VALUE), te = ImageCodes.of(test, POOL, INPUT_BITS, Integer.MAX_VALUE);
        NetworkShape shape = new NetworkShape(List.of(tr.width(), MLP_HIDDEN, 10), INPUT_BITS, INPUT_BITS, HIDDEN_STEP);
        double[] w = fit(shape, tr, te, MLP_TRAINING, seed, epochs);
        return TrainedNetwork.of("mnist-mlp", String.format(Locale.ROOT, "%s: %d training, %d test images, 2 x 2 pooled, %d-bit codes",
                data, tr.size(), te.size(), INPUT_BITS), shape, w, te);
    }

    private TrainedNetwork ecg(long seed, Consumer<EpochStats> epochs) {
        EcgDataset data = DatasetBuilder.synthetic(ECG_BEATS, seed);
        data.requireTraining(data.source()).requireTest(data.source());
        NetworkShape shape = NetworkShape.reference(HIDDEN_STEP);
        double[] w = fit(shape, data.train(), data.test(), ECG_TRAINING, seed, epochs);
        return TrainedNetwork.of("ecg", data.source() + ": " + data.train().size() + " training, " + data.test().size() + " test beats",
                shape, w, data.test());
    }

    private static double[] fit(NetworkShape shape, memcim.data.CodedSamples train, memcim.data.CodedSamples test, LoopSettings loop,
                                long seed, Consumer<EpochStats> epochs) {
        SplittableRandom rng = new SplittableRandom(seed);
        HardwareAwareMap o = new HardwareAwareMap(shape, PRIOR_SIGMA, TRAINING_NOISE, rng, seed ^ 0x5DEECE66DL, train.size());
        TrainingLoop.run(o, loop, rng, train, test, epochs);
        return o.weights();
    }
}
