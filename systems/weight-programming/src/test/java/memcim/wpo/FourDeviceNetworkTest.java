package memcim.wpo;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.SplittableRandom;
import memcim.data.toy.PlaneCoding;
import memcim.data.toy.TwoMoons;
import memcim.device.DeviceCard;
import memcim.device.DeviceModel;
import memcim.device.DevicePresets;
import memcim.device.ProgrammedArray;
import memcim.device.array.TiledCrossbar;
import memcim.mapping.ConductanceRange;
import memcim.mapping.DriftCompensation;
import memcim.mapping.MultiPair;
import memcim.networks.LoopSettings;
import memcim.networks.MaximumAPosteriori;
import memcim.networks.NetworkShape;
import memcim.networks.TrainingLoop;
import org.junit.jupiter.api.Test;

class FourDeviceNetworkTest {
    /** A 3 → 12 → 2 network trained on two-moons points (a second draw of them is the test set). */
    static TrainedNetwork smallNetwork() {
        var points = TwoMoons.sample(400, 0.1, 5);
        var coding = PlaneCoding.around(points, 0.1, 3);
        var train = coding.code(points);
        var test = coding.code(TwoMoons.sample(400, 0.1, 6));
        NetworkShape shape = NetworkShape.of(List.of(3, 12, 2), 4);
        var rng = new SplittableRandom(2);
        var map = new MaximumAPosteriori(shape, 1.0, rng, train.size());
        TrainingLoop.run(map, new LoopSettings(40, 16, 1e-2, "adam"), rng, train, test, s -> {});
        return TrainedNetwork.of("moons", "two moons", shape, map.weights(), test);
    }

    static MultiPair lspFirst(ConductanceRange range) {
        return new MultiPair(2, 2, 0.9 * 3 * range.spanSiemens(), range, MultiPair.Split.LEAST_SIGNIFICANT_FIRST);
    }

    @Test
    void theTargetsEncodeEveryLayerInUnitsOfItsLargestWeight() {
        TrainedNetwork net = smallNetwork();
        DeviceModel pcm = new DeviceModel(DevicePresets.load("pcm"));
        MultiPair c = lspFirst(WeightRange.of(pcm.card()));
        var chip = new FourDeviceNetwork(net, c, pcm, TiledCrossbar.of(pcm.card(), 0, 64, 64), DriftCompensation.GLOBAL);
        for (int l = 0; l < net.shape().layers(); l++) {
            double[][] t = chip.targets(l), w = net.layer(l);
            assertEquals(2 * w.length, t.length);
            assertEquals(2 * w[0].length, t[0].length);
            for (int i = 0; i < w.length; i++) {
                for (int j = 0; j < w[i].length; j++) {
                    // MSP row 2i, LSP row 2i + 1; + column 2j, − column 2j + 1
                    double[] cells = {t[2 * i][2 * j], t[2 * i][2 * j + 1], t[2 * i + 1][2 * j], t[2 * i + 1][2 * j + 1]};
                    assertArrayEquals(c.encode(w[i][j] / net.maxAbs(l)), cells, 0);
                    assertEquals(w[i][j], c.decode(cells, 0) * net.maxAbs(l), 1e-12 * net.maxAbs(l));
                }
            }
        }
    }

    @Test
    void aNoiselessUniformlyDriftingCardCompensatedGivesTheSoftwareNetworkAtEveryTime() {
        // no programming error, no read noise, one ν for all: global compensation undoes the drift exactly
        DeviceCard card = WeightErrorCostTest.uniformDrift(0.06);
        DeviceModel device = new DeviceModel(card);
        TrainedNetwork net = smallNetwork();
        var chip = new FourDeviceNetwork(net, lspFirst(WeightRange.of(card)), device, TiledCrossbar.of(card, 0, 64, 64)
                .withoutAccess(), DriftCompensation.GLOBAL);
        ProgrammedArray[] arrays = chip.program(3);
        double[][][] calibration = chip.calibration(arrays);
        for (double t : new double[]{1, 86400, 3.15e7}) {
            double[] w = chip.weightsAt(arrays, calibration, t, new SplittableRandom(1));
            assertArrayEquals(net.weights(), w, 1e-9, "t = " + t);
        }
        var acc = AccuracyOverTime.measure(net, chip, new double[]{1, 3.15e7}, 3, 1, 2, k -> {});
        for (int t = 0; t < 2; t++) {
            assertEquals(net.softwareAccuracy(), acc.mean(t), 1e-12);
            assertEquals(0, acc.sd(t), 1e-12);
        }
    }

    @Test
    void accuracyOverTimeIsTheSameWithOneThreadOrTwoAndLosesToDriftOnPcm() {
        DeviceModel pcm = new DeviceModel(DevicePresets.load("pcm"));
        TrainedNetwork net = smallNetwork();
        var chip = new FourDeviceNetwork(net, lspFirst(WeightRange.of(pcm.card())), pcm, TiledCrossbar.of(pcm.card(), 1, 16, 16),
                DriftCompensation.NONE);
        double[] times = {1, 3.15e7};
        var one = AccuracyOverTime.measure(net, chip, times, 4, 9, 1, k -> {});
        var two = AccuracyOverTime.measure(net, chip, times, 4, 9, 2, k -> {});
        for (int t = 0; t < times.length; t++) assertArrayEquals(one.accuracies()[t], two.accuracies()[t]);
        // uncompensated, a year of drift (every cell down by ~40-50 %) shrinks the hidden pre-activations below their codes
        assertTrue(net.softwareAccuracy() > 0.85, "trained: " + net.softwareAccuracy());
        assertTrue(one.mean(1) < one.mean(0) - 0.02, one.mean(0) + " -> " + one.mean(1));
    }
}
