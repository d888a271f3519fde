package memcim.wpo;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import memcim.core.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainedNetworkTest {
    @Test
    void targetsComeFromTheWeightsInUnitsOfTheirLayersLargest() {
        TrainedNetwork net = FourDeviceNetworkTest.smallNetwork();
        double[][] t = net.sampledTargets(256, 4);
        assertEquals(8, t.length);
        assertEquals(32, t[0].length);
        double max = 0;
        java.util.Set<Double> allowed = new java.util.HashSet<>();
        for (int l = 0; l < net.shape().layers(); l++)
            for (double[] row : net.layer(l)) for (double w : row) allowed.add(w / net.maxAbs(l));
        for (double[] row : t) {
            for (double x : row) {
                assertTrue(allowed.contains(x), x + " is no layer's weight in its units");
                max = Math.max(max, Math.abs(x));
            }
        }
        assertEquals(1, max, 0, "each layer's largest weight is among the targets");
        assertArrayEquals(t[3], net.sampledTargets(256, 4)[3], "seeded");
    }

    @Test
    void aFolderWithoutMnistTrainingFilesIsNamed(@TempDir Path dir) {
        var e = assertThrows(InputException.class, () -> WpoNetwork.MNIST_MLP.train(dir, 1, s -> {}));
        assertTrue(e.getMessage().contains(dir.toString()), e.getMessage());
        assertTrue(assertThrows(InputException.class, () -> WpoNetwork.parse("lstm", "--network")).getMessage().contains("mnist-mlp or ecg"));
    }
}
