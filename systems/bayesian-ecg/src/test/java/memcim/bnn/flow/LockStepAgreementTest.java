package memcim.bnn.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import memcim.bnn.BayesianNetwork;
import memcim.bnn.TrainingSettings;
import memcim.cosim.energy.AnalogMeasurement;
import memcim.cosim.report.ChipReport;
import memcim.data.ecg.DatasetBuilder;
import memcim.data.ecg.EcgDataset;
import memcim.hdl.spec.ChipSpec;
import org.junit.jupiter.api.Test;

/**
 * One layer-1 array and one layer-2 array with the shared SAR ADC (a chip with M = 1), one beat: lock-step
 * (ngspice transient stopped at every clock edge, hdl digital simulation) against transaction mode (ngspice
 * operating points, same digital) conversion by conversion, and the lock-step energies' signs and sizes.
 */
class LockStepAgreementTest {
    @Test
    void lockStepCodesAreBitExactWithTransactionMode() {
        TrainingSettings settings = TrainingSettings.defaults(5);
        var shape = settings.shape();
        SplittableRandom rng = new SplittableRandom(5);
        double[] mu = new double[shape.weights()], sigma = new double[shape.weights()];
        for (int i = 0; i < mu.length; i++) {
            mu[i] = rng.nextGaussian() * 0.6;
            sigma[i] = 0.05 + 0.1 * rng.nextDouble();
        }
        ChipBuild build = ChipBuild.of(ChipSpec.reference().withSamples(1), new BayesianNetwork(shape, mu, sigma), settings);
        EcgDataset data = DatasetBuilder.synthetic(60, 5);
        CosimRunner runner = new CosimRunner(build, data.test());
        runner.lockstep(1, 1, null);
        ChipReport.Agreement a = runner.agreement();
        // 16 + 9 neurons x 3 bit phases x G+ and G- = 150 conversions; phases with the same word lines read the
        // same column alike, so the distinct conversions are fewer; every one of them is found in transaction mode
        assertEquals(runner.lockstepKernel().codes().size(), a.codesCompared());
        assertTrue(a.codesCompared() > 100 && a.codesCompared() <= 150, "compared " + a.codesCompared());
        assertEquals(0, a.codesDiffering(), a.codesDiffering() + " codes differ, by up to " + a.maxCodeDifference() + " LSB");
        AnalogMeasurement m = runner.lockstepKernel().measurement();
        // the row drivers deliver the DC conduction plus line charging; the word line and the C-DAC draw energy
        assertTrue(m.rowJoules() >= m.rowDcJoules() * 0.999 && m.rowJoules() < m.rowDcJoules() * 1.2,
                m.rowJoules() + " vs DC " + m.rowDcJoules());
        assertTrue(m.wordLineJoules() > 0 && m.dacJoules() > 0, m.toString());
        assertTrue(runner.lockstepKernel().firstConversion().timeSeconds().length > 10);
    }
}
