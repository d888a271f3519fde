package memcim.kinetics;

import static org.junit.jupiter.api.Assertions.*;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LeNet5Test {
    @Test
    void itsCountsAreLeNet5sAndItsGradientsMatchCentralDifferences() {
        var net = new LeNet5(new SplittableRandom(2));
        // 6·25 + 6 + 16·6·25 + 16 + 400·120 + 120 + 120·84 + 84 + 84·10 + 10
        assertEquals(156 + 2416 + 48120 + 10164 + 850, net.parameterCount());
        assertEquals(28L * 28 * 6 * 25 + 10L * 10 * 16 * 150 + 400 * 120 + 120 * 84 + 840, net.macsPerInference());
        SplittableRandom r = new SplittableRandom(3);
        double[][] x = new double[3][784];
        for (double[] img : x) for (int k = 0; k < 784; k++) img[k] = r.nextDouble() < 0.3 ? r.nextDouble() : 0;
        int[] y = {1, 7, 3};
        double[] p = net.parameters(), grad = new double[p.length];
        net.batch(x, y, grad);
        int[] probe = {3, 150 + 2, 162 + 1000, 2572 - 5, 2572 + 17, 2572 + 48000 + 3, 50692 + 500, p.length - 12, p.length - 1};
        double h = 1e-6;
        for (int i : probe) {
            double keep = p[i];
            p[i] = keep + h;
            double up = net.trainingLoss(x, y);
            p[i] = keep - h;
            double down = net.trainingLoss(x, y);
            p[i] = keep;
            double numeric = (up - down) / (2 * h);
            assertEquals(numeric, grad[i], 1e-5 * Math.max(1, Math.abs(numeric)), "parameter " + i);
        }
    }
}
