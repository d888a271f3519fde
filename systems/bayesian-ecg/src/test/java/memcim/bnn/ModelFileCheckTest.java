package memcim.bnn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import memcim.core.InputException;
import memcim.device.FeasiblePoint;
import memcim.networks.NetworkShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A model file is checked when it is read (issue 17): no NaN weights, σ and γ positive, shapes as declared. */
class ModelFileCheckTest {
    @TempDir Path dir;

    /** A 2 → 2 model written as 'memcim train' writes one. */
    private Path written(UnaryOperator<String> edit) throws Exception {
        NetworkShape shape = NetworkShape.of(List.of(2, 2), 16);
        BayesianNetwork net = new BayesianNetwork(shape, new double[] {0.5, -1, 2, 0}, new double[] {0.1, 0.2, 0.3, 0.4});
        FeasiblePoint p = new FeasiblePoint(1e-6, 1e-7, 2e-5, 1e-5);
        DeviceMapping mapping = new DeviceMapping(2e-5, new FeasiblePoint[] {p, p, p, p});
        ModelFile m = ModelFile.of("hfox-1t1r", "test", 1, TrainingSettings.defaults(1).withLayers(List.of(2, 2)), net,
                new double[] {1, 2, 3, 4}, mapping, 2e-5);
        Path d = Files.createDirectories(dir.resolve("m"));
        m.write(d);
        Path f = d.resolve(ModelFile.NAME);
        Files.writeString(f, edit.apply(Files.readString(f)));
        return d;
    }

    private InputException refused(UnaryOperator<String> edit) throws Exception {
        Path d = written(edit);
        return assertThrows(InputException.class, () -> ModelFile.read(d));
    }

    @Test
    void aGoodModelReadsBack() throws Exception {
        ModelFile m = ModelFile.read(written(t -> t));
        assertSame(m, m.check("again"));
        assertEquals(2e-5, m.gammaSiemens());
    }

    @Test
    void gammaMustBePositive() throws Exception {
        InputException e = refused(t -> t.replaceFirst("\"gammaSiemens\" : [^,]+", "\"gammaSiemens\" : 0.0"));
        assertEquals(dir.resolve("m").resolve(ModelFile.NAME) + ": gammaSiemens", e.where());
    }

    @Test
    void aNanWeightIsRefusedWithItsPath() throws Exception {
        InputException e = refused(t -> t.replaceFirst("\"mu\" : \\[ \\[ 0.5", "\"mu\" : [ [ \"NaN\""));
        assertEquals(dir.resolve("m").resolve(ModelFile.NAME) + ": layers[0].mu[0][0]", e.where());
    }

    @Test
    void sigmaMustBePositive() throws Exception {
        InputException e = refused(t -> t.replaceFirst("\"sigma\" : \\[ \\[ 0.1", "\"sigma\" : [ [ -0.1"));
        assertEquals(dir.resolve("m").resolve(ModelFile.NAME) + ": layers[0].sigma[0][0]", e.where());
    }

    @Test
    void trainingGammaMayBeNanOnlyWithoutTheTechnologicalLoss() throws Exception {
        UnaryOperator<String> nan = t -> t.replaceFirst("\"trainingGammaSiemens\" : [^,\\n]+", "\"trainingGammaSiemens\" : \"NaN\"");
        assertEquals(dir.resolve("m").resolve(ModelFile.NAME) + ": trainingGammaSiemens", refused(nan).where());
        ModelFile m = ModelFile.read(written(t -> nan.apply(t).replace("\"techLoss\" : true", "\"techLoss\" : false")));
        assertEquals(Double.NaN, m.trainingGammaSiemens());
    }

    /** Every field of the file removed, nulled, or given a value of another kind: a model or an InputException only. */
    @Test
    void everyFieldDamagedGivesAModelOrAnInputError() throws Exception {
        Path d = written(t -> t);
        Path f = d.resolve(ModelFile.NAME);
        String good = Files.readString(f);
        java.util.List<String> pointers = new java.util.ArrayList<>();
        collect(memcim.core.Json.parse(good, "m"), "", pointers);
        com.fasterxml.jackson.databind.JsonNode[] values = {null, com.fasterxml.jackson.databind.node.NullNode.instance,
                com.fasterxml.jackson.databind.node.TextNode.valueOf("x"), com.fasterxml.jackson.databind.node.IntNode.valueOf(-1),
                com.fasterxml.jackson.databind.node.DoubleNode.valueOf(0.5), memcim.core.Json.mapper().createArrayNode()};
        int refused = 0;
        for (String pointer : pointers) {
            for (com.fasterxml.jackson.databind.JsonNode v : values) {
                com.fasterxml.jackson.databind.JsonNode tree = memcim.core.Json.parse(good, "m");
                String parent = pointer.substring(0, pointer.lastIndexOf('/'));
                String last = pointer.substring(pointer.lastIndexOf('/') + 1);
                com.fasterxml.jackson.databind.JsonNode at = parent.isEmpty() ? tree : tree.at(parent);
                if (at instanceof com.fasterxml.jackson.databind.node.ObjectNode o) {
                    if (v == null) o.remove(last); else o.set(last, v);
                } else if (at instanceof com.fasterxml.jackson.databind.node.ArrayNode a) {
                    if (v == null) a.remove(Integer.parseInt(last)); else a.set(Integer.parseInt(last), v);
                }
                Files.writeString(f, memcim.core.Json.write(tree));
                try {
                    ModelFile.read(d);
                } catch (InputException e) {
                    refused++;
                    org.junit.jupiter.api.Assertions.assertTrue(e.where().startsWith(f.toString()), pointer + " -> " + e.getMessage());
                }
            }
        }
        org.junit.jupiter.api.Assertions.assertTrue(refused > pointers.size() * 3, refused + " of " + pointers.size() * values.length);
    }

    private static void collect(com.fasterxml.jackson.databind.JsonNode n, String at, java.util.List<String> out) {
        if (n.isObject()) n.fields().forEachRemaining(e -> { out.add(at + "/" + e.getKey()); collect(e.getValue(), at + "/" + e.getKey(), out); });
        else if (n.isArray()) for (int i = 0; i < n.size(); i++) { out.add(at + "/" + i); collect(n.get(i), at + "/" + i, out); }
    }
}
