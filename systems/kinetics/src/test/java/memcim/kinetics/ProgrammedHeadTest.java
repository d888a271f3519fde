package memcim.kinetics;

import static org.junit.jupiter.api.Assertions.*;

import java.util.SplittableRandom;
import memcim.device.DeviceCard;
import memcim.device.DevicePresets;
import memcim.device.ProgrammingPoint;
import memcim.device.array.TiledCrossbar;
import org.junit.jupiter.api.Test;

class ProgrammedHeadTest {
    @Test
    void theHeadsWeightsComeBackWithinTheCardsProgrammingErrorAndNothingElseMoves() {
        DeviceCard card = DevicePresets.load(KineticsRun.CARD);
        var net = new KineticClassifier(4, 7, 6, 3, KineticRecurrence.authors(), new SplittableRandom(5));
        var head = new ProgrammedHead(card, TiledCrossbar.of(card, 0, 64, 64).withoutAccess());
        KineticClassifier programmed = head.programmed(net, 1, 9);
        double[] before = net.parameters(), after = programmed.parameters();
        double sigmaMax = card.programmingPoints().stream().mapToDouble(ProgrammingPoint::sigmaSiemens).max().orElseThrow();
        double span = card.programmingPoints().get(card.programmingPoints().size() - 1).medianSiemens() - card.programmingPoints().get(0).medianSiemens();
        boolean[] isWeight = new boolean[before.length];
        for (var b : net.weightBlocks()) {
            double max = 0;
            for (int i = 0; i < b.rows() * b.cols(); i++) max = Math.max(max, Math.abs(before[b.offset() + i]));
            double gamma = span / max, moved = 0;
            for (int i = 0; i < b.rows() * b.cols(); i++) {
                int at = b.offset() + i;
                isWeight[at] = true;
                // two cells, each N(target, σ ≤ σmax), read 1 s after t₀ (drift and read noise far below that): 6σ√2 / γ
                assertEquals(before[at], after[at], 6 * Math.sqrt(2) * sigmaMax / gamma, "weight " + at);
                moved = Math.max(moved, Math.abs(after[at] - before[at]));
            }
            assertTrue(moved > 0, "programming error moves the weights");
        }
        for (int i = 0; i < before.length; i++) if (!isWeight[i]) assertEquals(before[i], after[i], 0, "α, β, biases and normalisation stay digital: " + i);
        assertArrayEquals(after, head.programmed(net, 1, 9).parameters(), "seeded");
        assertFalse(java.util.Arrays.equals(after, head.programmed(net, 1, 10).parameters()), "another chip, other draws");
    }
}
