package memcim.bnn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import memcim.core.InputException;
import memcim.device.CellTarget;
import memcim.device.FeasiblePoint;
import memcim.mapping.DifferentialPair;
import memcim.mapping.ProgrammingPlan;
import memcim.networks.NetworkShape;
import memcim.networks.WeightSamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An ensemble of Bayesian networks: drawn member by member, programmed member by member, written and read back. */
class EnsembleTest {
    @TempDir Path dir;
    static final NetworkShape SHAPE = NetworkShape.of(List.of(2, 2), 16);
    static final BayesianNetwork A = new BayesianNetwork(SHAPE, new double[] {0.5, -1, 2, 0}, new double[] {0.1, 0.2, 0.3, 0.4});
    static final BayesianNetwork B = new BayesianNetwork(SHAPE, new double[] {-3, 3, -3, 3}, new double[] {1e-12, 1e-12, 1e-12, 1e-12});

    @Test
    void oneMemberDrawsAsTheSingleNetworkAndSampleSComesFromMemberSModK() {
        WeightSamples single = A.draw(6, 9), one = BayesianEnsemble.of(A).draw(6, 9);
        for (int s = 0; s < 6; s++) assertArrayEquals(single.weights()[s], one.weights()[s], "sample " + s);
        WeightSamples two = new BayesianEnsemble(List.of(A, B)).draw(6, 9);
        for (int s = 1; s < 6; s += 2) assertArrayEquals(B.mu(), two.weights()[s], 1e-9, "odd samples are B's (σ ≈ 0)");
        for (int s = 0; s < 6; s += 2)
            for (int i = 0; i < 4; i++) assertEquals(A.mu()[i], two.weights()[s][i], 6 * A.sigma()[i], "even samples are A's");
    }

    @Test
    void theProgrammingPlanTakesSampleSFromMemberSModK() {
        FeasiblePoint pa = new FeasiblePoint(1e-6, 1e-7, 2e-5, 1e-5), pb = new FeasiblePoint(-2e-6, 2e-7, 1e-5, 3e-5);
        DeviceMapping m = new DeviceMapping(2e-5, new FeasiblePoint[][] {{pa, pa, pa, pa}, {pb, pb, pb, pb}});
        ProgrammingPlan plan = m.plan(5);
        CellTarget[] a = DifferentialPair.compliances(pa), b = DifferentialPair.compliances(pb);
        for (int s = 0; s < 5; s++) {
            CellTarget[] expected = s % 2 == 0 ? a : b;
            for (int w = 0; w < 4; w++)
                for (int c = 0; c < 2; c++) assertEquals(expected[c], plan.target(s, w, c), "sample " + s + " weight " + w + " cell " + c);
        }
    }

    @Test
    void anEnsembleModelReadsBackAndItsMemberCountIsChecked() throws Exception {
        FeasiblePoint p = new FeasiblePoint(1e-6, 1e-7, 2e-5, 1e-5);
        DeviceMapping mapping = new DeviceMapping(2e-5, new FeasiblePoint[][] {{p, p, p, p}, {p, p, p, p}});
        TrainingSettings settings = TrainingSettings.defaults(1).withLayers(List.of(2, 2)).withMembers(2);
        ModelFile m = ModelFile.of("hfox-1t1r", "test", 1, settings, new BayesianEnsemble(List.of(A, B)), new double[] {1, 2, 3, 4},
                mapping, 2e-5);
        Path d = Files.createDirectories(dir.resolve("m"));
        m.write(d);
        ModelFile back = ModelFile.read(d);
        assertEquals(2, back.ensemble().size());
        assertArrayEquals(B.mu(), back.ensemble().member(1).mu());
        assertEquals(2, back.mapping().members().length);
        assertSame(back, back.check("again"));
        Path f = d.resolve(ModelFile.NAME);
        Files.writeString(f, Files.readString(f).replace("\"members\" : 2", "\"members\" : 3"));
        InputException e = assertThrows(InputException.class, () -> ModelFile.read(d));
        assertEquals(f + ": otherMembers: expected 2 members besides layers (settings.members 3), found 1 members", e.getMessage());
    }
}
