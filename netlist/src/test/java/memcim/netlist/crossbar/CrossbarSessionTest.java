package memcim.netlist.crossbar;

import static memcim.netlist.crossbar.Arrays4Test.*;
import static org.junit.jupiter.api.Assertions.*;

import memcim.core.InputException;
import memcim.device.array.CrossbarReadSpec;
import memcim.device.array.FastArrayModel;
import memcim.spice.NgSpice;
import org.junit.jupiter.api.Test;

/** One deck loaded once and read for several row vectors gives what a fresh load of each gives. */
class CrossbarSessionTest {
    @Test
    void alteredReadsEqualFreshLoads() {
        CrossbarReadSpec spec = programmed(8, 1.0, 4);
        double[][] vectors = {randomVolts(8, 1), randomVolts(8, 2), new double[8], randomVolts(8, 1)};
        double[][] session = new double[vectors.length][];
        try (CrossbarSession s = CrossbarSession.open(NgSpice.shared(), CrossbarBuilder.build(spec), "session test")) {
            for (int k = 0; k < vectors.length; k++) session[k] = s.read(vectors[k]);
            assertArrayEquals(vectors[3], s.appliedRowVolts());
        }
        for (int k = 0; k < vectors.length; k++) {
            double[] fresh = spiceCurrents(CrossbarBuilder.build(spec.withRowVolts(vectors[k])));
            double[] fast = FastArrayModel.solve(spec.withRowVolts(vectors[k]));
            for (int j = 0; j < 8; j++) {
                assertEquals(fresh[j], session[k][j], 1e-12 + 1e-9 * Math.abs(fresh[j]), "vector " + k + " column " + j);
                assertEquals(fast[j], session[k][j], 1e-12 + 1e-7 * Math.abs(fast[j]), "vector " + k + " column " + j);
            }
        }
    }

    @Test
    void onlyDecksWithARowSourcePerRowAndAnOpRead() {
        CrossbarReadSpec spec = programmed(4, 1.0, 5);
        CrossbarDeck phases = CrossbarBuilder.build(spec, CrossbarOptions.defaults().readMode(ReadMode.PHASES_OP)
                .phases(new double[][] {spec.rowVolts()}), java.util.Map.of());
        assertThrows(InputException.class, () -> CrossbarSession.open(NgSpice.shared(), phases, "phases"));
        try (CrossbarSession s = CrossbarSession.open(NgSpice.shared(), CrossbarBuilder.build(spec), "ok")) {
            assertThrows(InputException.class, () -> s.read(new double[3]));
        }
    }
}
