package memcim.kinetics;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import memcim.core.InputException;
import memcim.data.mnist.FashionMnist;
import memcim.data.mnist.Mnist;
import memcim.data.mnist.MnistSet;
import memcim.device.DevicePresets;
import memcim.device.DiffusionDriftDynamics;

/**
 * A kinetics run end to end: the images as row pulse trains, the kinetic network trained on ideal devices and again
 * hardware-aware (the authors' α/β spread drawn per mini-batch), both measured on seeded chips with that spread, the
 * raw-pixel baseline with the same head, one test image's feature map made in ngspice against the recurrence.
 */
public final class KineticsRun {
    /** The authors' code on MNIST (trained on 60k), as other-systems.md gives it. */
    public static final double PUBLISHED_MNIST_ACCURACY = 0.965;
    public static final String CARD = "ddk-dynamic";

    private KineticsRun() {}

    public enum Task {
        MNIST, FASHION, ECG;

        public static Task parse(String text) {
            for (Task t : values()) if (t.name().equalsIgnoreCase(text)) return t;
            throw new InputException("--task", "mnist, fashion or ecg", "'" + text + "'");
        }
    }

    /**
     * The head on crossbars: tile side, wire resistance per cell pitch, and when after programming it is read. The
     * card's cells sit at 10–120 µS: on 128-cell tiles with 1 Ω wires a row loses about R·G·n²/2 ≈ half its current to
     * the wires (measured: the MNIST head fell to 22 %), on 32-cell tiles a few percent.
     */
    public static final int HEAD_TILE = 32;
    public static final double HEAD_WIRE_OHMS = 1, HEAD_READ_SECONDS = 1;

    /** Synthetic beats of the ECG task, the reference chip's default. */
    public static final int ECG_BEATS = 4000;

    /** @param substeps Euler steps per pulse of the law (1: the authors' model) */
    public record Settings(Task task, Path mnistDir, int trainImages, int hidden, KineticTraining.Settings training, int chips, int substeps,
                           int cnnEpochs) {}

    public interface Listener {
        default void stage(String text) {}
        default void epoch(String run, KineticTraining.Epoch e) {}
    }

    public record Outcome(KineticsResult result, List<KineticTraining.Epoch> history, SpiceFeatures.Result spice, int[][] confusion) {}

    public static Outcome run(Settings s, Listener listener) {
        long t0 = System.nanoTime();
        Sequences tr, te, baseTrain = null, baseTest = null;
        double[] firstTestWindow = null;
        int classes = 10;
        if (s.task() == Task.ECG) {
            if (s.mnistDir() != null) throw new InputException("--mnist", "MNIST files only with --task mnist", "--task ecg");
            var both = memcim.data.ecg.DatasetBuilder.syntheticWithWindows(memcim.data.ecg.SyntheticEcg.Settings.defaults(
                    s.training().seed(), memcim.data.ecg.DatasetBuilder.perClass(ECG_BEATS)));
            classes = memcim.data.ecg.EcgClass.TRAINED;
            double[] range = Sequences.range(both.trainWindows());
            String src = both.data().source();
            tr = Sequences.ofWindows(both.trainWindows(), both.data().train().labels(), classes, range[0], range[1], src + ", raw 700 ms windows");
            te = Sequences.ofWindows(both.testWindows(), both.data().test().labels(), classes, range[0], range[1], src + ", raw 700 ms windows");
            int top = (1 << memcim.networks.NetworkShape.REFERENCE_BITS) - 1;
            baseTrain = Sequences.ofCodes(both.data().train(), classes, top, src + ", the chip's 32 FFT features");
            baseTest = Sequences.ofCodes(both.data().test(), classes, top, src + ", the chip's 32 FFT features");
            firstTestWindow = both.testWindows()[0];
        } else {
            MnistSet train, test;
            if (s.task() == Task.MNIST) {
                if (s.mnistDir() == null) throw new InputException("--task mnist", "--mnist DIR with the MNIST IDX files (e.g. ../shared/data/mnist)", "no --mnist");
                train = Mnist.training(s.mnistDir());
                test = Mnist.test(s.mnistDir());
            } else {
                if (s.mnistDir() != null) throw new InputException("--mnist", "MNIST files only with --task mnist", "--task fashion");
                train = FashionMnist.train();
                test = FashionMnist.test();
            }
            tr = Sequences.of(train, s.trainImages());
            te = Sequences.of(test, Integer.MAX_VALUE);
        }
        var card = (DiffusionDriftDynamics) DevicePresets.load(CARD).dynamics();
        long seed = s.training().seed();
        listener.stage("kinetic network on ideal devices: " + tr.size() + " training images, " + te.size() + " test images");
        var net = new KineticClassifier(tr.rows(), tr.steps(), s.hidden(), classes, KineticRecurrence.authors().withSubsteps(s.substeps()), new SplittableRandom(seed));
        List<KineticTraining.Epoch> history = KineticTraining.train(net, tr, te, s.training(), e -> listener.epoch("kinetic", e));
        var spread = KineticTraining.Spread.authors();
        double[] idealOnChips = KineticTraining.chipAccuracy(net, te, spread, s.chips(), seed + 7);
        listener.stage("kinetic network trained hardware-aware (the authors' spread, σα " + spread.sigmaAlpha() + ", σβ " + spread.sigmaBeta() + " per step)");
        var aware = new KineticClassifier(tr.rows(), tr.steps(), s.hidden(), classes, KineticRecurrence.authors().withSubsteps(s.substeps()),
                new SplittableRandom(seed));
        var awareSettings = new KineticTraining.Settings(s.training().epochs(), s.training().batchSize(), s.training().learningRate(), seed, spread);
        KineticTraining.train(aware, tr, te, awareSettings, e -> listener.epoch("hardware-aware", e));
        double[] awareOnChips = KineticTraining.chipAccuracy(aware, te, spread, s.chips(), seed + 7);
        listener.stage("whole chips: the spread and the head's weights programmed on " + CARD + " pairs (tiles of " + HEAD_TILE + " x " + HEAD_TILE
                + " cells, " + HEAD_WIRE_OHMS + " ohm wires), read " + HEAD_READ_SECONDS + " s after programming");
        var head = new ProgrammedHead(DevicePresets.load(CARD), memcim.device.array.TiledCrossbar.of(DevicePresets.load(CARD), HEAD_WIRE_OHMS,
                HEAD_TILE, HEAD_TILE));
        double[] awareWholeChips = KineticTraining.chipAccuracy(aware, te, spread, head, HEAD_READ_SECONDS, s.chips(), seed + 11);
        Classifier baseNet;
        KineticClassifier raw;
        String baseName, rawName;
        if (s.task() == Task.ECG) {
            listener.stage("baseline: the same head on the reference chip's FFT features of the same beats");
            var fft = KineticClassifier.rawPixels(1, baseTrain.steps(), s.hidden(), classes, new SplittableRandom(seed));
            KineticTraining.train(fft, baseTrain, baseTest, s.training(), e -> listener.epoch("FFT features", e));
            baseNet = fft;
            baseName = "the chip's 32 FFT features, the same head";
            listener.stage("and on the raw windows themselves");
            raw = KineticClassifier.rawPixels(tr.rows(), tr.steps(), s.hidden(), classes, new SplittableRandom(seed));
            KineticTraining.train(raw, tr, te, s.training(), e -> listener.epoch("raw windows", e));
            rawName = "raw windows, the same head";
        } else {
            listener.stage("baseline: the same head on raw pixels");
            raw = KineticClassifier.rawPixels(tr.rows(), tr.steps(), s.hidden(), classes, new SplittableRandom(seed));
            KineticTraining.train(raw, tr, te, s.training(), e -> listener.epoch("raw pixels", e));
            rawName = "MLP on raw pixels, the same head";
            listener.stage("baseline: a LeNet-5-like CNN, " + s.cnnEpochs() + " epochs");
            var cnn = new LeNet5(new SplittableRandom(seed));
            var cnnSettings = new KineticTraining.Settings(s.cnnEpochs(), s.training().batchSize(), s.training().learningRate(), seed, null);
            KineticTraining.train(cnn, tr, te, cnnSettings, e -> listener.epoch("cnn", e));
            baseNet = cnn;
            baseName = "LeNet-5-like CNN";
            baseTest = te;
        }
        listener.stage("ngspice: test sample 0's feature map, " + tr.rows() + " pulse train(s) of " + tr.steps() + " pulses");
        SpiceFeatures.Result spice = SpiceFeatures.run(net, te.input(0), card, PulseTrain.card());
        var tech = memcim.cosim.energy.TechnologyTable.cmos130();
        DigitalFrontEnd dft = null;
        if (firstTestWindow != null) {
            listener.stage("the digital DFT front end the kinetic features replace: yosys and a simulated beat");
            dft = DigitalFrontEnd.of(firstTestWindow, tech);
        }
        int adcBits = memcim.hdl.spec.ChipSpec.reference().adc().bits();
        var readout = new KineticsResult.Readout(tr.rows() * tr.steps(), adcBits,
                (double) tr.rows() * tr.steps() * adcBits * tech.get("comparator.joulesPerDecision"));
        double acc = KineticTraining.accuracy(net, te), rawAcc = KineticTraining.accuracy(raw, te);
        var mlp = new KineticsResult.Network(rawName, rawAcc, raw.parameterCount(), raw.macsPerInference());
        var baseline = new KineticsResult.Network(baseName, KineticTraining.accuracy(baseNet, baseTest), baseNet.parameterCount(), baseNet.macsPerInference());
        var result = new KineticsResult(s.task().name().toLowerCase(java.util.Locale.ROOT), tr.source(), te.source(), acc, net.parameterCount(),
                net.macsPerInference(), net.alpha(), net.beta(), s.hidden(), s.substeps(),
                new KineticsResult.Spread(spread.sigmaAlpha(), spread.sigmaBeta(), s.chips(), idealOnChips[0], idealOnChips[1],
                        KineticTraining.accuracy(aware, te), awareOnChips[0], awareOnChips[1], acc - idealOnChips[0],
                        awareWholeChips[0], awareWholeChips[1]),
                baseline, mlp, (double) baseline.parameters() / net.parameterCount(), (double) baseline.macsPerInference() / net.macsPerInference(),
                spice.maxRelativeError(), spice.joules(), spice.seconds(), readout, dft, epochs(history),
                s.task() == Task.MNIST ? PUBLISHED_MNIST_ACCURACY : null, (System.nanoTime() - t0) / 1e9);
        return new Outcome(result, history, spice, KineticTraining.confusion(net, te, classes));
    }

    private static List<KineticsResult.EpochFigures> epochs(List<KineticTraining.Epoch> h) {
        List<KineticsResult.EpochFigures> out = new ArrayList<>();
        for (var e : h) out.add(new KineticsResult.EpochFigures(e.epoch(), e.loss(), e.testAccuracy(), e.alpha(), e.beta()));
        return out;
    }
}
