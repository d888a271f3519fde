package memcim.data.ecg;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import memcim.core.InputException;
import memcim.core.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A data set on disk damaged (issue 17): every result is a data set or an InputException naming one of its files. */
class DatasetFilesDamageTest {
    @TempDir Path dir;

    @Test
    void damagedDataSetsGiveDataSetsOrInputErrorsOnly() throws Exception {
        DatasetFiles.write(dir, DatasetBuilder.synthetic(90, 2));
        Path meta = dir.resolve(DatasetFiles.META), beats = dir.resolve(DatasetFiles.BEATS);
        String goodMeta = Files.readString(meta), goodBeats = Files.readString(beats);
        List<String> pointers = new ArrayList<>();
        collect(Json.parse(goodMeta, "m"), "", pointers);
        JsonNode[] values = {null, NullNode.instance, TextNode.valueOf("x"), IntNode.valueOf(-1), DoubleNode.valueOf(0.5),
                Json.mapper().createObjectNode()};
        for (String pointer : pointers) {
            for (JsonNode v : values) {
                JsonNode tree = Json.parse(goodMeta, "m");
                String parent = pointer.substring(0, pointer.lastIndexOf('/'));
                String last = pointer.substring(pointer.lastIndexOf('/') + 1);
                JsonNode at = parent.isEmpty() ? tree : tree.at(parent);
                if (at instanceof ObjectNode o) {
                    if (v == null) o.remove(last); else o.set(last, v);
                } else if (at instanceof ArrayNode a) {
                    if (v == null) a.remove(Integer.parseInt(last)); else a.set(Integer.parseInt(last), v);
                }
                Files.writeString(meta, Json.write(tree));
                read(pointer);
            }
        }
        Files.writeString(meta, goodMeta);
        SplittableRandom rng = new SplittableRandom(9);
        String garble = "0123456789,-\n#x!N";
        for (int k = 0; k < 500; k++) {
            StringBuilder sb = new StringBuilder(goodBeats);
            for (int m = 1 + rng.nextInt(3); m > 0; m--) sb.setCharAt(rng.nextInt(sb.length()), garble.charAt(rng.nextInt(garble.length())));
            Files.writeString(beats, sb);
            read("beats.csv garbled");
        }
    }

    private void read(String what) {
        try {
            DatasetFiles.read(dir);
        } catch (InputException e) {
            assertTrue(e.where().startsWith(dir.toString()), what + " -> " + e.getMessage());
        }
    }

    private static void collect(JsonNode n, String at, List<String> out) {
        if (n.isObject()) n.fields().forEachRemaining(e -> { out.add(at + "/" + e.getKey()); collect(e.getValue(), at + "/" + e.getKey(), out); });
        else if (n.isArray()) for (int i = 0; i < n.size(); i++) { out.add(at + "/" + i); collect(n.get(i), at + "/" + i, out); }
    }
}
