package memcim.sbp;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import memcim.core.InputException;
import memcim.data.mnist.FashionMnist;
import memcim.data.mnist.ImageCodes;
import memcim.data.mnist.Mnist;
import memcim.data.mnist.MnistSet;
import memcim.device.DeviceCard;
import memcim.device.NonlinearBoundedPulses;
import memcim.device.Pulse;
import memcim.device.PulseDevice;
import memcim.device.array.TiledCrossbar;
import memcim.networks.EpochStats;
import memcim.networks.LoopSettings;
import memcim.networks.MaximumAPosteriori;
import memcim.networks.NetworkShape;
import memcim.networks.TrainingLoop;
import memcim.netlist.cell.CompactModelParameters;
import memcim.netlist.cell.PulseCalibration;

/**
 * A sign-backpropagation run end to end: the card's pulse response measured on its compact model in ngspice and fitted,
 * the float baseline, then the same network trained on chip along a ladder of non-idealities, each step adding one to
 * the one before, so each costs a number: ideal linear devices → the card's nonlinear, asymmetric steps → cycle-to-cycle
 * noise → IR drop on tiled arrays (the pulsed device, the headline) → device-to-device spread → stuck cells → an
 * endurance limit. The trainings run in parallel, one per core; each is sequential, as on the chip.
 */
public final class SbpRun {
    /** The published figure (secondary source; 60k training images there): other-systems.md. */
    public static final double PUBLISHED_ACCURACY = 0.945;
    /** Hidden-code step and prior of the float baseline's clipped-ReLU MLP (networks' MAP objective, 8-bit hidden codes). */
    static final double FLOAT_HIDDEN_STEP = 0.25, FLOAT_PRIOR_SIGMA = 1.0;
    static final LoopSettings FLOAT_TRAINING = new LoopSettings(0, 32, 0.05, "sgd");

    private SbpRun() {}

    /** The defaults of {@code memcim sbp}, as text for its options and as values for the benchmark: said once. */
    public static final class Defaults {
        public static final String MARGIN = "2", WINDOW = "6", DEAD_ZONE = "0.25", PULSES = "1", STUCK = "0.01", ENDURANCE = "10000",
                TILE = "64", WIRE_OHMS = "1", WIRE_REFRESH = "1000";

        private Defaults() {}

        public static SignRule rule() {
            return new SignRule(Double.parseDouble(MARGIN), Double.parseDouble(WINDOW), Double.parseDouble(DEAD_ZONE), Integer.parseInt(PULSES));
        }

        /** The run's settings with every default but these. */
        public static Settings settings(Path mnistDir, int trainImages, int hidden, int epochs, DeviceCard card, long seed, int threads) {
            return new Settings(mnistDir, trainImages, hidden, epochs, card, seed, rule(), Double.parseDouble(STUCK), Long.parseLong(ENDURANCE),
                    Integer.parseInt(TILE), Double.parseDouble(WIRE_OHMS), Integer.parseInt(WIRE_REFRESH), true, 1, threads);
        }
    }

    public enum Step {
        IDEAL("ideal devices (linear, noiseless), ideal wires"),
        NONLINEAR("+ the card's nonlinear, asymmetric steps"),
        CYCLE_NOISE("+ cycle-to-cycle noise"),
        WIRES("+ IR drop: tiled arrays with wire resistance (the pulsed device)"),
        DEVICE_SPREAD("+ device-to-device spread of steps and bounds"),
        STUCK("+ stuck cells"),
        ENDURANCE("+ an endurance limit");

        public final String label;

        Step(String label) { this.label = label; }
    }

    /**
     * @param trainImages training images used (the first ones of the set)
     * @param tile        crossbar tile side, cells (pairs take two columns)
     * @param wireOhms    wire resistance per cell pitch
     * @param wireRefresh updates between recomputations of the IR drop
     * @param repeats     trainings per ladder step, seeds seed, seed + 1, ...: the step's accuracy is their mean
     */
    public record Settings(Path mnistDir, int trainImages, int hidden, int epochs, DeviceCard card, long seed, SignRule rule,
                           double stuckFraction, long endurance, int tile, double wireOhms, int wireRefresh, boolean anneal, int repeats,
                           int threads) {}

    public interface Listener {
        default void stage(String text) {}
        default void epoch(String run, int epoch, double testAccuracy) {}
    }

    /**
     * One training of a ladder step with seed {@code seed}; the conductances before and after are kept for the pulsed
     * device's first seed (what the report draws and the costs read), null for the others.
     */
    public record Trained(Step step, long seed, List<SignTraining.Epoch> history, double accuracy, double[] conductancesBefore,
                          double[] conductancesAfter, int mostPulsedCell, double meanHiddenActive, double seconds) {}

    /** @param floatHistory the float baseline's test accuracy after each epoch */
    public record Outcome(SbpResult result, List<Trained> ladder, List<Double> floatHistory, PulseCalibration.Curve curve,
                          PulseCalibration.Fit fit) {}

    /** The card's pulse law, or a one-line error naming --device. */
    public static NonlinearBoundedPulses law(DeviceCard card) {
        if (!(card.pulses() instanceof NonlinearBoundedPulses law) || law.conditions() == null)
            throw new InputException("--device " + card.name(), "a card with a nonlinear-bounded pulse response and its pulse conditions "
                    + "(e.g. rram-pulsed)", "pulses.law \"" + card.pulses().law() + "\"" + (card.pulses() instanceof NonlinearBoundedPulses ? " without conditions" : ""));
        return law;
    }

    public static Outcome run(Settings s, Listener listener) {
        long t0 = System.nanoTime();
        NonlinearBoundedPulses law = law(s.card());
        MnistSet trainSet, testSet;
        String data;
        if (s.mnistDir() != null) {
            trainSet = Mnist.training(s.mnistDir());
            testSet = Mnist.test(s.mnistDir());
            data = "MNIST (" + s.mnistDir() + ")";
        } else {
            trainSet = FashionMnist.train();
            testSet = FashionMnist.test();
            data = "Fashion-MNIST (" + FashionMnist.DEBIAN_DIR + ")";
        }
        ImageCodes train = ImageCodes.of(trainSet, 1, 1, s.trainImages()), test = ImageCodes.of(testSet, 1, 1, Integer.MAX_VALUE);
        int inputs = train.width();

        listener.stage("ngspice: the card's SET and RESET pulse trains on its 1T1R compact model, and the fit");
        CompactModelParameters compact = CompactModelParameters.of(s.card());
        PulseCalibration.Curve curve = PulseCalibration.measure(compact, law.conditions(), law.minSiemens(), law.maxSiemens(), 1000);
        PulseCalibration.Fit fit = PulseCalibration.fit(curve, law.minSiemens(), law.maxSiemens(), law.cycleToCycleSigma(),
                law.deviceToDeviceSigma(), law.boundSigma(), law.conditions());

        List<Step> steps = List.of(Step.values());
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, s.threads()));
        try {
            listener.stage("float baseline and " + steps.size() + " on-chip trainings (" + Math.max(1, s.threads()) + " at a time), "
                    + train.size() + " training images, " + s.epochs() + " epochs each");
            Future<List<Double>> floatRun = pool.submit(() -> floatBaseline(train, test, s, listener));
            Future<List<Double>> floatAll = null;
            if (trainSet.size() > train.size()) {
                ImageCodes all = ImageCodes.of(trainSet, 1, 1, Integer.MAX_VALUE);
                floatAll = pool.submit(() -> floatBaseline(all, test, s, listener));
            }
            List<Trained> ladder = ladder(s, train, test, pool, listener);
            List<Double> fl = get(floatRun);
            Double flAll = floatAll == null ? null : last(get(floatAll));
            listener.stage("costs: yosys and the simulated controller and scheduler, reads, comparators, pulses");
            SbpResult result = SbpResult.of(s, data, train.size(), trainSet.size(), test.size(), law, fit, curve, ladder, last(fl),
                    flAll, inputs, meanActive(train), (System.nanoTime() - t0) / 1e9);
            return new Outcome(result, ladder, fl, curve, fit);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Every ladder step's trainings (seed-major) on {@code pool}, each sequential, in parallel with each other. */
    public static List<Trained> ladder(Settings s, ImageCodes train, ImageCodes test, ExecutorService pool, Listener listener) {
        NonlinearBoundedPulses law = law(s.card());
        List<Future<Trained>> runs = new ArrayList<>();
        for (int r = 0; r < s.repeats(); r++) {
            long seed = s.seed() + r;
            for (Step step : Step.values()) runs.add(pool.submit(() -> train(step, seed, law, s, train.width(), train, test, listener)));
        }
        List<Trained> ladder = new ArrayList<>();
        for (Future<Trained> f : runs) ladder.add(get(f));
        return ladder;
    }

    private static double last(List<Double> v) { return v.get(v.size() - 1); }

    private static double meanActive(ImageCodes set) {
        long on = 0;
        for (byte b : set.codes()) on += b;
        return (double) on / set.size();
    }

    /** A training's result; its failure as it was thrown (an input error stays one), an interrupt as such. */
    private static <T> T get(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The float MLP with SGD on the same binary inputs (networks' MAP objective); its test accuracy after each epoch. */
    static List<Double> floatBaseline(ImageCodes train, ImageCodes test, Settings s, Listener listener) {
        NetworkShape shape = new NetworkShape(List.of(train.width(), s.hidden(), 10), 1, 8, FLOAT_HIDDEN_STEP);
        SplittableRandom rng = new SplittableRandom(s.seed());
        MaximumAPosteriori o = new MaximumAPosteriori(shape, FLOAT_PRIOR_SIGMA, rng, train.size());
        LoopSettings loop = new LoopSettings(s.epochs(), FLOAT_TRAINING.batchSize(), FLOAT_TRAINING.learningRate(), FLOAT_TRAINING.optimiser());
        String name = "float, " + train.size() + " images";
        List<EpochStats> h = TrainingLoop.run(o, loop, rng, train, test, e -> listener.epoch(name, e.epoch(), e.validationAccuracy()));
        return h.stream().map(EpochStats::validationAccuracy).toList();
    }

    static Trained train(Step step, long seed, NonlinearBoundedPulses card, Settings s, int inputs, ImageCodes train, ImageCodes test,
                         Listener listener) {
        long t0 = System.nanoTime();
        SignNetwork.Hardware hw = hardware(step, card, s);
        SplittableRandom rng = new SplittableRandom(seed);
        SignNetwork net = new SignNetwork(inputs, s.hidden(), 10, hw, s.rule(), rng.split());
        // the report draws the headline step's cells only: the others' two copies of ~480,000 cells each are not kept
        boolean keep = step == Step.WIRES && seed == s.seed();
        double[] before = keep ? net.conductances() : null;
        List<SignTraining.Epoch> h = SignTraining.run(net, train, test, s.epochs(), s.anneal(), rng.split(),
                e -> listener.epoch(step.name().toLowerCase(java.util.Locale.ROOT) + (seed == s.seed() ? "" : " seed " + seed), e.epoch(),
                        e.testAccuracy()));
        return new Trained(step, seed, h, h.get(h.size() - 1).testAccuracy(), before, keep ? net.conductances() : null, net.mostPulsedCell(),
                net.meanHiddenActive(test), (System.nanoTime() - t0) / 1e9);
    }

    /** The hardware of a ladder step: everything of the steps before it, plus its own non-ideality. */
    static SignNetwork.Hardware hardware(Step step, NonlinearBoundedPulses card, Settings s) {
        int k = step.ordinal();
        NonlinearBoundedPulses law;
        if (k == Step.IDEAL.ordinal()) {
            double levels = (pulsesAcross(card, Pulse.SET) + pulsesAcross(card, Pulse.RESET)) / 2.0;
            double unit = (card.maxSiemens() - card.minSiemens()) / levels;
            law = new NonlinearBoundedPulses(card.minSiemens(), card.maxSiemens(), unit, unit, 0, 0, 0, 0);
        } else {
            law = card.withSpreads(k >= Step.CYCLE_NOISE.ordinal() ? card.cycleToCycleSigma() : 0,
                    k >= Step.DEVICE_SPREAD.ordinal() ? card.deviceToDeviceSigma() : 0, k >= Step.DEVICE_SPREAD.ordinal() ? card.boundSigma() : 0);
        }
        TiledCrossbar wires = k >= Step.WIRES.ordinal() ? TiledCrossbar.of(s.card(), s.wireOhms(), s.tile(), s.tile()) : null;
        return new SignNetwork.Hardware(law, wires, k >= Step.STUCK.ordinal() ? s.stuckFraction() : 0,
                k >= Step.ENDURANCE.ordinal() ? s.endurance() : Long.MAX_VALUE, s.wireRefresh());
    }

    /** Pulses of the noiseless nominal law from one bound to the other: the device's number of levels that way. */
    static int pulsesAcross(NonlinearBoundedPulses law, Pulse pulse) {
        var quiet = law.withSpreads(0, 0, 0);
        var unused = new SplittableRandom(0);
        double g = pulse == Pulse.SET ? law.minSiemens() : law.maxSiemens(), end = pulse == Pulse.SET ? law.maxSiemens() : law.minSiemens();
        int n = 0;
        while (g != end && n < 100_000) {
            g = quiet.apply(g, pulse, PulseDevice.NOMINAL, unused);
            n++;
        }
        return n;
    }
}
