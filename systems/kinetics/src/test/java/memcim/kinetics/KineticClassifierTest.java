package memcim.kinetics;

import static org.junit.jupiter.api.Assertions.*;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class KineticClassifierTest {
    @Test
    void theGradientOfEveryKindOfParameterMatchesCentralDifferences() {
        for (int hidden : new int[]{0, 6}) {
            SplittableRandom r = new SplittableRandom(5);
            var net = new KineticClassifier(4, 7, hidden, 3, KineticRecurrence.authors(), r);
            double[][] x = new double[8][28];
            int[] y = new int[8];
            for (int i = 0; i < x.length; i++) {
                for (int k = 0; k < 28; k++) x[i][k] = r.nextDouble();
                y[i] = r.nextInt(3);
            }
            double[] p = net.parameters(), grad = new double[p.length];
            net.batch(x, y, grad);
            // α, β; a first-layer weight and bias; the normalisation's scale and shift; a second-layer weight
            int[] probe = hidden > 0 ? new int[]{0, 1, 2 + 5, 2 + 28 * 6 + 1, 2 + 28 * 6 + 6 + 2, 2 + 28 * 6 + 12 + 3, p.length - 5}
                    : new int[]{0, 1, 2 + 11, p.length - 1};
            double h = 1e-6;
            for (int i : probe) {
                double keep = p[i];
                p[i] = keep + h;
                double up = net.trainingLoss(x, y);
                p[i] = keep - h;
                double down = net.trainingLoss(x, y);
                p[i] = keep;
                double numeric = (up - down) / (2 * h);
                assertEquals(numeric, grad[i], 1e-6 * Math.max(1, Math.abs(numeric)), "hidden " + hidden + " parameter " + i);
            }
        }
    }
}
