package memcim.bnn.flow;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import memcim.bnn.BayesianNetwork;
import memcim.bnn.TrainingSettings;
import memcim.cosim.chip.FastSensing;
import memcim.cosim.chip.SpiceSensing;
import memcim.hdl.spec.ChipSpec;
import memcim.hdl.spec.WireModel;
import memcim.spice.NgSpice;
import org.junit.jupiter.api.Test;

/**
 * The SPICE decks against the device module's fast array model on the same programmed array: the distributed deck
 * is the same circuit (to the op-amp's finite gain), the lumped one an approximation whose error is bounded here.
 * (The ADC full scale is not calibrated here: only the sensed voltages are compared.)
 */
class SensingAgreementTest {
    static ChipBuild build(WireModel wires, double opAmpGain) {
        TrainingSettings settings = TrainingSettings.defaults(9);
        var shape = settings.shape();
        SplittableRandom rng = new SplittableRandom(9);
        double[] mu = new double[shape.weights()], sigma = new double[shape.weights()];
        for (int i = 0; i < mu.length; i++) {
            mu[i] = rng.nextGaussian() * 0.6;
            sigma[i] = 0.05 + 0.1 * rng.nextDouble();
        }
        ChipSpec chip = ChipSpec.reference().withSamples(1);
        chip = chip.withArray(chip.array().withSpiceWires(wires));
        chip = chip.withAdc(chip.adc().withOpAmpGain(opAmpGain));
        return ChipBuild.of(chip, new BayesianNetwork(shape, mu, sigma), settings);
    }

    static double worstRelative(ChipBuild b) {
        FastSensing fast = new FastSensing(b.chip(), b.arrays(), b.card());
        SpiceSensing spice = new SpiceSensing(b.chip(), b.arrays(), b.cell(), NgSpice.shared());
        SplittableRandom rng = new SplittableRandom(3);
        double worst = 0;
        for (int k = 0; k < 4; k++) {
            long wl = rng.nextLong() & 0xFFFFFFFFL;
            double[] f = fast.sensedVolts(0, 0, wl), s = spice.sensedVolts(0, 0, wl);
            double scale = 0;
            for (double v : f) scale = Math.max(scale, Math.abs(v));
            for (int j = 0; j < f.length; j++) worst = Math.max(worst, Math.abs(f[j] - s[j]) / scale);
        }
        return worst;
    }

    @Test
    void distributedDeckIsTheFastModelsCircuit() {
        // with a near-ideal op-amp the bit lines sit at virtual ground, as the fast model holds them: same circuit
        double ideal = worstRelative(build(WireModel.DISTRIBUTED, 1e7));
        assertTrue(ideal < 1e-5, "distributed SPICE (gain 1e7) vs fast model: " + ideal);
        // the reference op-amp (gain 1e4) leaves the bit lines tens of µV off ground: about 0.1 %
        double real = worstRelative(build(WireModel.DISTRIBUTED, 1e4));
        assertTrue(real > ideal && real < 2e-3, "distributed SPICE (gain 1e4) vs fast model: " + real);
    }

    @Test
    void lumpedDeckStaysWithinOnePercentOfFullSwing() {
        // each line's wire lumped at half its length: ~1 % of the largest column voltage, a few LSB of the 10-bit ADC
        double d = worstRelative(build(WireModel.LUMPED, 1e4));
        assertTrue(d < 1.5e-2, "lumped SPICE vs fast model: " + d);
        System.out.printf("lumped SPICE vs fast model: worst column difference %.2e of full swing%n", d);
    }
}
