package memcim.kinetics;

import static org.junit.jupiter.api.Assertions.*;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class KineticClassifierTest {
    @Test
    void theGradientOfEveryKindOfParameterMatchesCentralDifferences() {
        for (int variant = 0; variant < 3; variant++) {
            int hidden = variant == 0 ? 0 : 6;
            // variant 2: every row on its own device, α and β off by the authors' spread
            KineticClassifier.Devices devices = variant == 2 ? KineticClassifier.Devices.draw(4, 0.01873 * 5.1, 0.05411 * 5.1,
                    new SplittableRandom(9)) : null;
            SplittableRandom r = new SplittableRandom(5);
            var net = new KineticClassifier(4, 7, hidden, 3, KineticRecurrence.authors(), r);
            double[][] x = new double[8][28];
            int[] y = new int[8];
            for (int i = 0; i < x.length; i++) {
                for (int k = 0; k < 28; k++) x[i][k] = r.nextDouble();
                y[i] = r.nextInt(3);
            }
            double[] p = net.parameters(), grad = new double[p.length];
            net.batch(x, y, grad, devices);
            // α, β; a first-layer weight and bias; the normalisation's scale and shift; a second-layer weight
            int[] probe = hidden > 0 ? new int[]{0, 1, 2 + 5, 2 + 28 * 6 + 1, 2 + 28 * 6 + 6 + 2, 2 + 28 * 6 + 12 + 3, p.length - 5}
                    : new int[]{0, 1, 2 + 11, p.length - 1};
            double h = 1e-6;
            for (int i : probe) {
                double keep = p[i];
                p[i] = keep + h;
                double up = net.trainingLoss(x, y, devices);
                p[i] = keep - h;
                double down = net.trainingLoss(x, y, devices);
                p[i] = keep;
                double numeric = (up - down) / (2 * h);
                assertEquals(numeric, grad[i], 1e-6 * Math.max(1, Math.abs(numeric)), "variant " + variant + " parameter " + i);
            }
        }
    }
}
